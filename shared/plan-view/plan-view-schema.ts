/**
 * What the window, the CLI and the reports are given: the plan as of a date, with units resolved
 * and statuses computed. Defined as zod so the API contract validates it on both transports.
 */
import { z } from 'zod';
import { START_BASES } from '../schedule/task-start';
import { TASK_STATUSES } from '../status/task-status';
import { planAmendmentRefSchema } from '../model/plan-data-schema';
import {
  idSchema,
  importWarningSchema,
  isoDateSchema,
  percentSchema,
  planSchema,
  progressUpdateSchema,
  taskSchema,
  unitSchema,
} from '../model/schemas';

export const taskStatusSchema = z.enum(TASK_STATUSES);

export const unitRefSchema = unitSchema.pick({ id: true, name: true, color: true, isCollective: true });
export type UnitRef = z.infer<typeof unitRefSchema>;

export const taskViewSchema = taskSchema.extend({
  depth: z.number().int().min(0),
  childIds: z.array(idSchema),
  /** Every lead unit, in the order the plan names them: the first is the principal one (its colour is the
   * bar's), the others co-lead ("đồng chủ trì"). Anything listing, filtering or counting by lead uses all. */
  leads: z.array(unitRefSchema),
  supports: z.array(unitRefSchema),
  status: taskStatusSchema,
  /** Progress as of the chosen date: the latest update's percentage (for a parent, its children's mean). */
  progress: percentSchema,
  /** The day the task reached 100 %, if it had by the chosen date. */
  completedOn: isoDateSchema.nullable(),
  /** The latest progress update on or before the chosen date. */
  latestUpdate: progressUpdateSchema.nullable(),
  /** The task's start by the one rule (shared/schedule/task-start.ts): own, or derived as the basis says. */
  spanStart: isoDateSchema.nullable(),
  startBasis: z.enum(START_BASES).nullable(),
  /** The predecessor or parent the start is derived from. */
  startFromTaskId: idSchema.nullable(),
  /** End used for drawing: own deadline; for a parent, its children's latest deadline. */
  spanEnd: isoDateSchema.nullable(),
  warnings: z.array(z.strictObject({ line: z.number().int().positive(), message: z.string() })),
  dependsOn: z.array(z.strictObject({ taskId: idSchema, lagDays: z.number().int() })),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const unitSummarySchema = unitSchema.extend({
  leadCount: z.number().int().min(0),
  supportCount: z.number().int().min(0),
  /** Tasks this unit leads or supports that are overdue as of the chosen date. */
  lateTaskIds: z.array(idSchema),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

export const planViewSchema = z.strictObject({
  plan: planSchema,
  asOf: isoDateSchema,
  tasks: z.array(taskViewSchema),
  units: z.array(unitSummarySchema),
  /** Warnings about the document as a whole (not tied to one task). */
  planWarnings: z.array(importWarningSchema),
  span: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).nullable(),
  /** The documents that amended the plan, oldest first (see shared/plan-amendment). */
  amendments: z.array(planAmendmentRefSchema),
});
export type PlanView = z.infer<typeof planViewSchema>;
