/**
 * "Cần bổ sung", computed from the plan as it is now: a leaf task without a lead unit, without a
 * deadline or with one that cannot be read, without a deliverable; a top-level item left without
 * children (where a document stopped). A problem goes away when it is fixed, or when a user marked it
 * "Đã xem — giữ nguyên" with a reason. What the import noted is kept apart, as history.
 */
import type { ReviewDismissal, ReviewProblem } from '../../../shared/api/review-contract';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';

export type ReviewNote = { line: number | null; message: string };

export type TaskProblem = { problem: ReviewProblem; message: string; dismissal: ReviewDismissal | null };

export type ReviewItem = { key: string; task: TaskView; problems: TaskProblem[] };

export type ReviewList = {
  /** Tasks with at least one problem nobody marked as seen. */
  open: ReviewItem[];
  /** Problems marked "Đã xem — giữ nguyên", with their reason. */
  kept: ReviewItem[];
  /** The import's notes, per task and for the whole document: history, whether fixed or not. */
  importNotes: { task: TaskView | null; notes: ReviewNote[] }[];
};

export const PROBLEM_MESSAGES: Record<Exclude<ReviewProblem, 'unreadable-deadline'>, string> = {
  'missing-lead': 'Chưa xác định đơn vị chủ trì.',
  'missing-deadline': 'Chưa có thời hạn hoàn thành.',
  'missing-deliverable': 'Chưa ghi kết quả thực hiện (sản phẩm).',
  'empty-section': 'Mục lớn chưa có nhiệm vụ con nào (văn bản có thể đã dừng ở đây).',
};

function problemsOf(task: TaskView, sectionsHaveChildren: boolean): [ReviewProblem, string][] {
  // A task dropped from the plan asks nothing of anyone.
  if (task.childIds.length > 0 || task.status === 'removed') return [];
  if (task.parentId === null && sectionsHaveChildren)
    return [['empty-section', PROBLEM_MESSAGES['empty-section']]];
  const found: [ReviewProblem, string][] = [];
  if (task.leads.length === 0) found.push(['missing-lead', PROBLEM_MESSAGES['missing-lead']]);
  if (task.deadline === null && task.recurrence === null) {
    const wording = task.deadlineText?.trim();
    found.push(
      wording
        ? ['unreadable-deadline', `Chưa hiểu được thời hạn “${wording}”: hãy ghi rõ ngày, tháng, năm.`]
        : ['missing-deadline', PROBLEM_MESSAGES['missing-deadline']],
    );
  }
  if (task.kind !== 'milestone' && !task.deliverable?.trim())
    found.push(['missing-deliverable', PROBLEM_MESSAGES['missing-deliverable']]);
  return found;
}

export function collectReviewItems(view: PlanView, dismissals: readonly ReviewDismissal[]): ReviewList {
  const marks = new Map(dismissals.map((d) => [`${d.taskId}:${d.problem}`, d]));
  // A top-level item without children is a problem only in a plan organised in sections.
  const sectionsHaveChildren = view.tasks.some((t) => t.parentId === null && t.childIds.length > 0);
  const open: ReviewItem[] = [];
  const kept: ReviewItem[] = [];
  for (const task of view.tasks) {
    const problems = problemsOf(task, sectionsHaveChildren).map(([problem, message]) => ({
      problem,
      message,
      dismissal: marks.get(`${task.id}:${problem}`) ?? null,
    }));
    const waiting = problems.filter((p) => p.dismissal === null);
    const seen = problems.filter((p) => p.dismissal !== null);
    if (waiting.length > 0) open.push({ key: `task-${task.id}`, task, problems: waiting });
    if (seen.length > 0) kept.push({ key: `kept-${task.id}`, task, problems: seen });
  }
  const importNotes = [
    ...view.tasks
      .filter((t) => t.warnings.length > 0)
      .map((task) => ({ task, notes: task.warnings.map((w) => ({ line: w.line, message: w.message })) })),
    ...(view.planWarnings.length > 0
      ? [{ task: null, notes: view.planWarnings.map((w) => ({ line: w.line, message: w.message })) }]
      : []),
  ];
  return { open, kept, importNotes };
}

/** How many problems still wait for someone: the number on the "Cần bổ sung" button. */
export function openProblemCount(list: ReviewList): number {
  return list.open.reduce((n, item) => n + item.problems.length, 0);
}
