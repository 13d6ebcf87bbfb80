/** What the editing methods accept and return; the zod schemas are the first check at the API boundary. */
import { z } from 'zod';
import {
  colorSchema,
  idSchema,
  isoDateSchema,
  percentSchema,
  progressUpdateSchema,
  recurrenceSchema,
  taskKindSchema,
  unitSchema,
} from '../model/schemas';
import { sanitizeLine, sanitizeMultiline } from '../text/sanitize-text';
import { revisionNoteSchema } from '../revisions/revision-schema';

/** One line (a title, a name): control and direction characters removed, line breaks made spaces. */
const text = (max: number) => z.string().overwrite(sanitizeLine).trim().max(max);
const optionalText = (max: number) => text(max).nullable();
/** A field of several lines (results, notes): line breaks and tabs kept. */
export const multilineText = (max: number) => z.string().overwrite(sanitizeMultiline).trim().max(max);
const optionalMultiline = (max: number) => multilineText(max).nullable();

/**
 * A client's key for one submit: the same key twice is one write (a double click), see dispatcher.ts.
 * Optional so that scripts and older clients keep working.
 */
export const requestKeySchema = z.string().min(8).max(100).optional();

/** Every field of a task the form edits; "Thời gian hoàn thành" comes as wording and date. */
export const taskFieldsSchema = z.strictObject({
  title: text(2000).min(1, 'Chưa nhập tên nhiệm vụ.'),
  kind: taskKindSchema,
  start: isoDateSchema.nullable(),
  deadline: isoDateSchema.nullable(),
  deadlineText: optionalText(500),
  recurrence: recurrenceSchema.nullable(),
  deliverable: optionalMultiline(4000),
  notes: optionalMultiline(4000),
  /** The principal lead unit ("Chủ trì"); null: none named. */
  leadUnitId: idSchema.nullable(),
  /** Units that lead with it ("Đồng chủ trì"), in order; required so that no client drops them by omission. */
  coLeadUnitIds: z.array(idSchema).max(50),
  supportUnitIds: z.array(idSchema).max(200),
});
export type TaskFields = z.infer<typeof taskFieldsSchema>;

export const addTaskInputSchema = z.strictObject({
  planId: idSchema,
  /** Null: a top-level item. */
  parentId: idSchema.nullable(),
  /** Placed right after this sibling; null: last among its siblings. */
  afterTaskId: idSchema.nullable(),
  fields: taskFieldsSchema,
  requestKey: requestKeySchema,
});

export const updateTaskInputSchema = z.strictObject({
  taskId: idSchema,
  fields: taskFieldsSchema,
  /** Why the dates change, when they do; absent: a quick correction. */
  revision: revisionNoteSchema.optional(),
});

export const deleteTaskInputSchema = z.strictObject({
  taskId: idSchema,
  /** What happens to the task's children: deleted with it, or moved up one level in its place. */
  children: z.enum(['delete', 'promote']),
});

export const moveTaskInputSchema = z.strictObject({
  taskId: idSchema,
  move: z.enum(['up', 'down', 'indent', 'outdent']),
});

export const rescheduleInputSchema = z.strictObject({
  taskId: idSchema,
  start: isoDateSchema.nullable(),
  deadline: isoDateSchema.nullable(),
  /** Move every task that depends on this one by the same number of days. */
  shiftDependants: z.boolean(),
  /** Why (recorded on the task and on every dependant moved with it); absent: a quick correction. */
  revision: revisionNoteSchema.optional(),
});

export const shiftPreviewSchema = z.array(
  z.strictObject({
    taskId: idSchema,
    wbs: z.string(),
    title: z.string(),
    start: isoDateSchema.nullable(),
    deadline: isoDateSchema.nullable(),
    newStart: isoDateSchema.nullable(),
    newDeadline: isoDateSchema.nullable(),
  }),
);
export type ShiftPreview = z.infer<typeof shiftPreviewSchema>;

export const taskRefSchema = z.strictObject({ taskId: idSchema, planId: idSchema, wbs: z.string() });
export type TaskRef = z.infer<typeof taskRefSchema>;

export const unitInputSchema = z.strictObject({
  name: text(300).min(1, 'Chưa nhập tên đơn vị.'),
  fullName: optionalText(500),
  agency: optionalText(100),
  color: colorSchema.nullable(),
});

export const registryUnitSchema = unitSchema.extend({
  taskCount: z.number().int().min(0),
});
export type RegistryUnit = z.infer<typeof registryUnitSchema>;

/** A progress report as the user writes it; also what a correction replaces. */
export const progressFieldsSchema = z.strictObject({
  reportedOn: isoDateSchema,
  percent: percentSchema,
  achieved: optionalMultiline(4000),
  difficulties: optionalMultiline(4000),
  enteredBy: optionalText(200),
  reportedByUnitId: idSchema.nullable().optional(),
  reportedByPerson: optionalText(200).optional(),
  proposals: optionalText(4000).optional(),
  completedOn: isoDateSchema.nullable().optional(),
});
export type ProgressFields = z.infer<typeof progressFieldsSchema>;

export const progressInputSchema = progressFieldsSchema.extend({
  taskId: idSchema,
  requestKey: requestKeySchema,
});

export const progressCorrectionSchema = progressFieldsSchema.extend({ updateId: idSchema });

export const dependencyInputSchema = z.strictObject({
  predecessorId: idSchema,
  successorId: idSchema,
  lagDays: z.number().int().min(-3650).max(3650),
});

export const occurrenceSchema = z.strictObject({
  taskId: idSchema,
  wbs: z.string(),
  title: z.string(),
  dueOn: isoDateSchema,
  doneOn: isoDateSchema.nullable(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const meetingTimeSchema = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Giờ họp không hợp lệ: hãy ghi dạng hh:mm, ví dụ 14:00.');

export const meetingFieldsSchema = z.strictObject({
  title: text(500).min(1, 'Chưa nhập tên cuộc họp.'),
  heldOn: isoDateSchema,
  /** "14:00"; null when not known yet. */
  startsAt: meetingTimeSchema.nullable().optional(),
  place: optionalText(300),
  /** Who chairs the meeting (chủ trì cuộc họp), as written: "Phó Chánh án TANDTC Nguyễn Văn A". */
  chair: optionalText(300),
  /** The units taking part. */
  participantUnitIds: z.array(idSchema).max(200).optional(),
});

export const meetingPostponementSchema = z.strictObject({
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  reason: z.string().nullable(),
});

export const meetingItemSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['agenda', 'conclusion']),
  text: z.string(),
  /** The task the item is about. */
  taskId: idSchema.nullable(),
  /** The task a conclusion created (createFollowUpTask). */
  followUpTaskId: idSchema.nullable(),
});

export const meetingSchema = meetingFieldsSchema.extend({
  id: idSchema,
  planId: idSchema,
  startsAt: meetingTimeSchema.nullable(),
  participantUnitIds: z.array(idSchema),
  items: z.array(meetingItemSchema),
  /** Earlier dates it was set for, oldest first. */
  postponements: z.array(meetingPostponementSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const undoStateSchema = z.strictObject({
  canUndo: z.boolean(),
  undoLabel: z.string().nullable(),
  canRedo: z.boolean(),
  redoLabel: z.string().nullable(),
  /** The step each button would replay: the window remembers which plan each of its edits was in. */
  undoStep: z.number().int().nullable(),
  redoStep: z.number().int().nullable(),
});

export const historySchema = z.array(progressUpdateSchema);
