/** How a task is named and described in the running text and tables of a report. */
import { daysBetween } from '../../../shared/dates/iso-date';
import { formatDisplayDate, formatDocumentDate } from '../../../shared/dates/vietnamese-date';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { STATUS_LABELS } from '../../../shared/status/task-status';
import { leadsText } from '../../../shared/units/lead-units';

export const NO_DEADLINE_FLAG = 'Chưa xác định thời hạn — cần bổ sung';
export const NO_LEAD_FLAG = 'Chưa xác định đơn vị chủ trì — cần bổ sung';
export const NO_REASON = 'Chưa có báo cáo nguyên nhân';
export const NO_PROGRESS_REPORT = 'Chưa có báo cáo tiến độ';

export const percentText = (percent: number): string => `${percent}%`;

/** Every lead unit, in the one wording used everywhere ("Vụ A, Cục B (đồng chủ trì)"); null: none named. */
export function leadName(task: TaskView): string | null {
  return leadsText(task.leads) || null;
}

export function supportNames(task: TaskView): string {
  return task.supports.map((u) => u.name).join('; ');
}

/** The deadline as the plan words it, with the last allowed day when the wording is not that day. */
function planDeadlineWording(task: TaskView): string | null {
  if (task.baselineDeadline === null) return task.deadlineText;
  const day = formatDisplayDate(task.baselineDeadline);
  if (task.deadlineText === null) return day;
  return task.deadlineText.includes(day) ? task.deadlineText : `${task.deadlineText} (hạn cuối ${day})`;
}

/**
 * The deadline in running text. The plan's wording is kept when it is itself written out ("Trước
 * ngày 15 tháng 7 năm 2021"), with the last allowed day; wording with a dd/mm/yyyy date gives way
 * to that day written as the body writes dates, which is the one date style of the text. A revised
 * deadline is said as such, after the plan's: the plan's wording never stands for the new day.
 */
export function deadlineInText(task: TaskView): string {
  const revised = task.revisionCount > 0 && task.deadline !== task.baselineDeadline;
  const planned = task.baselineDeadline;
  const wording =
    planned === null
      ? (task.deadlineText ?? 'chưa xác định')
      : task.deadlineText === null || /\d{1,2}\/\d{1,2}\/\d{4}/.test(task.deadlineText)
        ? formatDocumentDate(planned)
        : `${task.deadlineText} (hạn cuối ${formatDocumentDate(planned)})`;
  if (!revised) return wording;
  const now = task.deadline === null ? 'bỏ thời hạn' : `điều chỉnh đến ${formatDocumentDate(task.deadline)}`;
  return `${wording}, ${now}`;
}

/**
 * The plan's deadline; for a revised task both, named: "Theo kế hoạch: Tháng 7 năm 2021 (hạn cuối
 * 31/07/2021); điều chỉnh: 30/09/2021 (2 lần)". The plan's wording is never replaced by the new day.
 */
export function deadlineWording(task: TaskView): string | null {
  const plan = planDeadlineWording(task);
  if (task.revisionCount === 0 || task.deadline === task.baselineDeadline) return plan;
  const revised = task.deadline === null ? 'bỏ thời hạn' : formatDisplayDate(task.deadline);
  return `Theo kế hoạch: ${plan ?? 'không ghi'}; điều chỉnh: ${revised} (${task.revisionCount} lần)`;
}

export function daysOverdue(task: TaskView, asOf: string): number {
  return task.deadline === null ? 0 : daysBetween(task.deadline, asOf);
}

/** "Hoàn thành ngày 12/07/2021", "Quá hạn 12 ngày, 40%", "Đang thực hiện, 0%" (for tables). */
export function statusPhrase(task: TaskView, asOf?: string): string {
  if (task.completedOn !== null && (task.status === 'done' || task.status === 'done-late'))
    return `${STATUS_LABELS[task.status]} ngày ${formatDisplayDate(task.completedOn)}`;
  if (task.status === 'removed' && task.removedOn)
    return `${STATUS_LABELS.removed} từ ngày ${formatDisplayDate(task.removedOn)}, ${percentText(task.progress)}`;
  const late = task.status === 'overdue' && asOf !== undefined ? ` ${daysOverdue(task, asOf)} ngày` : '';
  return `${STATUS_LABELS[task.status]}${late}, ${percentText(task.progress)}`;
}

/** "“Tổ chức điều tra …”": the title in Vietnamese quotation marks, without a closing full stop. */
export function quotedTitle(task: TaskView): string {
  return `“${task.title.trim().replace(/[.;:]+$/, '')}”`;
}

/** Lowers the first letter, to run a title on inside a sentence ("về xây dựng …"). */
export function lowerFirst(text: string): string {
  const [first = '', ...rest] = [...text];
  return first.toLocaleLowerCase('vi') + rest.join('');
}
