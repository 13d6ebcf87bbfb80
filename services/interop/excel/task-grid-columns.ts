/**
 * The task grid as a spreadsheet: one column list shared by the export and the import, so a file
 * written by one is read back by the other. Headings are matched without accents or case, so a
 * grid retyped by hand is read too.
 */
import type { TaskKind } from '../../../shared/model/schemas';
import { foldText } from '../common/fold-text';

export const GRID_COLUMN_KEYS = [
  'wbs',
  'title',
  'kind',
  'lead',
  'support',
  'start',
  'startBasis',
  'deadline',
  'deadlineText',
  'deliverable',
  'progress',
  'status',
  'reportedOn',
  'achieved',
  'difficulties',
  'notes',
] as const;
export type GridColumnKey = (typeof GRID_COLUMN_KEYS)[number];

export type GridColumn = {
  key: GridColumnKey;
  header: string;
  width: number;
  /** Folded heading prefixes that name this column when reading. */
  matches: string[];
  type: 'text' | 'date' | 'percent' | 'derived';
};

export const GRID_COLUMNS: GridColumn[] = [
  { key: 'wbs', header: 'WBS', width: 10, matches: ['wbs', 'stt', 'ma muc', 'muc'], type: 'text' },
  {
    key: 'title',
    header: 'Nhiệm vụ',
    width: 60,
    matches: ['nhiem vu', 'noi dung', 'ten nhiem vu', 'cong viec'],
    type: 'text',
  },
  { key: 'kind', header: 'Loại', width: 12, matches: ['loai'], type: 'text' },
  { key: 'lead', header: 'Chủ trì', width: 30, matches: ['chu tri', 'don vi chu tri'], type: 'text' },
  { key: 'support', header: 'Phối hợp', width: 30, matches: ['phoi hop', 'don vi phoi hop'], type: 'text' },
  { key: 'start', header: 'Bắt đầu', width: 12, matches: ['bat dau', 'ngay bat dau'], type: 'date' },
  // Why the start is what it is (shared/schedule): only "Đã định" is a start of the task's own.
  {
    key: 'startBasis',
    header: 'Căn cứ ngày bắt đầu',
    width: 30,
    matches: ['can cu ngay bat dau', 'can cu bat dau'],
    type: 'derived',
  },
  { key: 'deadline', header: 'Thời hạn (ngày)', width: 14, matches: ['thoi han', 'han cuoi'], type: 'date' },
  {
    key: 'deadlineText',
    header: 'Thời gian hoàn thành (nguyên văn)',
    width: 32,
    matches: ['thoi gian hoan thanh', 'thoi han hoan thanh'],
    type: 'text',
  },
  {
    key: 'deliverable',
    header: 'Kết quả thực hiện',
    width: 45,
    matches: ['ket qua', 'san pham'],
    type: 'text',
  },
  { key: 'progress', header: 'Tiến độ (%)', width: 11, matches: ['tien do'], type: 'percent' },
  { key: 'status', header: 'Trạng thái', width: 18, matches: ['trang thai'], type: 'derived' },
  // The latest progress report as of the date.
  {
    key: 'reportedOn',
    header: 'Ngày báo cáo gần nhất',
    width: 14,
    matches: ['ngay bao cao'],
    type: 'date',
  },
  {
    key: 'achieved',
    header: 'Kết quả đạt được',
    width: 40,
    matches: ['ket qua dat duoc'],
    type: 'text',
  },
  {
    key: 'difficulties',
    header: 'Khó khăn, vướng mắc',
    width: 40,
    matches: ['kho khan'],
    type: 'text',
  },
  { key: 'notes', header: 'Ghi chú', width: 35, matches: ['ghi chu'], type: 'text' },
];

/** The heading's column, longest match first: "Thời hạn hoàn thành" is the wording, "Thời hạn" the date. */
export function gridColumnOf(heading: string): GridColumnKey | null {
  const folded = foldText(heading);
  if (folded === '') return null;
  let best: { key: GridColumnKey; length: number } | null = null;
  for (const column of GRID_COLUMNS) {
    for (const match of column.matches) {
      if ((folded === match || folded.startsWith(`${match} `)) && (!best || match.length > best.length)) {
        best = { key: column.key, length: match.length };
      }
    }
  }
  return best?.key ?? null;
}

export const KIND_LABELS: Record<TaskKind, string> = {
  task: 'Nhiệm vụ',
  milestone: 'Mốc',
  meeting: 'Cuộc họp',
};

export function kindFromLabel(label: string): TaskKind | null {
  const folded = foldText(label);
  if (folded === foldText(KIND_LABELS.task) || folded === 'task') return 'task';
  if (folded === foldText(KIND_LABELS.milestone) || folded === 'milestone' || folded === 'moc thoi gian')
    return 'milestone';
  if (folded === foldText(KIND_LABELS.meeting) || folded === 'hop' || folded === 'meeting') return 'meeting';
  return null;
}

/** The sheets of an exported workbook, in their order; the import reads "Nhiệm vụ", "Đơn vị" and "Kế hoạch". */
export const SHEET_NAMES = {
  tasks: 'Nhiệm vụ',
  history: 'Lịch sử tiến độ',
  meetings: 'Cuộc họp',
  units: 'Đơn vị',
  plan: 'Kế hoạch',
} as const;

/** Rows of the "Kế hoạch" sheet: label in column A, value in column B. */
export const PLAN_SHEET_LABELS = {
  code: 'Số kế hoạch',
  documentType: 'Loại văn bản',
  title: 'Tên kế hoạch',
  place: 'Nơi ban hành',
  issuedOn: 'Ngày ban hành',
  asOf: 'Tình hình đến ngày',
} as const;

export const UNIT_SHEET_HEADERS = ['Tên đơn vị', 'Tên đầy đủ', 'Thuộc cơ quan', 'Loại'] as const;
export const COLLECTIVE_UNIT_LABEL = 'Ghi chung (không phải một đơn vị)';
