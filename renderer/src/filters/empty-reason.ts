/**
 * Why no row is shown: the plan has no tasks, or which of the active filters hides them — each named
 * with what it is set to, and whether clearing it alone would bring rows back.
 */
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { STATUS_LABELS } from '../../../shared/status/task-status';
import { type TaskFilter, filterTasks } from './filter-tasks';

export type FilterPart = 'unit' | 'statuses' | 'search';

export type EmptyReason =
  { kind: 'no-tasks' } | { kind: 'filtered'; parts: { part: FilterPart; text: string; alone: boolean }[] };

const CLEARED: Record<FilterPart, Partial<TaskFilter>> = {
  unit: { unitId: null },
  statuses: { statuses: [] },
  search: { search: '' },
};

export function emptyReason(view: PlanView, filter: TaskFilter): EmptyReason {
  if (view.tasks.length === 0) return { kind: 'no-tasks' };
  const parts: { part: FilterPart; text: string; alone: boolean }[] = [];
  const describe = (part: FilterPart): string | null => {
    if (part === 'unit' && filter.unitId !== null) {
      const name = view.units.find((u) => u.id === filter.unitId)?.name ?? 'đơn vị đã chọn';
      return `Đơn vị: ${name} (${filter.unitRole === 'lead' ? 'chủ trì' : 'chủ trì hoặc phối hợp'})`;
    }
    if (part === 'statuses' && filter.statuses.length > 0)
      return `Trạng thái: ${filter.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`;
    if (part === 'search' && filter.search.trim() !== '') return `Tìm: “${filter.search.trim()}”`;
    return null;
  };
  for (const part of ['unit', 'statuses', 'search'] as const) {
    const text = describe(part);
    if (text === null) continue;
    const alone = filterTasks(view.tasks, { ...filter, ...CLEARED[part] }).length > 0;
    parts.push({ part, text, alone });
  }
  return { kind: 'filtered', parts };
}

export const clearPart = (filter: TaskFilter, part: FilterPart): TaskFilter => ({
  ...filter,
  ...CLEARED[part],
});
