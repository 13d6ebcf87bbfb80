/**
 * The contract methods for collecting progress from units, spread into the API contract: requests
 * out (letters and forms in one .zip), returned forms in (preview, then accept), the tracker and
 * the reminders. Files travel as base64 with their names; the window never passes a path.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model/schemas';
import {
  acceptResultSchema,
  acceptReturnsInputSchema,
  createRequestsInputSchema,
  generatedPackageSchema,
  previewReturnsInputSchema,
  previewReturnsSchema,
  reminderCandidateSchema,
  reminderInputSchema,
  requestCandidateSchema,
  trackedRequestSchema,
} from '../progress-requests/request-schemas';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const planAsOf = z.strictObject({ planId: idSchema, asOf: isoDateSchema });

export const progressRequestMethods = {
  /** Units a request goes to by default: those that lead or support an open task. */
  listRequestCandidates: method(planAsOf, z.array(requestCandidateSchema)),
  /** "Đề nghị báo cáo tiến độ": per unit a Công văn and the form (.xlsx and .docx), in one .zip; recorded for the tracker. */
  createProgressRequests: method(createRequestsInputSchema, generatedPackageSchema),
  /** The tracker: each request, when sent, due, answered, late (as of `asOf`). */
  listProgressRequests: method(planAsOf, z.array(trackedRequestSchema)),
  /** Returned forms read and checked, per file and per task. Writes nothing. */
  previewReturnedForms: method(previewReturnsInputSchema, previewReturnsSchema),
  /** The accepted rows become progress updates credited to their units, in one undoable step. */
  acceptReturnedForms: method(acceptReturnsInputSchema, acceptResultSchema),
  /** Units that owe an answer or lead overdue tasks as of a date. */
  listReminderCandidates: method(planAsOf, z.array(reminderCandidateSchema)),
  /** "Công văn đôn đốc", one per unit, in one .zip. */
  buildReminderLetters: method(reminderInputSchema, generatedPackageSchema),
};
