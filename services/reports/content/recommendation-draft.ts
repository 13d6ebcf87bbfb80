/**
 * "Kiến nghị, đề xuất" drafted from the data, for the user to edit before the report is made:
 * extend or reassign what is long overdue, name a lead or a deadline where the plan gives none,
 * help where units reported difficulties. Each proposal names the tasks it is about.
 */
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { leadName } from './task-phrases';
import {
  atRiskTasks,
  daysLate,
  overdueTasks,
  tasksWithDifficulties,
  tasksWithoutDeadline,
  tasksWithoutLead,
} from './task-selections';

/** Overdue beyond this many days: propose extending the deadline or reassigning the task. */
export const LONG_OVERDUE_DAYS = 30;
/** Task numbers named in one proposal before "và … nhiệm vụ khác". */
const LISTED = 10;

function taskList(tasks: TaskView[], describe: (t: TaskView) => string = (t) => t.wbs): string {
  const named = tasks.slice(0, LISTED).map(describe).join('; ');
  const more = tasks.length - LISTED;
  return more > 0 ? `${named} và ${more} nhiệm vụ khác (chi tiết tại Phụ lục I)` : named;
}

const withLead = (view: PlanView) => (t: TaskView) =>
  `nhiệm vụ ${t.wbs} (${leadName(t) ?? 'chưa có đơn vị chủ trì'}, quá hạn ${daysLate(t, view.asOf)} ngày)`;

export function draftRecommendations(view: PlanView): string {
  const overdue = overdueTasks(view);
  const longOverdue = overdue.filter((t) => daysLate(t, view.asOf) > LONG_OVERDUE_DAYS);
  const recentOverdue = overdue.filter((t) => daysLate(t, view.asOf) <= LONG_OVERDUE_DAYS);
  const noLead = tasksWithoutLead(view);
  const noDeadline = tasksWithoutDeadline(view);
  const atRisk = atRiskTasks(view);
  const difficulties = tasksWithDifficulties(view);
  const lines: string[] = [];
  if (longOverdue.length > 0)
    lines.push(
      `Đề nghị Ban Chỉ đạo xem xét, quyết định gia hạn hoặc giao lại đơn vị chủ trì đối với ` +
        `${longOverdue.length} nhiệm vụ quá hạn trên ${LONG_OVERDUE_DAYS} ngày: ${taskList(longOverdue, withLead(view))}.`,
    );
  if (recentOverdue.length > 0)
    lines.push(
      `Đề nghị các đơn vị chủ trì khẩn trương hoàn thành ${recentOverdue.length} nhiệm vụ đã quá hạn ` +
        `(${taskList(recentOverdue)}) và báo cáo rõ nguyên nhân chậm.`,
    );
  if (atRisk.length > 0)
    lines.push(
      `Đề nghị các đơn vị chủ trì tập trung thực hiện ${atRisk.length} nhiệm vụ có nguy cơ chậm ` +
        `(${taskList(atRisk)}), bảo đảm hoàn thành đúng thời hạn.`,
    );
  if (difficulties.length > 0)
    lines.push(
      `Đề nghị Ban Chỉ đạo chỉ đạo tháo gỡ các khó khăn, vướng mắc các đơn vị đã báo cáo ` +
        `đối với ${difficulties.length} nhiệm vụ (${taskList(difficulties)}).`,
    );
  if (noLead.length > 0)
    lines.push(
      `Đề nghị Ban Chỉ đạo phân công đơn vị chủ trì đối với ${noLead.length} nhiệm vụ chưa có đơn vị chủ trì ` +
        `(${taskList(noLead)}).`,
    );
  if (noDeadline.length > 0)
    lines.push(
      `Đề nghị xác định thời hạn hoàn thành đối với ${noDeadline.length} nhiệm vụ chưa có thời hạn ` +
        `(${taskList(noDeadline)}).`,
    );
  if (lines.length === 0)
    lines.push(
      'Các nhiệm vụ đang được triển khai đúng tiến độ; đề nghị các đơn vị tiếp tục thực hiện và báo cáo kết quả theo định kỳ.',
    );
  return lines.join('\n');
}
