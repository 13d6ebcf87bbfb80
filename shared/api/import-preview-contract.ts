/**
 * The import preview: a plan file read and shown before anything is written. The window gets the
 * parsed plan as read, with each unit it names matched against the registry; "Lưu kế hoạch" sends
 * the same file again with the user's corrections (see shared/plan-document/preview-edits.ts).
 */
import { z } from 'zod';
import { amendablePlanSchema } from '../plan-amendment/amendable-plan';
import {
  deadlinePrecisionSchema,
  idSchema,
  isoDateSchema,
  recurrenceSchema,
  taskKindSchema,
} from '../model/schemas';

const deadlineResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    wording: z.string(),
    deadline: isoDateSchema.nullable(),
    precision: deadlinePrecisionSchema.nullable(),
    recurrence: recurrenceSchema.nullable(),
    relative: z.strictObject({ days: z.number().int(), anchor: z.literal('signing') }).nullable(),
    start: isoDateSchema.optional(),
    ongoing: z.literal(true).optional(),
  }),
  z.strictObject({
    ok: z.literal(false),
    wording: z.string(),
    reason: z.enum(['impossible-date', 'unrecognised', 'empty']),
    message: z.string(),
  }),
]);

const planFieldSchema = z.enum(['lead', 'support', 'deadline', 'deliverable']);

export const parsedPlanDocumentSchema = z.strictObject({
  header: z.strictObject({
    code: z.string().nullable(),
    documentType: z.string().nullable(),
    title: z.string().nullable(),
    place: z.string().nullable(),
    issuedOn: isoDateSchema.nullable(),
  }),
  items: z.array(
    z.strictObject({
      wbs: z.string(),
      parentWbs: z.string().nullable(),
      title: z.string(),
      kind: taskKindSchema,
      line: z.number().int(),
      leadKeys: z.array(z.string()),
      supportKeys: z.array(z.string()),
      deadline: deadlineResultSchema.nullable(),
      deliverable: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
  units: z.array(
    z.strictObject({
      name: z.string(),
      fullName: z.string(),
      agency: z.string().nullable(),
      isCollective: z.boolean(),
      key: z.string(),
    }),
  ),
  warnings: z.array(
    z.strictObject({
      wbs: z.string().nullable(),
      line: z.number().int(),
      message: z.string(),
      fields: z.array(planFieldSchema).optional(),
    }),
  ),
});

const registryUnitSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  agency: z.string().nullable(),
});
export type RegistryUnitDto = z.infer<typeof registryUnitSchema>;

/** How a unit named in the file stands against the registry. */
export const unitMatchSchema = z.strictObject({
  key: z.string(),
  /** matched: the registry's own unit; near: written differently, proposed as a registry unit; new: not in the registry. */
  status: z.enum(['matched', 'near', 'new']),
  unit: registryUnitSchema.nullable(),
  /** Several registry units share this short name in different agencies: the user picks, nothing is merged. */
  alternatives: z.array(registryUnitSchema),
});
export type UnitMatchDto = z.infer<typeof unitMatchSchema>;

export const importPreviewSchema = z.strictObject({
  fileName: z.string(),
  document: parsedPlanDocumentSchema,
  unitMatches: z.array(unitMatchSchema),
  /** Every unit of the registry, to choose from when correcting a row. */
  registry: z.array(registryUnitSchema),
  /**
   * The plan in the app this file is a newer version of (same number, or a "sửa đổi, bổ sung" naming
   * it), with its tasks for the window to compare with the file as corrected; null for a new plan.
   */
  amendable: amendablePlanSchema.nullable(),
  /** The text the line numbers point into. */
  sourceText: z.string(),
});
export type ImportPreviewDto = z.infer<typeof importPreviewSchema>;
