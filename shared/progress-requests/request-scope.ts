/**
 * Which tasks a unit is asked about, and which units are asked by default: the tasks it leads or
 * supports that are still open and carry work of their own (a parent's progress is its children's).
 */
import type { PlanView, TaskView } from '../plan-view/plan-view-schema';
import type { UnitRole } from '../model/schemas';
import type { RequestCandidate } from './request-schemas';

export type ScopedTask = { task: TaskView; role: UnitRole };

const isOpen = (task: TaskView) =>
  task.childIds.length === 0 &&
  task.kind !== 'meeting' &&
  task.status !== 'done' &&
  task.status !== 'done-late' &&
  task.status !== 'removed';

export function tasksForUnit(view: PlanView, unitId: number): ScopedTask[] {
  const result: ScopedTask[] = [];
  for (const task of view.tasks) {
    if (!isOpen(task)) continue;
    // Each lead of a co-led task is asked about it as its lead.
    if (task.leads.some((u) => u.id === unitId)) result.push({ task, role: 'lead' });
    else if (task.supports.some((u) => u.id === unitId)) result.push({ task, role: 'support' });
  }
  return result;
}

/** Every real unit (not "Các đơn vị có liên quan") with at least one open task, in the plan's order of units. */
export function requestCandidates(view: PlanView): RequestCandidate[] {
  return view.units
    .filter((u) => !u.isCollective)
    .map((u) => {
      const tasks = tasksForUnit(view, u.id);
      return {
        unitId: u.id,
        name: u.name,
        leadCount: tasks.filter((t) => t.role === 'lead').length,
        supportCount: tasks.filter((t) => t.role === 'support').length,
      };
    })
    .filter((c) => c.leadCount + c.supportCount > 0);
}
