/**
 * A stored plan as the comparison with a newer version of it needs it: its tasks still in force,
 * each with the plan's own wording, deadline and units (by key and name). The services read it from
 * the database; the import preview sends it to the window, which compares it with the document as
 * corrected there (the same function the services apply with, so what is seen is what is applied).
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model/schemas';

const unitNameSchema = z.strictObject({ key: z.string(), name: z.string() });
export type AmendableUnit = z.infer<typeof unitNameSchema>;

export const amendableTaskSchema = z.strictObject({
  id: idSchema,
  parentId: idSchema.nullable(),
  wbs: z.string(),
  title: z.string(),
  /** The plan's wording of the deadline and the last day it means (not a revision decided elsewhere). */
  deadlineText: z.string().nullable(),
  deadline: isoDateSchema.nullable(),
  leads: z.array(unitNameSchema),
  supports: z.array(unitNameSchema),
  deliverable: z.string().nullable(),
  /** Read from the plan's document (false: added in the app, which a newer document cannot drop). */
  fromDocument: z.boolean(),
  /** Dropped by an earlier version ("Đã bỏ khỏi kế hoạch"): brought back if a newer one has it again. */
  removed: z.boolean(),
});
export type AmendableTask = z.infer<typeof amendableTaskSchema>;

export const amendablePlanSchema = z.strictObject({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  issuedOn: isoDateSchema.nullable(),
  /** Why this plan is proposed: the file has its number, or says it amends it ("sửa đổi, bổ sung"). */
  reason: z.enum(['same-code', 'amends']),
  tasks: z.array(amendableTaskSchema),
});
export type AmendablePlan = z.infer<typeof amendablePlanSchema>;
