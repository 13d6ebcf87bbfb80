import type { IsoDate } from '../dates/iso-date';
import type { PlanAmendmentRef } from '../model/plan-data-schema';
import type { Dependency, ImportWarning, Plan, ProgressUpdate, Task, TaskUnit, Unit } from '../model/schemas';
import { type OccurrenceCompletion, recurringStatusAsOf } from '../recurrence/recurring-status';
import { planStarts } from '../schedule/task-start';
import { isContinuousDuty } from '../deadline/parse-deadline';
import { type TaskStatus, taskStatusAsOf } from '../status/task-status';
import type { PlanView, TaskView, UnitRef, UnitSummary } from './plan-view-schema';

export type PlanData = {
  plan: Plan;
  tasks: Task[];
  units: Unit[];
  taskUnits: TaskUnit[];
  dependencies: Dependency[];
  warnings: ImportWarning[];
  progressUpdates: ProgressUpdate[];
  /** Occurrences of recurring duties marked done. */
  occurrenceCompletions: OccurrenceCompletion[];
  /** The documents that amended the plan, oldest first; absent where none were read. */
  amendments?: PlanAmendmentRef[];
};

type Progress = { percent: number; completedOn: IsoDate | null; latest: ProgressUpdate | null };

/**
 * Progress as of a date, read from the history (sorted by date, then entry): the latest update
 * counts, and completion is the first day of a final run at 100 %: the day the report gives as
 * the actual completion ("Hoàn thành ngày …"), else the day of the report.
 */
export function progressAsOf(sortedUpdates: ProgressUpdate[], asOf: IsoDate): Progress {
  let latest: ProgressUpdate | null = null;
  let completedOn: IsoDate | null = null;
  for (const update of sortedUpdates) {
    if (update.reportedOn > asOf) break;
    latest = update;
    completedOn = update.percent === 100 ? (completedOn ?? update.completedOn ?? update.reportedOn) : null;
  }
  return { percent: latest?.percent ?? 0, completedOn, latest };
}

/**
 * For a parent: the most urgent open child decides; all closed children make it closed. A child with no
 * deadline does not hide that its siblings are under way: it is flagged in "Cần bổ sung" instead.
 */
const URGENCY: TaskStatus[] = [
  'overdue',
  'due-soon',
  'in-progress',
  'not-started',
  'deadline-unknown',
  'done-late',
  'done',
];

const URGENCY_RANK = new Map<TaskStatus, number>(URGENCY.map((status, rank) => [status, rank]));

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const NONE: readonly never[] = [];

const isRemoved = (task: Task): boolean => task.removedOn !== null && task.removedOn !== undefined;

/** An array of small integers (plain: typed arrays cost more to allocate than this loop needs). */
function filled(length: number, value: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i++) array.push(value);
  return array;
}

/** {@link progressAsOf} of no updates. */
const NO_PROGRESS: Progress = { percent: 0, completedOn: null, latest: null };

function warningViews(warnings: readonly ImportWarning[] = NONE): TaskView['warnings'] {
  return warnings.map((w) => ({ line: w.line, message: w.message }));
}

function dependsOnViews(dependencies: readonly Dependency[] = NONE): TaskView['dependsOn'] {
  return dependencies.map((d) => ({ taskId: d.predecessorId, lagDays: d.lagDays }));
}

/** The tasks by sort order, then WBS (a copy); a plan read from the database is in that order already. */
function inPlanOrder(tasks: readonly Task[]): Task[] {
  for (let i = 1; i < tasks.length; i++) {
    const a = tasks[i - 1]!;
    const b = tasks[i]!;
    if (a.sortOrder > b.sortOrder || (a.sortOrder === b.sortOrder && compareWbs(a.wbs, b.wbs) > 0))
      return [...tasks].sort((x, y) => x.sortOrder - y.sortOrder || compareWbs(x.wbs, y.wbs));
  }
  return [...tasks];
}

