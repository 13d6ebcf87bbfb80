/**
 * The rows the grid and the timeline show, in order: the task tree with collapsed branches hidden,
 * a flat list of matches while a filter is on, or swimlanes under each lead unit.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { TaskView, UnitRef } from '../../../shared/plan-view/plan-view-schema';
import { type TaskFilter, isFilterActive, taskMatcher } from './filter-tasks';

export type TaskRow = {
  kind: 'task';
  key: string;
  task: TaskView;
  /** Indentation level in the grid. */
  indent: number;
  /** True when the row can be collapsed (a parent shown in the tree). */
  collapsible: boolean;
  collapsed: boolean;
};

export type LaneRow = {
  kind: 'lane';
  key: string;
  /** null: tasks with no lead unit named. */
  unit: UnitRef | null;
  /** The lane's tasks after filtering, shown below it unless collapsed. */
  tasks: readonly TaskView[];
  taskCount: number;
  lateCount: number;
  collapsed: boolean;
  spanStart: IsoDate | null;
  spanEnd: IsoDate | null;
};

export type VisibleRow = TaskRow | LaneRow;

export type RowOptions = {
  filter: TaskFilter;
  /** Keys of collapsed parents and lanes. */
  collapsed: ReadonlySet<string>;
  groupByLead: boolean;
};

export const taskRowKey = (taskId: number): string => `t${taskId}`;

/**
 * A co-led task's row in the lane of another of its leads ("t12~lane-5"): a second row of the same
 * task, so it needs a key of its own. Its principal lead's lane has the task's own key.
 */
export const coLeadRowKey = (taskId: number, laneKey: string): string => `${taskRowKey(taskId)}~${laneKey}`;

/** The task a row key names (its own row or a co-lead's lane row), or null for a lane or any other row. */
export function taskIdOfRowKey(key: string): number | null {
  if (!key.startsWith('t')) return null;
  const cut = key.indexOf('~');
  const id = Number(key.slice(1, cut === -1 ? undefined : cut));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
export const laneRowKey = (unitId: number | null): string => `lane-${unitId ?? 'none'}`;

/** Tasks in tree order (parents before their children), robust to a parent listed after its child. */
export function treeOrder(tasks: readonly TaskView[]): { task: TaskView; depth: number }[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const out: { task: TaskView; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (task: TaskView, depth: number): void => {
    if (seen.has(task.id)) return;
    seen.add(task.id);
    out.push({ task, depth });
    for (const childId of task.childIds) {
      const child = byId.get(childId);
      if (child) visit(child, depth + 1);
    }
  };
  for (const task of tasks) if (task.parentId === null || !byId.has(task.parentId)) visit(task, 0);
  // Whatever a cycle or a dangling link left out still gets a row.
  for (const task of tasks) visit(task, task.depth);
  return out;
}

function treeRows(tasks: readonly TaskView[], collapsed: ReadonlySet<string>): TaskRow[] {
  const rows: TaskRow[] = [];
  let hiddenBelowDepth: number | null = null;
  for (const { task, depth } of treeOrder(tasks)) {
    if (hiddenBelowDepth !== null && depth > hiddenBelowDepth) continue;
    hiddenBelowDepth = null;
    const key = taskRowKey(task.id);
    const collapsible = task.childIds.length > 0;
    const isCollapsed = collapsible && collapsed.has(key);
    rows.push({ kind: 'task', key, task, indent: depth, collapsible, collapsed: isCollapsed });
    if (isCollapsed) hiddenBelowDepth = depth;
  }
  return rows;
}

/** In swimlanes a pure container ("1. Các hoạt động …") adds nothing: its children are listed. */
export function isWorkItem(task: TaskView): boolean {
  return task.childIds.length === 0 || task.leads.length > 0;
}

function earliest(dates: (IsoDate | null)[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((a, b) => (b === null ? a : a === null || b < a ? b : a), null);
}

function latest(dates: (IsoDate | null)[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((a, b) => (b === null ? a : a === null || b > a ? b : a), null);
}

function laneRows(tasks: readonly TaskView[], options: RowOptions): VisibleRow[] {
  const matches = taskMatcher(options.filter);
  const lanes = new Map<string, { unit: UnitRef | null; tasks: TaskView[] }>();
  for (const { task } of treeOrder(tasks)) {
    if (!isWorkItem(task) || !matches(task)) continue;
    // A co-led task is in the lane of each of its leads: each answers for it.
    for (const lead of task.leads.length > 0 ? task.leads : [null]) {
      const key = laneRowKey(lead?.id ?? null);
      const lane = lanes.get(key) ?? { unit: lead, tasks: [] };
      lane.tasks.push(task);
      lanes.set(key, lane);
    }
  }
  // Lanes follow the plan's own order of first appearance; tasks nobody leads come last.
  const ordered = [...lanes.entries()].sort(
    ([a], [b]) => Number(a === laneRowKey(null)) - Number(b === laneRowKey(null)),
  );
  const rows: VisibleRow[] = [];
  for (const [key, lane] of ordered) {
    const isCollapsed = options.collapsed.has(key);
    rows.push({
      kind: 'lane',
      key,
      unit: lane.unit,
      tasks: lane.tasks,
      taskCount: lane.tasks.length,
      lateCount: lane.tasks.filter((t) => t.status === 'overdue').length,
      collapsed: isCollapsed,
      spanStart: earliest(lane.tasks.map((t) => t.spanStart)),
      spanEnd: latest(lane.tasks.map((t) => t.spanEnd ?? t.spanStart)),
    });
    if (isCollapsed) continue;
    for (const task of lane.tasks) {
      const principal = (task.leads[0]?.id ?? null) === (lane.unit?.id ?? null);
      rows.push({
        kind: 'task',
        key: principal ? taskRowKey(task.id) : coLeadRowKey(task.id, key),
        task,
        indent: 0,
        collapsible: false,
        collapsed: false,
      });
    }
  }
  return rows;
}

export function buildVisibleRows(tasks: readonly TaskView[], options: RowOptions): VisibleRow[] {
  if (options.groupByLead) return laneRows(tasks, options);
  if (!isFilterActive(options.filter)) return treeRows(tasks, options.collapsed);
  // While filtering, a flat list of matches: a hidden parent must not hide a match.
  const matches = taskMatcher(options.filter);
  return treeOrder(tasks)
    .filter(({ task }) => matches(task))
    .map(({ task }) => ({
      kind: 'task' as const,
      key: taskRowKey(task.id),
      task,
      indent: 0,
      collapsible: false,
      collapsed: false,
    }));
}

/** Number of task rows (not lane headers) among the rows. */
/** Tasks shown, each once (a co-led task has a row in each of its leads' lanes). */
export function countTaskRows(rows: readonly VisibleRow[]): number {
  return new Set(rows.flatMap((row) => (row.kind === 'task' ? [row.task.id] : []))).size;
}
