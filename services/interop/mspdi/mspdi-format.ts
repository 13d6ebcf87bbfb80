/**
 * The parts of Microsoft Project's XML interchange format (MSPDI, mspdi_pj12.xsd) this app reads
 * and writes, and how the plan's fields are carried in it.
 *
 * - Each unit is a work Resource (Name: short name; Group: agency; Notes: full name), assigned to
 *   every task it leads or supports. Each assignment says its role in its Text1 ("Chủ trì" or
 *   "Phối hợp"), which MS Project shows on the assignment rows of the Task Usage view.
 * - The lead's name is also the task custom field Text1, shown in MS Project as the column
 *   "Đơn vị chủ trì"; a file without roles (written by someone else) gives no lead, and the import says so.
 * - The deadline wording, the deliverable and the kind are Text2–Text4; the last allowed day is the
 *   task's Deadline (and, moved onto a working day, its Finish).
 * - Every task has Start, Finish and Duration on the standard calendar (mspdi-task-dates.ts). A start
 *   of the task's own is also a "start no earlier than" constraint; a derived one says why in Text5
 *   ("Căn cứ ngày bắt đầu"). A task with no deadline is one estimated day (Estimated, "1 day?") and
 *   has Flag1 ("Chưa có thời hạn") set, so neither its Finish nor its Start reads back as a date.
 * - A dependency is a finish-to-start PredecessorLink, its lag in elapsed days (LagFormat 8), which
 *   MSPDI counts in tenths of a minute.
 */
export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** Task custom fields, Text1–Text5 and Flag1 (FieldID as MS Project numbers them; Text1 = 188743731). */
export const TASK_FIELDS = {
  lead: { id: '188743731', name: 'Text1', alias: 'Đơn vị chủ trì' },
  deadlineText: { id: '188743734', name: 'Text2', alias: 'Thời gian hoàn thành (nguyên văn)' },
  deliverable: { id: '188743737', name: 'Text3', alias: 'Kết quả thực hiện' },
  kind: { id: '188743740', name: 'Text4', alias: 'Loại' },
  startBasis: { id: '188743743', name: 'Text5', alias: 'Căn cứ ngày bắt đầu' },
  undated: { id: '188743752', name: 'Flag1', alias: 'Chưa có thời hạn' },
} as const;

/** Assignment Text1 (pjAssignmentText1): the unit's role on the task. */
export const ASSIGNMENT_ROLE_FIELD = '255852632';
export const ROLE_LABELS = { lead: 'Chủ trì', support: 'Phối hợp' } as const;

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
/** DurationFormat 7: days; 39: estimated days ("1 day?"). */
export const DURATION_FORMAT_DAYS = '7';
export const DURATION_FORMAT_ESTIMATED_DAYS = '39';
/** Task Type 1: fixed duration (the deadline decides, not the work). */
export const TASK_TYPE_FIXED_DURATION = '1';

/** An MSPDI duration ("PT16H0M0S") of whole hours. */
export const hoursDuration = (hours: number) => `PT${hours}H0M0S`;
