/** Which tasks each part of a report lists, read from the plan view as of the report date. */
import { type IsoDate, addDays } from '../../../shared/dates/iso-date';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/status/task-status';

/** Tasks that are work items, not headings of a group of tasks. */
export function leafTasks(view: PlanView): TaskView[] {
  return view.tasks.filter((t) => t.childIds.length === 0);
}

export const isClosed = (task: TaskView): boolean => task.status === 'done' || task.status === 'done-late';

/** Past their deadline and not finished. */
export function overdueTasks(view: PlanView): TaskView[] {
  return leafTasks(view).filter((t) => t.status === 'overdue');
}

/** Open tasks whose document gives no deadline: they must be flagged so that one is set. */
export function tasksWithoutDeadline(view: PlanView): TaskView[] {
  return leafTasks(view).filter((t) => t.deadline === null && !isClosed(t));
}

/** Open tasks due after the report date and no later than `until`. */
export function tasksDueBetween(view: PlanView, after: IsoDate, until: IsoDate): TaskView[] {
  return leafTasks(view).filter(
    (t) => t.deadline !== null && t.deadline > after && t.deadline <= until && !isClosed(t),
  );
}

/** Open tasks due within `days` after the report date. */
export function upcomingTasks(view: PlanView, days: number): TaskView[] {
  return tasksDueBetween(view, view.asOf, addDays(view.asOf, days));
}

export type StatusCount = { status: TaskStatus; count: number };

export function countByStatus(tasks: TaskView[]): StatusCount[] {
  return TASK_STATUSES.map((status) => ({ status, count: tasks.filter((t) => t.status === status).length }));
}

export type UnitTaskCounts = { unitName: string; total: number; byStatus: Record<TaskStatus, number> };

/** Work items per lead unit, in the order units first appear in the plan; unassigned ones last. */
export function countByLeadUnit(view: PlanView): UnitTaskCounts[] {
  const rows = new Map<string, UnitTaskCounts>();
  const empty = () => Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  const leaves = leafTasks(view);
  const ordered = [...leaves.filter((t) => t.lead !== null), ...leaves.filter((t) => t.lead === null)];
  for (const task of ordered) {
    const name = task.lead?.name ?? 'Chưa xác định đơn vị chủ trì';
    const row = rows.get(name) ?? { unitName: name, total: 0, byStatus: empty() };
    row.total += 1;
    row.byStatus[task.status] += 1;
    rows.set(name, row);
  }
  return [...rows.values()];
}
