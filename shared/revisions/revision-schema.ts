/**
 * A revision: a change of a task's dates after the plan set them, with when it was decided, why, and
 * optionally by which decision (a meeting conclusion recorded in the app, or a document reference).
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model/schemas';

export const REVISION_KINDS = ['decided', 'quick', 'inferred'] as const;
export const revisionKindSchema = z.enum(REVISION_KINDS);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

export const taskRevisionSchema = z.strictObject({
  id: idSchema,
  taskId: idSchema,
  start: isoDateSchema.nullable(),
  deadline: isoDateSchema.nullable(),
  previousStart: isoDateSchema.nullable(),
  previousDeadline: isoDateSchema.nullable(),
  decidedOn: isoDateSchema,
  /** 'quick': "Bỏ qua" — a quick correction, no reason given. */
  kind: revisionKindSchema,
  reason: z.string().nullable(),
  /** The meeting conclusion that decided it, and that meeting's title and date, when recorded in the app. */
  meetingItemId: idSchema.nullable(),
  meetingLabel: z.string().nullable(),
  /** "Thông báo kết luận số 12/TB-BCĐ ngày 05/8/2021". */
  decisionRef: z.string().nullable(),
  createdAt: z.string(),
});
export type TaskRevision = z.infer<typeof taskRevisionSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable();

/** Why dates change, as the window sends it with a drag, a date edit or a conclusion. */
export const revisionNoteSchema = z.strictObject({
  decidedOn: isoDateSchema,
  /** Null or empty: "Bỏ qua", recorded as a quick correction. */
  reason: optionalText(2000),
  decisionRef: optionalText(500),
  meetingItemId: idSchema.nullable(),
});
export type RevisionNote = z.infer<typeof revisionNoteSchema>;
