/** Which tasks pass the user's filter: by unit (as lead, or as lead or support), status and search words. */
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import type { TaskStatus } from '../../../shared/status/task-status';
import { foldForSearch, matchesTerms, searchTerms } from './search-text';

export type UnitRoleFilter = 'lead' | 'lead-or-support';

export type TaskFilter = {
  unitId: number | null;
  unitRole: UnitRoleFilter;
  /** Empty means every status. */
  statuses: readonly TaskStatus[];
  search: string;
};

export const NO_FILTER: TaskFilter = { unitId: null, unitRole: 'lead', statuses: [], search: '' };

export function isFilterActive(filter: TaskFilter): boolean {
  return filter.unitId !== null || filter.statuses.length > 0 || searchTerms(filter.search).length > 0;
}

// Folding every field on each keystroke would be wasteful; a view's tasks are immutable objects.
const foldedTextCache = new WeakMap<TaskView, string>();

export function searchableText(task: TaskView): string {
  const cached = foldedTextCache.get(task);
  if (cached !== undefined) return cached;
  const parts = [
    task.wbs,
    task.title,
    ...task.leads.map((u) => u.name),
    ...task.supports.map((u) => u.name),
    task.deliverable ?? '',
    task.deadlineText ?? '',
    task.notes ?? '',
  ];
  const folded = foldForSearch(parts.join(' \u0001 '));
  foldedTextCache.set(task, folded);
  return folded;
}

export function involvesUnit(task: TaskView, unitId: number, role: UnitRoleFilter): boolean {
  // A co-lead leads as much as the principal lead does.
  if (task.leads.some((u) => u.id === unitId)) return true;
  return role === 'lead-or-support' && task.supports.some((u) => u.id === unitId);
}

/** A predicate for one filter, with the search words folded once. */
export function taskMatcher(filter: TaskFilter): (task: TaskView) => boolean {
  const terms = searchTerms(filter.search);
  const statuses = new Set(filter.statuses);
  return (task) =>
    (filter.unitId === null || involvesUnit(task, filter.unitId, filter.unitRole)) &&
    (statuses.size === 0 || statuses.has(task.status)) &&
    (terms.length === 0 || matchesTerms(searchableText(task), terms));
}

export function filterTasks(tasks: readonly TaskView[], filter: TaskFilter): TaskView[] {
  return tasks.filter(taskMatcher(filter));
}
