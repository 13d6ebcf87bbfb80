/** Which tasks each part of a report lists, read from the plan view as of the report date. */
import { type IsoDate, addDays, daysBetween } from '../../../shared/dates/iso-date';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { COUNTED_STATUSES, TASK_STATUSES, type TaskStatus } from '../../../shared/status/task-status';

/**
 * The tasks a report counts: every task without tasks under it, and a heading that carries its
 * own lead unit and deadline (a task in its own right, for which someone answers by a date).
 */
export function isWorkItem(task: TaskView): boolean {
  // A task dropped by a newer version of the plan is no longer work anyone reports on.
  if (task.status === 'removed') return false;
  return task.childIds.length === 0 || (task.leads.length > 0 && task.deadline !== null);
}

export function workItems(view: PlanView): TaskView[] {
  return view.tasks.filter(isWorkItem);
}

/** The same selection under its earlier name (the meeting pack reads it so). */
export const leafTasks = workItems;

export const isClosed = (task: TaskView): boolean => task.status === 'done' || task.status === 'done-late';

/** Past their deadline and not finished. */
export function overdueTasks(view: PlanView): TaskView[] {
  return workItems(view).filter((t) => t.status === 'overdue');
}

/** Open tasks whose document gives no deadline: they must be flagged so that one is set. */
export function tasksWithoutDeadline(view: PlanView): TaskView[] {
  return workItems(view).filter((t) => t.deadline === null && !isClosed(t));
}

/** Open tasks whose document names no lead unit. */
export function tasksWithoutLead(view: PlanView): TaskView[] {
  return workItems(view).filter((t) => t.leads.length === 0 && !isClosed(t));
}

/** Open tasks due after the report date and no later than `until`. */
export function tasksDueBetween(view: PlanView, after: IsoDate, until: IsoDate): TaskView[] {
  return workItems(view).filter(
    (t) => t.deadline !== null && t.deadline > after && t.deadline <= until && !isClosed(t),
  );
}

/** Open tasks due within `days` after the report date. */
export function upcomingTasks(view: PlanView, days: number): TaskView[] {
  return tasksDueBetween(view, view.asOf, addDays(view.asOf, days));
}

/** At least this share of a task's time gone before it can be judged behind. */
export const AT_RISK_MIN_ELAPSED = 0.5;
/** Behind: reported progress this many percentage points or more under the share of time gone. */
export const AT_RISK_GAP_POINTS = 30;

/** The share of the time from start to deadline gone by `asOf` (0–1), or null without both dates. */
export function elapsedShare(task: TaskView, asOf: IsoDate): number | null {
  if (task.spanStart === null || task.deadline === null || task.deadline <= task.spanStart) return null;
  const share = daysBetween(task.spanStart, asOf) / daysBetween(task.spanStart, task.deadline);
  return Math.max(0, Math.min(1, share));
}

/**
 * Open, not yet overdue, and well behind: at least half its time gone and its reported progress
 * AT_RISK_GAP_POINTS or more under the share of time gone ("có nguy cơ chậm").
 */
export function atRiskTasks(view: PlanView): TaskView[] {
  return workItems(view).filter((t) => {
    if (isClosed(t) || t.status === 'overdue') return false;
    const share = elapsedShare(t, view.asOf);
    return share !== null && share >= AT_RISK_MIN_ELAPSED && t.progress + AT_RISK_GAP_POINTS <= share * 100;
  });
}

/** Open tasks whose latest report names a difficulty. */
export function tasksWithDifficulties(view: PlanView): TaskView[] {
  return workItems(view).filter((t) => !isClosed(t) && (t.latestUpdate?.difficulties?.trim() ?? '') !== '');
}

export const NO_LEAD_GROUP = 'Chưa xác định đơn vị chủ trì';

export type UnitGroup = { unitName: string; tasks: TaskView[] };

/**
 * Tasks by lead unit, in the order units first appear among them; tasks without a lead last. A co-led
 * task is in the group of each of its leads: each answers for it.
 */
export function groupByLeadUnit(tasks: TaskView[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  const add = (name: string, task: TaskView) => {
    const group = groups.get(name) ?? { unitName: name, tasks: [] };
    group.tasks.push(task);
    groups.set(name, group);
  };
  for (const task of tasks) for (const lead of task.leads) add(lead.name, task);
  for (const task of tasks) if (task.leads.length === 0) add(NO_LEAD_GROUP, task);
  return [...groups.values()];
}

/** Days past the deadline as of `asOf` (0 without a deadline). */
export function daysLate(task: TaskView, asOf: IsoDate): number {
  return task.deadline === null ? 0 : Math.max(0, daysBetween(task.deadline, asOf));
}

/**
 * Overdue tasks by lead unit, each unit's tasks from the most to the least days late, the units by
 * their most late task.
 */
export function overdueByUnit(view: PlanView): UnitGroup[] {
  const late = (t: TaskView) => daysLate(t, view.asOf);
  return groupByLeadUnit(overdueTasks(view))
    .map((g) => ({ ...g, tasks: [...g.tasks].sort((a, b) => late(b) - late(a)) }))
    .sort((a, b) => late(b.tasks[0]!) - late(a.tasks[0]!));
}

export type StatusCount = { status: TaskStatus; count: number };

export function countByStatus(tasks: TaskView[]): StatusCount[] {
  return COUNTED_STATUSES.map((status) => ({
    status,
    count: tasks.filter((t) => t.status === status).length,
  }));
}

export type UnitTaskCounts = { unitName: string; total: number; byStatus: Record<TaskStatus, number> };

/** Work items per lead unit (a co-led task counts for each lead), in the order units first appear; unassigned last. */
export function countByLeadUnit(view: PlanView): UnitTaskCounts[] {
  const empty = () => Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  return groupByLeadUnit(workItems(view)).map((group) => {
    const byStatus = empty();
    for (const task of group.tasks) byStatus[task.status] += 1;
    return { unitName: group.unitName, total: group.tasks.length, byStatus };
  });
}
