/**
 * The plan model, defined once as zod schemas: the TypeScript types are inferred from them,
 * and the same schemas validate everything that crosses a boundary (storage rows, IPC, bridge).
 */
import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Ngày không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD.' });

export const idSchema = z.number().int().positive();

export const TASK_KINDS = ['task', 'milestone', 'meeting'] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKindSchema>;

export const DEADLINE_PRECISIONS = ['day', 'month', 'quarter', 'half-year', 'year'] as const;
export const deadlinePrecisionSchema = z.enum(DEADLINE_PRECISIONS);
export type DeadlinePrecision = z.infer<typeof deadlinePrecisionSchema>;

/**
 * A duty that comes back: every `interval` months (monthly) or years (yearly).
 * `month`/`day` pin the last allowed day when the wording names one ("trước ngày 15 tháng 01 hằng năm").
 */
export const recurrenceSchema = z.strictObject({
  frequency: z.enum(['monthly', 'yearly']),
  interval: z.number().int().min(1).max(12),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const UNIT_ROLES = ['lead', 'support'] as const;
export const unitRoleSchema = z.enum(UNIT_ROLES);
export type UnitRole = z.infer<typeof unitRoleSchema>;

export const colorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'Màu phải có dạng #rrggbb.');

export const unitSchema = z.strictObject({
  id: idSchema,
  /** Short name as people say it: "Vụ Tổng hợp". */
  name: z.string().min(1),
  /** The name as first written in a document: "Vụ Tổng hợp Tòa án nhân dân tối cao". */
  fullName: z.string().min(1),
  /** Parent agency abbreviation such as "TANDTC", when the name says it. */
  agency: z.string().nullable(),
  color: colorSchema,
  /** "Các đơn vị có liên quan": a wording kept as written, not a real unit. */
  isCollective: z.boolean(),
});
export type Unit = z.infer<typeof unitSchema>;

export const planSchema = z.strictObject({
  id: idSchema,
  /** "76/KH-BCĐ-TANDTC" */
  code: z.string().min(1),
  /** "Kế hoạch", "Chương trình", "Quy chế" … */
  documentType: z.string().min(1),
  title: z.string().min(1),
  issuingBody: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: isoDateSchema.nullable(),
  sourceName: z.string(),
  importedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const taskSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  parentId: idSchema.nullable(),
  /** Work-breakdown code as numbered in the document: "1.1". */
  wbs: z.string().min(1),
  title: z.string().min(1),
  kind: taskKindSchema,
  start: isoDateSchema.nullable(),
  /** Last allowed day ("Trước ngày 15 tháng 7 năm 2021" → 2021-07-14). */
  deadline: isoDateSchema.nullable(),
  /** "Thời gian hoàn thành" exactly as written. */
  deadlineText: z.string().nullable(),
  deadlinePrecision: deadlinePrecisionSchema.nullable(),
  recurrence: recurrenceSchema.nullable(),
  /** "Kết quả thực hiện". */
  deliverable: z.string().nullable(),
  notes: z.string().nullable(),
  sortOrder: z.number().int(),
  sourceLine: z.number().int().positive().nullable(),
  /**
   * The baseline: the dates as the plan set them (the last day its wording means, and the start it
   * had), never changed by a revision. `start`/`deadline` above are the current dates.
   */
  baselineStart: isoDateSchema.nullable(),
  baselineDeadline: isoDateSchema.nullable(),
  baselinePrecision: deadlinePrecisionSchema.nullable(),
  /** How many revisions changed the dates since the baseline (see shared/revisions). */
  revisionCount: z.number().int().min(0),
  /**
   * The day a newer version of the plan dropped the task ("đã bỏ khỏi kế hoạch"): kept with its
   * history, no longer counted. Absent in files written before amendments existed.
   */
  removedOn: isoDateSchema.nullable().optional(),
});
export type Task = z.infer<typeof taskSchema>;

export const percentSchema = z.number().int().min(0).max(100);

/**
 * One progress report on a task. The task's progress and completion are read from these
 * (the latest as of a date), never stored twice.
 */
export const progressUpdateSchema = z.strictObject({
  id: idSchema,
  taskId: idSchema,
  reportedOn: isoDateSchema,
  percent: percentSchema,
  /** "Kết quả đạt được" */
  achieved: z.string().nullable(),
  /** "Khó khăn, vướng mắc" */
  difficulties: z.string().nullable(),
  enteredBy: z.string().nullable(),
  createdAt: z.string(),
  /** Who reported it: a unit of the registry, a person, or both. Absent in files written before them. */
  reportedByUnitId: idSchema.nullable().optional(),
  reportedByPerson: z.string().nullable().optional(),
  /** "Đề xuất, kiến nghị" */
  proposals: z.string().nullable().optional(),
  /** "Hoàn thành": the day the task was actually finished, which may precede the report. */
  completedOn: isoDateSchema.nullable().optional(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

export const taskUnitSchema = z.strictObject({
  taskId: idSchema,
  unitId: idSchema,
  role: unitRoleSchema,
});
export type TaskUnit = z.infer<typeof taskUnitSchema>;

export const dependencySchema = z.strictObject({
  predecessorId: idSchema,
  successorId: idSchema,
  lagDays: z.number().int().min(-3650).max(3650),
});
export type Dependency = z.infer<typeof dependencySchema>;

export const importWarningSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  taskId: idSchema.nullable(),
  wbs: z.string().nullable(),
  line: z.number().int().positive(),
  message: z.string().min(1),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;
