/**
 * A plan as stored, with everything needed to compute its view for any date. The window reads
 * this once and computes statuses itself (buildPlanView), so changing the status date needs no
 * round trip to the services.
 */
import { z } from 'zod';
import {
  dependencySchema,
  idSchema,
  importWarningSchema,
  isoDateSchema,
  planSchema,
  progressUpdateSchema,
  taskSchema,
  taskUnitSchema,
  unitSchema,
} from './schemas';

export const occurrenceCompletionSchema = z.strictObject({
  taskId: idSchema,
  dueOn: isoDateSchema,
  doneOn: isoDateSchema,
});

/** A document that amended the plan ("Kế hoạch số 30/KH-TANDTC ngày 20/6/2024"), as applied to it. */
export const planAmendmentRefSchema = z.strictObject({
  code: z.string().nullable(),
  documentType: z.string().nullable(),
  issuedOn: isoDateSchema.nullable(),
});
export type PlanAmendmentRef = z.infer<typeof planAmendmentRefSchema>;

export const planDataSchema = z.strictObject({
  plan: planSchema,
  tasks: z.array(taskSchema),
  units: z.array(unitSchema),
  taskUnits: z.array(taskUnitSchema),
  dependencies: z.array(dependencySchema),
  warnings: z.array(importWarningSchema),
  progressUpdates: z.array(progressUpdateSchema),
  occurrenceCompletions: z.array(occurrenceCompletionSchema),
  /** The amending documents applied, oldest first; absent in plan files written before them. */
  amendments: z.array(planAmendmentRefSchema).optional(),
});
