/**
 * How the window names a task's two deadlines: "Thời hạn theo kế hoạch" (the document's wording and
 * the last day it means, never changed) and "Thời hạn điều chỉnh" (the day in force, with how many
 * revisions led to it), and one revision as a line of its history.
 */
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import type { TaskRevision } from '../../../shared/revisions/revision-schema';

type Deadlines = Pick<TaskView, 'deadline' | 'deadlineText' | 'baselineDeadline' | 'revisionCount'>;

export function isRevised(task: Deadlines): boolean {
  return task.revisionCount > 0 && task.deadline !== task.baselineDeadline;
}

/** "Tháng 7 năm 2021 (31/07/2021)": the wording, then its last day when the wording is not that day already. */
export function planDeadlineLabel(task: Deadlines): string {
  const day = task.baselineDeadline ? formatDisplayDate(task.baselineDeadline) : null;
  if (task.deadlineText === null) return day ?? 'Không ghi thời hạn';
  return day && day !== task.deadlineText ? `${task.deadlineText} (${day})` : task.deadlineText;
}

/** "30/09/2021 — điều chỉnh 2 lần"; null while the plan's own deadline is in force. */
export function revisedDeadlineLabel(task: Deadlines): string | null {
  if (!isRevised(task)) return null;
  const day = task.deadline ? formatDisplayDate(task.deadline) : 'bỏ thời hạn';
  return `${day} — điều chỉnh ${task.revisionCount} lần`;
}

const KIND_NAMES: Record<TaskRevision['kind'], string> = {
  decided: 'Điều chỉnh',
  quick: 'Sửa nhanh (không ghi lý do)',
  inferred: 'Ghi nhận từ dữ liệu có sẵn',
};

const day = (d: string | null) => (d ? formatDisplayDate(d) : '—');

/** "Điều chỉnh ngày 05/08/2021: hạn 31/07/2021 → 30/09/2021; bắt đầu — → 01/07/2021". */
export function revisionSummary(r: TaskRevision): string {
  const changes: string[] = [];
  if (r.deadline !== r.previousDeadline) changes.push(`hạn ${day(r.previousDeadline)} → ${day(r.deadline)}`);
  if (r.start !== r.previousStart) changes.push(`bắt đầu ${day(r.previousStart)} → ${day(r.start)}`);
  return `${KIND_NAMES[r.kind]} ngày ${formatDisplayDate(r.decidedOn)}: ${changes.join('; ') || 'không đổi ngày'}`;
}

/** The reason and the decision, as one line; null when there is neither. */
export function revisionGrounds(r: TaskRevision): string | null {
  const parts = [
    r.reason,
    r.meetingLabel ? `Kết luận cuộc họp ${r.meetingLabel}` : null,
    r.decisionRef ? `Căn cứ: ${r.decisionRef}` : null,
  ].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(' · ') : null;
}
