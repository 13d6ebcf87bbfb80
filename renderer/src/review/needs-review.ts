/**
 * "Cần bổ sung": what the import could not settle and a person should complete — warnings the
 * import attached to tasks or to the document, and tasks still missing a deadline or a lead unit.
 */
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';

export type ReviewNote = { line: number | null; message: string };

export type ReviewItem = {
  key: string;
  task: TaskView | null;
  notes: ReviewNote[];
};

export const MISSING_DEADLINE = 'Chưa có thời hạn hoàn thành.';
export const MISSING_LEAD = 'Chưa xác định đơn vị chủ trì.';

function gapsOf(task: TaskView): ReviewNote[] {
  if (task.childIds.length > 0) return [];
  // The import's own warning usually names the gap already; say it only when it does not.
  const said = (pattern: RegExp) => task.warnings.some((w) => pattern.test(w.message));
  const gaps: ReviewNote[] = [];
  if (task.deadline === null && task.recurrence === null && !said(/thời (gian|hạn)/i)) {
    gaps.push({ line: null, message: MISSING_DEADLINE });
  }
  if (task.lead === null && !said(/chủ trì/i)) gaps.push({ line: null, message: MISSING_LEAD });
  return gaps;
}

export function collectReviewItems(view: PlanView): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const task of view.tasks) {
    const notes = [...task.warnings.map((w) => ({ line: w.line, message: w.message })), ...gapsOf(task)];
    if (notes.length > 0) items.push({ key: `task-${task.id}`, task, notes });
  }
  for (const warning of view.planWarnings) {
    items.push({
      key: `plan-${warning.id}`,
      task: null,
      notes: [{ line: warning.line, message: warning.message }],
    });
  }
  return items;
}
