/**
 * The tooltip of the "Thời hạn" cell: the wording as written, then the last day it allows; for a
 * revised task, the plan's deadline and the one in force, named as such.
 */
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { isContinuousDuty } from '../../../shared/deadline/parse-deadline';

export function deadlineTitle(
  task: Pick<TaskView, 'deadline' | 'deadlineText' | 'recurrence'> &
    Partial<Pick<TaskView, 'baselineDeadline' | 'revisionCount'>>,
): string {
  const wording = task.deadlineText ?? 'Văn bản không ghi thời hạn';
  const revisions = task.revisionCount ?? 0;
  if (revisions > 0 && task.deadline !== null && task.deadline !== task.baselineDeadline) {
    const plan = task.baselineDeadline ? ` — hạn cuối: ${formatDisplayDate(task.baselineDeadline)}` : '';
    return (
      `Thời hạn theo kế hoạch: ${wording}${plan}\n` +
      `Thời hạn điều chỉnh: ${formatDisplayDate(task.deadline)} (điều chỉnh ${revisions} lần)`
    );
  }
  if (task.deadline !== null) return `${wording} — hạn cuối: ${formatDisplayDate(task.deadline)}`;
  if (task.recurrence !== null) return `${wording} — nhiệm vụ định kỳ`;
  if (isContinuousDuty(task.deadlineText)) return `${wording} — nhiệm vụ thường xuyên, không có hạn cuối`;
  return `${wording} — chưa xác định được ngày`;
}
