/**
 * The parts of Microsoft Project's XML interchange format (MSPDI, mspdi_pj12.xsd) this app reads
 * and writes, and how the plan's fields are carried in it.
 *
 * - Each unit is a work Resource (Name: short name; Group: agency; Notes: full name), assigned to
 *   every task it leads or supports.
 * - Which assigned unit leads is the task custom field Text1, shown in MS Project as the column
 *   "Đơn vị chủ trì"; the other assigned units support. One visible field that a user can change in
 *   MS Project; a file without it (written by someone else) gives no lead, and the import says so.
 * - The deadline wording, the deliverable and the kind are Text2–Text4; the last allowed day is the
 *   task's Deadline (and its Finish).
 * - A dependency is a finish-to-start PredecessorLink, its lag in elapsed days (LagFormat 8), which
 *   MSPDI counts in tenths of a minute.
 */
export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** Task custom text fields (FieldID as MS Project numbers them; Text1 = 188743731). */
export const TASK_FIELDS = {
  lead: { id: '188743731', name: 'Text1', alias: 'Đơn vị chủ trì' },
  deadlineText: { id: '188743734', name: 'Text2', alias: 'Thời gian hoàn thành (nguyên văn)' },
  deliverable: { id: '188743737', name: 'Text3', alias: 'Kết quả thực hiện' },
  kind: { id: '188743740', name: 'Text4', alias: 'Loại' },
} as const;

/** PredecessorLink/Type. */
export const LINK_TYPES = {
  finishToFinish: '0',
  finishToStart: '1',
  startToFinish: '2',
  startToStart: '3',
} as const;
export const LINK_TYPE_NAMES: Record<string, string> = {
  '0': 'kết thúc – kết thúc',
  '2': 'bắt đầu – kết thúc',
  '3': 'bắt đầu – bắt đầu',
};

/** LagFormat 8: elapsed days ("ed"), counted in calendar days like the plan's own lags. */
export const LAG_FORMAT_ELAPSED_DAYS = '8';
/** LinkLag unit: a tenth of a minute. */
export const TENTHS_OF_MINUTE_PER_ELAPSED_DAY = 24 * 60 * 10;
/** Elapsed duration formats (em, eh, ed, ew, emo, e%, and their estimated forms): 24-hour days. */
export const ELAPSED_FORMATS = new Set(['4', '6', '8', '10', '12', '20', '36', '38', '40', '42', '44', '52']);

/** Working day of the standard calendar: 08:00–12:00 and 13:00–17:00. */
export const MINUTES_PER_DAY = 480;
export const DAY_START = 'T08:00:00';
export const DAY_FINISH = 'T17:00:00';

/** ConstraintType 4: start no earlier than; keeps a task's own start when MS Project reschedules. */
export const CONSTRAINT_START_NO_EARLIER_THAN = '4';
/** DurationFormat 7: days. */
export const DURATION_FORMAT_DAYS = '7';
