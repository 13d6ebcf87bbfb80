/**
 * The labelled lines under a plan's item: "- Chủ trì: …", "Cơ quan phối hợp: …", "Tiến độ: …",
 * "Sản phẩm đầu ra: …", with or without the leading dash, one per line or several on one line
 * ("Chủ trì: Vụ A; phối hợp: Vụ B; thời hạn: Quý II/2024").
 */
import type { PlanField } from './build-plan-document';

/** A lead named after the first one ("Đồng chủ trì: …") adds a lead; it never replaces one. */
export type LabelledField = PlanField | 'coLead';

// prettier-ignore
const LABELS: Record<LabelledField, string[]> = {
  lead: [
    'chủ trì', 'đơn vị chủ trì', 'cơ quan chủ trì', 'cơ quan, đơn vị chủ trì', 'cơ quan/đơn vị chủ trì',
    'đơn vị chủ trì thực hiện', 'cơ quan chủ trì thực hiện', 'chủ trì thực hiện', 'đơn vị thực hiện',
    'cơ quan thực hiện', 'đơn vị đầu mối', 'cơ quan đầu mối', 'đầu mối',
  ],
  coLead: ['đồng chủ trì', 'đơn vị đồng chủ trì', 'cơ quan đồng chủ trì'],
  support: [
    'phối hợp', 'đơn vị phối hợp', 'cơ quan phối hợp', 'cơ quan, đơn vị phối hợp', 'cơ quan/đơn vị phối hợp',
    'phối hợp thực hiện', 'đơn vị phối hợp thực hiện', 'cơ quan phối hợp thực hiện',
  ],
  deadline: [
    'thời gian hoàn thành', 'thời hạn hoàn thành', 'thời hạn', 'thời gian thực hiện', 'thời hạn thực hiện',
    'thời gian', 'tiến độ', 'tiến độ thực hiện', 'tiến độ hoàn thành', 'thời điểm hoàn thành',
  ],
  deliverable: [
    'kết quả thực hiện', 'kết quả', 'sản phẩm', 'sản phẩm đầu ra', 'sản phẩm dự kiến', 'kết quả dự kiến',
    'kết quả đầu ra', 'kết quả/sản phẩm', 'sản phẩm/kết quả', 'hình thức văn bản', 'hình thức sản phẩm',
  ],
};

const FIELD_OF = new Map<string, LabelledField>(
  (Object.entries(LABELS) as [LabelledField, string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [label, field] as const),
  ),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Longest first, so "đơn vị chủ trì" wins over "chủ trì".
const ALTERNATIVES = [...FIELD_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const BULLET = '[-–•+*]\\s*';
const AT_START = new RegExp(`^(?:${BULLET})?(${ALTERNATIVES})\\s*:\\s*`, 'iu');
/** A further label on the same line: after ";", "." or "," and a space. */
const FURTHER = new RegExp(`[;.,]\\s+(?:${BULLET})?(${ALTERNATIVES})\\s*:\\s*`, 'giu');

export type LabelledValue = { field: LabelledField; label: string; value: string };

/** The labelled values of one line, or null when the line does not begin with a label. */
export function readLabelledLine(line: string): LabelledValue[] | null {
  const first = AT_START.exec(line);
  if (!first) return null;
  const values: LabelledValue[] = [];
  let label = first[1]!;
  let field = FIELD_OF.get(label.toLocaleLowerCase('vi'))!;
  const base = first[0].length;
  let valueStart = base;
  for (const next of line.slice(base).matchAll(FURTHER)) {
    const at = base + next.index;
    values.push({ field, label, value: line.slice(valueStart, at).trim() });
    label = next[1]!;
    field = FIELD_OF.get(label.toLocaleLowerCase('vi'))!;
    valueStart = at + next[0].length;
  }
  values.push({ field, label, value: line.slice(valueStart).trim() });
  return values;
}