export function compareWbs(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The status of a task with no completion and no recurrence depends on its start and deadline only:
 * within one view each pair is judged once (parsing the dates dominated the view, and plans repeat
 * those pairs a lot).
 */
function statusMemo(asOf: IsoDate): (start: IsoDate | null, deadline: IsoDate | null) => TaskStatus {
  const byDeadline = new Map<IsoDate | null, Map<IsoDate | null, TaskStatus>>();
  return (start, deadline) => {
    let byStart = byDeadline.get(deadline);
    if (byStart === undefined) {
      byStart = new Map();
      byDeadline.set(deadline, byStart);
    }
    let status = byStart.get(start);
    if (status === undefined) {
      status = taskStatusAsOf({ start, deadline, completedOn: null }, asOf);
      byStart.set(start, status);
    }
    return status;
  };
}

export function buildPlanView(data: PlanData, asOf: IsoDate): PlanView {
  // Units by id (the last of a repeated id wins), each with one reference shared by every task that
  // names it: the view is rebuilt on every status-date change, at thousands of tasks and links.
  const unitIndexById = new Map<number, number>();
  const refs: UnitRef[] = [];
  for (let index = 0; index < data.units.length; index++) {
    const unit = data.units[index]!;
    unitIndexById.set(unit.id, index);
    refs.push({ id: unit.id, name: unit.name, color: unit.color, isCollective: unit.isCollective });
  }

  // Tasks in plan order; everything per task below is indexed by the position in that order.
  const ordered = inPlanOrder(data.tasks);
  const count = ordered.length;
  const indexById = new Map<number, number>();
  for (let index = 0; index < count; index++) indexById.set(ordered[index]!.id, index);
  // Children in plan order, as linked lists (no array per task until the view's own `childIds`).
  const firstChild = filled(count, -1);
  const lastChild = filled(count, -1);
  const nextSibling = filled(count, -1);
  const parentIndex = filled(count, -1);
  for (let i = 0; i < count; i++) {
    const parentId = ordered[i]!.parentId;
    if (parentId === null) continue;
    const parent = indexById.get(parentId);
    if (parent === undefined) continue;
    parentIndex[i] = parent;
    if (lastChild[parent] === -1) firstChild[parent] = i;
    else nextSibling[lastChild[parent]!] = i;
    lastChild[parent] = i;
  }

  // Per task: its lead units and its support units, each in link order (a unit not in the plan's list
  // is left out); per unit: how many links of each role it has.
  const leadsOf: (UnitRef[] | undefined)[] = new Array<UnitRef[] | undefined>(count);
  const supportsOf: (UnitRef[] | undefined)[] = new Array<UnitRef[] | undefined>(count);
  const leadCounts = filled(data.units.length, 0);
  const supportCounts = filled(data.units.length, 0);
  const linkTasks = filled(data.taskUnits.length, 0);
  for (let k = 0; k < data.taskUnits.length; k++) {
    const link = data.taskUnits[k]!;
    const unit = unitIndexById.get(link.unitId);
    const task = indexById.get(link.taskId);
    linkTasks[k] = task ?? -1;
    // A task dropped from the plan still shows its units, but they no longer answer for it.
    const counted = task === undefined || !isRemoved(ordered[task]!);
    if (link.role === 'lead') {
      if (unit === undefined) continue;
      if (counted) leadCounts[unit]!++;
      if (task === undefined) continue;
      const leads = leadsOf[task];
      if (leads) leads.push(refs[unit]!);
      else leadsOf[task] = [refs[unit]!];
    } else if (link.role === 'support') {
      if (unit === undefined) continue;
      if (counted) supportCounts[unit]!++;
      if (task === undefined) continue;
      const supports = supportsOf[task];
      if (supports) supports.push(refs[unit]!);
      else supportsOf[task] = [refs[unit]!];
    }
  }
  const warningsByTask = groupBy(data.warnings, (w) => w.taskId ?? 0);
  const depsBySuccessor = groupBy(data.dependencies, (d) => d.successorId);
  const completionsByTask = groupBy(data.occurrenceCompletions, (c) => c.taskId);
  const updatesByTask = groupBy(
    [...data.progressUpdates].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id - b.id),
    (u) => u.taskId,
  );
  const plainStatus = statusMemo(asOf);
  // One rule for every task's start (shared/schedule/task-start.ts): the window, reports and exports agree.
  const { starts } = planStarts(ordered, data.dependencies, data.plan.issuedOn);
  const continuousByWording = new Map<string, boolean>();
  const continuous = (wording: string | null): boolean => {
    if (wording === null) return false;
    let known = continuousByWording.get(wording);
    if (known === undefined) {
      known = isContinuousDuty(wording);
      continuousByWording.set(wording, known);
    }
    return known;
  };

  // Children before parents, so that a parent can take its span and status from them: deepest level
  // first, each level in plan order.
  const depths = filled(count, -1);
  const depthAt = (index: number): number => {
    const known = depths[index]!;
    if (known !== -1) return known;
    const parent = parentIndex[index]!;
    const depth = parent === -1 ? 0 : depthAt(parent) + 1;
    depths[index] = depth;
    return depth;
  };
  const levels: number[][] = [];
  for (let i = 0; i < count; i++) {
    const depth = depthAt(i);
    while (levels.length <= depth) levels.push([]);
    levels[depth]!.push(i);
  }

  const views: TaskView[] = new Array<TaskView>(count);
  let overdueCount = 0;
  const noCompletions: OccurrenceCompletion[] = [];
  for (let level = levels.length - 1; level >= 0; level--) {
    for (const index of levels[level]!) {
      const task = ordered[index]!;
      const childIds: number[] = [];
      const updates = updatesByTask.size === 0 ? undefined : updatesByTask.get(task.id);
      const progress = updates === undefined ? NO_PROGRESS : progressAsOf(updates, asOf);
      let percent = progress.percent;
      const start = starts[index]!;
      const spanStart = start.date;
      let spanEnd: IsoDate | null = task.deadline;
      // A recurring duty has no single deadline: its occurrences decide, until it is closed for good.
      let status =
        task.recurrence !== null && spanStart !== null && progress.completedOn === null
          ? recurringStatusAsOf(
              task.recurrence,
              spanStart,
              completionsByTask.get(task.id) ?? noCompletions,
              asOf,
            ).status
          : progress.completedOn === null
            ? plainStatus(spanStart, task.deadline)
            : taskStatusAsOf(
                { start: spanStart, deadline: task.deadline, completedOn: progress.completedOn },
                asOf,
              );
      // A continuous duty ("Thường xuyên") has no last day by design: it is under way, not unclear.
      if (status === 'deadline-unknown' && task.recurrence === null && continuous(task.deadlineText)) {
        status = spanStart !== null && spanStart > asOf ? 'not-started' : 'in-progress';
      }
      if (firstChild[index] !== -1) {
        // For a parent: the children's end, mean progress and most urgent status (of those in force).
        let latest: IsoDate | null = null;
        let sum = 0;
        let counted = 0;
        let urgency = URGENCY.length;
        for (let c = firstChild[index]!; c !== -1; c = nextSibling[c]!) {
          const child = views[c]!;
          childIds.push(child.id);
          if (child.status === 'removed') continue;
          counted++;
          if (child.spanEnd !== null && (latest === null || child.spanEnd > latest)) latest = child.spanEnd;
          sum += child.progress;
          const rank = URGENCY_RANK.get(child.status);
          if (rank !== undefined && rank < urgency) urgency = rank;
        }
        if (task.deadline === null && latest !== null) spanEnd = latest;
        if (progress.latest === null && counted > 0) percent = Math.round(sum / counted);
        if (task.deadline === null && progress.completedOn === null)
          status = URGENCY[urgency] ?? 'deadline-unknown';
      }
      // The one decision every reader follows: a task a newer version of the plan dropped is shown, with
      // its history, but is neither counted nor late (shared/status/task-status.ts COUNTED_STATUSES).
      if (isRemoved(task)) status = 'removed';

      if (status === 'overdue') overdueCount++;
      // Every field written out: V8 takes a slow path for `{ ...task, more }` (20× slower at 5,000 tasks),
      // and one object shape for all views keeps the loop fast.
      views[index] = {
        id: task.id,
        planId: task.planId,
        parentId: task.parentId,
        wbs: task.wbs,
        title: task.title,
        kind: task.kind,
        start: task.start,
        deadline: task.deadline,
        deadlineText: task.deadlineText,
        deadlinePrecision: task.deadlinePrecision,
        recurrence: task.recurrence,
        deliverable: task.deliverable,
        notes: task.notes,
        sortOrder: task.sortOrder,
        sourceLine: task.sourceLine,
        baselineStart: task.baselineStart,
        baselineDeadline: task.baselineDeadline,
        baselinePrecision: task.baselinePrecision,
        revisionCount: task.revisionCount,
        removedOn: task.removedOn ?? null,
        depth: level,
        childIds,
        leads: leadsOf[index] ?? [],
        supports: supportsOf[index] ?? [],
        status,
        progress: percent,
        completedOn: progress.completedOn,
        latestUpdate: progress.latest,
        spanStart,
        startBasis: start.basis,
        startFromTaskId: start.fromTaskId,
        spanEnd,
        warnings: warningsByTask.size === 0 ? [] : warningViews(warningsByTask.get(task.id)),
        dependsOn: depsBySuccessor.size === 0 ? [] : dependsOnViews(depsBySuccessor.get(task.id)),
      };
    }
  }

  // Overdue tasks per unit, in the order of the links, each once.
  const lateByUnit = new Map<number, Set<number>>();
  for (let k = 0; overdueCount > 0 && k < data.taskUnits.length; k++) {
    const task = linkTasks[k]!;
    if (task === -1 || views[task]!.status !== 'overdue') continue;
    const link = data.taskUnits[k]!;
    const late = lateByUnit.get(link.unitId);
    if (late) late.add(link.taskId);
    else lateByUnit.set(link.unitId, new Set([link.taskId]));
  }
  const units: UnitSummary[] = data.units.map((unit) => {
    const index = unitIndexById.get(unit.id)!;
    const late = lateByUnit.get(unit.id);
    // Written out: a spread of the unit took longer than the rest of the summary.
    return {
      id: unit.id,
      name: unit.name,
      fullName: unit.fullName,
      agency: unit.agency,
      color: unit.color,
      isCollective: unit.isCollective,
      leadCount: leadCounts[index]!,
      supportCount: supportCounts[index]!,
      lateTaskIds: late === undefined ? [] : Array.from(late),
    };
  });

  // The plan's span: over the leaves, from the earliest start to the latest end (or start).
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  for (const t of views) {
    if (t.childIds.length > 0 || t.status === 'removed') continue;
    if (t.spanStart !== null && (start === null || t.spanStart < start)) start = t.spanStart;
    const last = t.spanEnd ?? t.spanStart;
    if (last !== null && (end === null || last > end)) end = last;
  }
  const span = start !== null && end !== null ? { start, end } : null;

  return {
    plan: data.plan,
    asOf,
    tasks: views,
    units,
    planWarnings: data.warnings.filter((w) => w.taskId === null),
    span,
    amendments: data.amendments ?? [],
  };
}
