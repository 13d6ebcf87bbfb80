/** The tooltip of the "Thời hạn" cell: the wording as written, then the last day it allows. */
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { isContinuousDuty } from '../../../shared/deadline/parse-deadline';

export function deadlineTitle(task: Pick<TaskView, 'deadline' | 'deadlineText' | 'recurrence'>): string {
  const wording = task.deadlineText ?? 'Văn bản không ghi thời hạn';
  if (task.deadline !== null) return `${wording} — hạn cuối: ${formatDisplayDate(task.deadline)}`;
  if (task.recurrence !== null) return `${wording} — nhiệm vụ định kỳ`;
  if (isContinuousDuty(task.deadlineText)) return `${wording} — nhiệm vụ thường xuyên, không có hạn cuối`;
  return `${wording} — chưa xác định được ngày`;
}
