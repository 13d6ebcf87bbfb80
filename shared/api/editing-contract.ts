/**
 * The contract methods for editing, spread into the API contract: tasks, units, progress,
 * dependencies, recurring duties, meetings and undo/redo. Every edit is one undo step.
 */
import { z } from 'zod';
import {
  addTaskInputSchema,
  deleteTaskInputSchema,
  dependencyInputSchema,
  historySchema,
  meetingFieldsSchema,
  meetingSchema,
  meetingTimeSchema,
  moveTaskInputSchema,
  multilineText,
  occurrenceSchema,
  progressCorrectionSchema,
  progressInputSchema,
  registryUnitSchema,
  requestKeySchema,
  rescheduleInputSchema,
  shiftPreviewSchema,
  taskRefSchema,
  undoStateSchema,
  unitInputSchema,
  updateTaskInputSchema,
} from '../editing/editing-schemas';
import { taskRevisionSchema } from '../revisions/revision-schema';
import { reviewMethods } from './review-contract';
import { colorSchema, idSchema, isoDateSchema, progressUpdateSchema, unitSchema } from '../model/schemas';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const done = z.strictObject({ ok: z.literal(true) });

export const editingMethods = {
  addTask: method(addTaskInputSchema, taskRefSchema),
  updateTask: method(updateTaskInputSchema, taskRefSchema),
  /** Refused when children exist and the caller did not say what happens to them. */
  deleteTask: method(deleteTaskInputSchema, done),
  /** Up/down among siblings, indent under the previous sibling, outdent to after the parent. */
  moveTask: method(moveTaskInputSchema, taskRefSchema),
  /** New dates from the chart (drag); may carry the dependants along. */
  rescheduleTask: method(rescheduleInputSchema, z.strictObject({ movedTaskIds: z.array(idSchema) })),
  /** Which dependants a reschedule would move, and where. Writes nothing. */
  previewReschedule: method(rescheduleInputSchema, shiftPreviewSchema),
  /** A task's revisions of dates, oldest first. */
  listRevisions: method(z.strictObject({ taskId: idSchema }), z.array(taskRevisionSchema)),
  /** Takes back one revision (any, not only the last); the task's dates follow those left. */
  undoRevision: method(z.strictObject({ revisionId: idSchema }), z.strictObject({ taskId: idSchema })),

  listUnits: method(z.strictObject({}), z.array(registryUnitSchema)),
  addUnit: method(unitInputSchema.extend({ requestKey: requestKeySchema }), unitSchema),
  renameUnit: method(
    z.strictObject({
      unitId: idSchema,
      name: unitInputSchema.shape.name,
      fullName: unitInputSchema.shape.fullName,
    }),
    unitSchema,
  ),
  recolorUnit: method(z.strictObject({ unitId: idSchema, color: colorSchema }), unitSchema),
  /** Two spellings of one unit become `keepId`; a task linked to both keeps one link, lead wins. */
  mergeUnits: method(z.strictObject({ keepId: idSchema, mergeId: idSchema }), unitSchema),
  /** Only a unit no task names. */
  deleteUnit: method(z.strictObject({ unitId: idSchema }), done),

  addProgressUpdate: method(progressInputSchema, progressUpdateSchema),
  /** Corrects what a report says (date, percentage, texts, reporter, completion). */
  updateProgressUpdate: method(progressCorrectionSchema, progressUpdateSchema),
  deleteProgressUpdate: method(z.strictObject({ updateId: idSchema }), done),
  /** Every update of a task, oldest first. */
  getProgressHistory: method(z.strictObject({ taskId: idSchema }), historySchema),

  addDependency: method(dependencyInputSchema, done),
  removeDependency: method(z.strictObject({ predecessorId: idSchema, successorId: idSchema }), done),

  /** Occurrences of the plan's recurring duties in a span, each with the day it was done. */
  listOccurrences: method(
    z.strictObject({ planId: idSchema, from: isoDateSchema, to: isoDateSchema }),
    z.array(occurrenceSchema),
  ),
  setOccurrenceDone: method(
    z.strictObject({ taskId: idSchema, dueOn: isoDateSchema, doneOn: isoDateSchema.nullable() }),
    done,
  ),

  listMeetings: method(z.strictObject({ planId: idSchema }), z.array(meetingSchema)),
  addMeeting: method(
    meetingFieldsSchema.extend({ planId: idSchema, requestKey: requestKeySchema }),
    meetingSchema,
  ),
  updateMeeting: method(meetingFieldsSchema.extend({ meetingId: idSchema }), meetingSchema),
  deleteMeeting: method(z.strictObject({ meetingId: idSchema }), done),
  addMeetingItem: method(
    z.strictObject({
      meetingId: idSchema,
      kind: z.enum(['agenda', 'conclusion']),
      text: multilineText(4000).min(1, 'Chưa nhập nội dung.'),
      taskId: idSchema.nullable(),
    }),
    meetingSchema,
  ),
  removeMeetingItem: method(z.strictObject({ itemId: idSchema }), meetingSchema),
  /** Corrects an agenda item's or a conclusion's text and the task it is about. */
  updateMeetingItem: method(
    z.strictObject({
      itemId: idSchema,
      text: z.string().trim().min(1, 'Chưa nhập nội dung.').max(4000),
      taskId: idSchema.nullable(),
    }),
    meetingSchema,
  ),
  /** Moves a meeting to another date, keeping the date it had and the reason. */
  postponeMeeting: method(
    z.strictObject({
      meetingId: idSchema,
      toDate: isoDateSchema,
      startsAt: meetingTimeSchema.nullable().optional(),
      reason: z.string().trim().max(2000).nullable(),
    }),
    meetingSchema,
  ),
  /**
   * A conclusion becomes a follow-up task in the meeting's plan (under `parentId`, or at the top level),
   * with its lead and supporting units and deadline (wording and/or day), linked to the conclusion.
   */
  createFollowUpTask: method(
    z.strictObject({
      itemId: idSchema,
      title: z.string().trim().min(1, 'Chưa nhập tên nhiệm vụ.').max(2000).optional(),
      deadline: isoDateSchema.nullable(),
      deadlineText: z.string().trim().max(500).nullable().optional(),
      leadUnitId: idSchema.nullable(),
      supportUnitIds: z.array(idSchema).max(200).optional(),
      parentId: idSchema.nullable().optional(),
    }),
    taskRefSchema,
  ),

  /** The coordination documents shipped with the app (ctr-222, qc-01, qc-02, the signing news) and whether each is loaded. */
  listShippedPlans: method(
    z.strictObject({}),
    z.array(
      z.strictObject({
        fileName: z.string(),
        code: z.string(),
        title: z.string(),
        dutyCount: z.number().int().min(0),
        loaded: z.boolean(),
      }),
    ),
  ),
  /** Loads those not yet loaded, as plans after Kế hoạch 76; not an undo step (an import). */
  loadShippedPlans: method(
    z.strictObject({}),
    z.array(
      z.strictObject({
        planId: idSchema,
        code: z.string(),
        taskCount: z.number().int().min(0),
        unitCount: z.number().int().min(0),
        warningCount: z.number().int().min(0),
      }),
    ),
  ),

  /** "Đã xem — giữ nguyên" marks of the "Cần bổ sung" list (see review-contract.ts). */
  ...reviewMethods,

  getUndoState: method(z.strictObject({}), undoStateSchema),
  undo: method(z.strictObject({}), undoStateSchema),
  redo: method(z.strictObject({}), undoStateSchema),
};
