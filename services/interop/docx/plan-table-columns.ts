/**
 * Which column of a plan table holds what, read from its heading row(s) however they are typed:
 * "STT", "Nội dung công việc", "Đơn vị chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
 * "Sản phẩm" … with or without accents, in any case.
 */
import { foldText } from '../common/fold-text';

export const TABLE_COLUMNS = [
  'stt',
  'title',
  'lead',
  'coLead',
  'support',
  'deadline',
  'deliverable',
  'notes',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type ColumnMap = Partial<Record<TableColumn, number>>;

/** Checked in this order: "Kết quả thực hiện nhiệm vụ" is a result column, not the task column. */
const MATCHERS: [TableColumn, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|muc)$/],
  // "Đồng chủ trì" beside "Chủ trì": co-leads, read as leads after the column's own.
  ['coLead', /\bdong chu tri\b/],
  ['lead', /\bchu tri\b/],
  ['support', /\bphoi hop\b/],
  ['deadline', /\b(thoi gian|thoi han|tien do|han hoan thanh)\b/],
  ['deliverable', /\b(san pham|ket qua)\b/],
  ['notes', /\bghi chu\b/],
  ['title', /\b(noi dung|nhiem vu|cong viec|hoat dong|ten)\b/],
];

export function classifyHeading(text: string): TableColumn | null {
  const folded = foldText(text);
  if (folded === '') return null;
  return MATCHERS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** Column kinds from one heading text per column; the first column claiming a kind keeps it. */
export function mapColumns(headings: string[]): ColumnMap {
  const map: ColumnMap = {};
  headings.forEach((heading, index) => {
    const column = classifyHeading(heading);
    if (column !== null && map[column] === undefined) map[column] = index;
  });
  return map;
}

/** A plan table needs its numbering, the task and at least who leads it or when it is due. */
export function isPlanTable(map: ColumnMap): boolean {
  return (
    map.stt !== undefined && map.title !== undefined && (map.lead !== undefined || map.deadline !== undefined)
  );
}
