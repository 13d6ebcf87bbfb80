/**
 * The returned form's columns and identity fields, named once for the writers (Excel, Word) and the
 * reader. The reader finds columns by their heading, never by position: a unit may add, move or
 * hide columns and sort rows.
 */

export const FORM_COLUMNS = [
  { id: 'key', title: 'Mã nhiệm vụ', width: 13, fill: false },
  { id: 'wbs', title: 'STT', width: 7, fill: false },
  { id: 'title', title: 'Nhiệm vụ', width: 48, fill: false },
  { id: 'role', title: 'Vai trò', width: 11, fill: false },
  { id: 'deadlineText', title: 'Thời hạn (theo văn bản)', width: 20, fill: false },
  { id: 'deadline', title: 'Hạn (ngày)', width: 12, fill: false },
  { id: 'lastPercent', title: 'Tiến độ đã ghi nhận (%)', width: 12, fill: false },
  { id: 'reportedOn', title: 'Ngày báo cáo', width: 13, fill: true },
  { id: 'percent', title: 'Tỷ lệ hoàn thành (%)', width: 12, fill: true },
  { id: 'achieved', title: 'Kết quả đạt được', width: 32, fill: true },
  { id: 'difficulties', title: 'Khó khăn, vướng mắc', width: 28, fill: true },
  { id: 'proposals', title: 'Đề xuất', width: 24, fill: true },
  { id: 'completedOn', title: 'Đã hoàn thành (ngày)', width: 13, fill: true },
] as const;

export type FormColumnId = (typeof FORM_COLUMNS)[number]['id'];

export const ROLE_LABELS = { lead: 'Chủ trì', support: 'Phối hợp' } as const;

/** Sheet names of the workbook; the identity sheet is hidden. */
export const FORM_SHEETS = { form: 'Bao cao tien do', identity: 'Thong tin bieu mau' } as const;

/** Written in the form itself (title area, identity sheet, Word header): the reader looks for these labels. */
export const IDENTITY_LABELS = {
  requestToken: 'Mã đề nghị',
  planCode: 'Kế hoạch số',
  unitName: 'Đơn vị báo cáo',
  asOf: 'Tình hình đến ngày',
  dueOn: 'Hạn gửi lại',
  formVersion: 'Phiên bản biểu mẫu',
} as const;

export const FORM_VERSION = '1';

/** Accent- and case-insensitive form of a heading or label, so "Tỷ lệ hoàn thành" matches "TỶ LỆ HOÀN THÀNH (%)". */
export function foldHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_FOLDED = new Map<string, FormColumnId>(FORM_COLUMNS.map((c) => [foldHeading(c.title), c.id]));
// Headings a person may shorten or retype.
BY_FOLDED.set('ma', 'key');
BY_FOLDED.set('ma nv', 'key');
BY_FOLDED.set('ty le', 'percent');
BY_FOLDED.set('tien do', 'percent');
BY_FOLDED.set('kho khan vuong mac', 'difficulties');
BY_FOLDED.set('kho khan', 'difficulties');
BY_FOLDED.set('de xuat kien nghi', 'proposals');
BY_FOLDED.set('ngay hoan thanh', 'completedOn');

/** The column a heading names, if any. */
export function formColumnOf(heading: string): FormColumnId | null {
  return BY_FOLDED.get(foldHeading(heading)) ?? null;
}
