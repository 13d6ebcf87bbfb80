/**
 * "Cần bổ sung": the problems themselves are computed in the window from the current plan (see
 * renderer/src/review/needs-review.ts); what is stored is the user's "Đã xem — giữ nguyên" for one
 * problem of one task, with the reason. Spread into the editing contract; each mark is one undo step.
 */
import { z } from 'zod';
import { idSchema } from '../model/schemas';

/** The kinds of problem the list computes; a dismissal names one. */
export const REVIEW_PROBLEMS = [
  'missing-lead',
  'missing-deadline',
  'unreadable-deadline',
  'missing-deliverable',
  'empty-section',
] as const;
export const reviewProblemSchema = z.enum(REVIEW_PROBLEMS);
export type ReviewProblem = z.infer<typeof reviewProblemSchema>;

export const reviewDismissalSchema = z.strictObject({
  id: idSchema,
  taskId: idSchema,
  problem: reviewProblemSchema,
  reason: z.string(),
  createdAt: z.string(),
});
export type ReviewDismissal = z.infer<typeof reviewDismissalSchema>;

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const reviewMethods = {
  /** Every "Đã xem — giữ nguyên" of the plan's tasks. */
  listReviewDismissals: method(z.strictObject({ planId: idSchema }), z.array(reviewDismissalSchema)),
  dismissReviewProblem: method(
    z.strictObject({
      taskId: idSchema,
      problem: reviewProblemSchema,
      reason: z.string().trim().min(1, 'Hãy ghi lý do giữ nguyên.').max(1000),
    }),
    reviewDismissalSchema,
  ),
  /** The problem is listed again. */
  reopenReviewProblem: method(
    z.strictObject({ dismissalId: idSchema }),
    z.strictObject({ ok: z.literal(true) }),
  ),
};
