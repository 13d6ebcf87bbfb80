/**
 * Reads a plan written in the numbered form of Vietnamese administrative plans:
 * a header (Số, place and date, document type, title), Roman sections, items "1.", "1.1." and
 * under each the lines "- Chủ trì:", "- Đơn vị phối hợp:", "- Thời gian hoàn thành:", "- Kết quả thực hiện:".
 * It reports what is missing; it never fills a gap with a guess.
 */
import { type PlanField, type RawPlanItem, buildPlanDocument, stripFinalStop } from './build-plan-document';
import { cleanLine, readHeader } from './plan-header';
import type { ParseOutcome } from './parsed-plan';

export { MAX_ITEM_DEPTH } from './build-plan-document';

const FIELD_LABELS: Record<string, PlanField> = {
  'chủ trì': 'lead',
  'đơn vị chủ trì': 'lead',
  'cơ quan chủ trì': 'lead',
  'phối hợp': 'support',
  'đơn vị phối hợp': 'support',
  'cơ quan phối hợp': 'support',
  'thời gian hoàn thành': 'deadline',
  'thời hạn hoàn thành': 'deadline',
  'thời hạn': 'deadline',
  'thời gian thực hiện': 'deadline',
  'kết quả thực hiện': 'deliverable',
  'kết quả': 'deliverable',
  'sản phẩm': 'deliverable',
  'sản phẩm đầu ra': 'deliverable',
};

const SECTION = /^([IVX]{1,6})\.\s+(\S.*)$/;
const ITEM = /^(\d{1,3}(?:\.\d{1,3})*)\.\s+(\S.*)$|^(\d{1,3}(?:\.\d{1,3})+)\s+(\S.*)$/;
const ATTRIBUTE = /^[-–•+]\s*([^:]{2,40}?)\s*:\s*(.*)$/;
const CLOSING = /(\.\/\.)\s*$|^Nơi nhận\s*:?/i;

type RawItem = {
  number: string;
  title: string;
  line: number;
  titleOpen: boolean;
  fields: Partial<Record<PlanField, { value: string; line: number }>>;
  lastField: PlanField | null;
  extra: string[];
};

type RawSection = { numeral: string | null; items: RawItem[] };

export function parsePlanDocument(text: string): ParseOutcome {
  const lines = text.split(/\r\n|\r|\n/).map(cleanLine);
  const sections: RawSection[] = [{ numeral: null, items: [] }];
  let current: RawItem | null = null;
  let closed = false;
  let firstStructureLine = lines.length;

  lines.forEach((line, index) => {
    if (closed) return;
    const lineNo = index + 1;
    if (line === '') {
      if (current) current.titleOpen = false;
      return;
    }
    if (CLOSING.test(line) && firstStructureLine < index) {
      closed = true;
      return;
    }
    const section = SECTION.exec(line);
    if (section) {
      firstStructureLine = Math.min(firstStructureLine, index);
      sections.push({ numeral: section[1]!, items: [] });
      current = null;
      return;
    }
    const item = ITEM.exec(line);
    if (item) {
      firstStructureLine = Math.min(firstStructureLine, index);
      current = {
        number: item[1] ?? item[3]!,
        title: stripFinalStop(item[2] ?? item[4]!),
        line: lineNo,
        titleOpen: true,
        fields: {},
        lastField: null,
        extra: [],
      };
      sections[sections.length - 1]!.items.push(current);
      return;
    }
    if (!current) return;
    const attribute = ATTRIBUTE.exec(line);
    const field = attribute ? FIELD_LABELS[attribute[1]!.toLocaleLowerCase('vi')] : undefined;
    const item_: RawItem = current;
    if (attribute && field) {
      item_.titleOpen = false;
      item_.lastField = field;
      item_.fields[field] ??= { value: attribute[2]!.trim(), line: lineNo };
      return;
    }
    if (item_.titleOpen && item_.lastField === null) {
      item_.title = stripFinalStop(`${item_.title} ${line}`);
    } else if (item_.lastField !== null && !/^[-–•+]/.test(line)) {
      const last = item_.fields[item_.lastField]!;
      last.value = `${last.value} ${line}`.trim();
    } else {
      item_.extra.push(line);
    }
  });

  const taskSections = sections.filter((s) => s.items.some((i) => Object.keys(i.fields).length > 0));
  if (taskSections.length === 0) {
    return {
      ok: false,
      message:
        'Không tìm thấy nhiệm vụ nào trong văn bản. Kế hoạch cần có các mục đánh số (1., 1.1., …) ' +
        'với các dòng “- Chủ trì:”, “- Đơn vị phối hợp:”, “- Thời gian hoàn thành:”, “- Kết quả thực hiện:”.',
    };
  }

  const header = readHeader(lines, firstStructureLine);
  const prefixed = taskSections.length > 1;
  const rawItems: (RawPlanItem & { raw: RawItem })[] = taskSections.flatMap((s) =>
    s.items.map((raw) => ({
      raw,
      wbs: prefixed && s.numeral ? `${s.numeral}.${raw.number}` : raw.number,
      depth: raw.number.split('.').length,
      title: raw.title,
      line: raw.line,
      fields: raw.fields,
      extra: raw.extra,
    })),
  );

  const outcome = buildPlanDocument(header, rawItems);
  if (!outcome.ok) return outcome;

  // A document that stops inside an item whose siblings all had their details was cut short.
  const last = rawItems[rawItems.length - 1];
  const lastHasChildren = outcome.document.items.some((i) => i.parentWbs === last?.wbs);
  if (!closed && last && Object.keys(last.raw.fields).length === 0 && !lastHasChildren) {
    outcome.document.warnings.push({
      wbs: last.wbs,
      line: last.raw.line,
      message: `Văn bản kết thúc tại mục ${last.wbs}: phần sau của kế hoạch không có trong văn bản nên chưa được nhập.`,
    });
  }
  return outcome;
}
