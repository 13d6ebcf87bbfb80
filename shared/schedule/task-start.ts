/**
 * When a task starts: the one rule the window, the reports and every export use, so a start shown in
 * one place is the start written in the others.
 *
 * A task's own start, when it has one, is its start. Otherwise it starts as soon as the plan allows,
 * the way MS Project schedules a task with no constraint: not before the plan was issued, not before
 * its parent task starts, and the day after each predecessor's finish (plus the link's lag in days).
 * The latest of these is its start; a parent with no start of its own starts with its earliest child.
 * A derived start never falls after the task's own deadline. With nothing to go by, the deadline
 * itself is the start (a one-day task), and a task with no dates at all has none.
 */
import { type IsoDate, addDays } from '../dates/iso-date';

export const START_BASES = ['stored', 'predecessor', 'parent', 'plan', 'children', 'deadline'] as const;
export type StartBasis = (typeof START_BASES)[number];

export type TaskStart = {
  date: IsoDate | null;
  /** Why the task starts then; null when it has no start. */
  basis: StartBasis | null;
  /** The predecessor or parent the start comes from (basis "predecessor" or "parent"). */
  fromTaskId: number | null;
};

/** The dates a task has of its own (stored, or after a revision its current ones). */
export type OwnDates = { start: IsoDate | null; deadline: IsoDate | null };

/** A day the task cannot start before, and why. */
export type StartBound = {
  date: IsoDate;
  basis: 'predecessor' | 'parent' | 'plan';
  fromTaskId: number | null;
};

/** When bounds fall on the same day, the most specific reason is given. */
const PRECEDENCE: Record<StartBound['basis'], number> = { predecessor: 3, parent: 2, plan: 1 };

const NO_START: TaskStart = { date: null, basis: null, fromTaskId: null };
const NO_LINKS: readonly StartLink[] = [];

/** One task's start from its own dates and the bounds the plan puts on it (see the module comment). */
export function deriveTaskStart(own: OwnDates, bounds: readonly StartBound[]): TaskStart {
  if (own.start !== null) return { date: own.start, basis: 'stored', fromTaskId: null };
  let best: StartBound | null = null;
  for (const bound of bounds) {
    if (
      best === null ||
      bound.date > best.date ||
      (bound.date === best.date && PRECEDENCE[bound.basis] > PRECEDENCE[best.basis])
    )
      best = bound;
  }
  if (best === null) {
    return own.deadline === null ? NO_START : { date: own.deadline, basis: 'deadline', fromTaskId: null };
  }
  const date = own.deadline !== null && best.date > own.deadline ? own.deadline : best.date;
  return { date, basis: best.basis, fromTaskId: best.fromTaskId };
}

/** The first day a successor may start: the day after its predecessor's finish, moved by the lag. */
export function dayAfterFinish(finish: IsoDate, lagDays: number): IsoDate {
  return addDays(finish, lagDays + 1);
}

export type StartTask = OwnDates & { id: number; parentId: number | null };
export type StartLink = { predecessorId: number; successorId: number; lagDays: number };

export type PlanStarts = {
  /** Each task's start, in the order the tasks were given. */
  starts: TaskStart[];
  /** Each task's finish (own deadline, else its children's latest finish), as links use it. */
  finishes: (IsoDate | null)[];
};

/**
 * Every task's start in a plan. Finishes come from deadlines only (bottom-up), so a start can depend on
 * any predecessor without a cycle; starts are then derived parents first, and a parent without a start
 * of its own finally takes its earliest child's.
 */
export function planStarts(
  tasks: readonly StartTask[],
  links: readonly StartLink[],
  planIssuedOn: IsoDate | null,
): PlanStarts {
  const indexById = new Map<number, number>();
  tasks.forEach((t, i) => indexById.set(t.id, i));
  const parentOf = tasks.map((t) => (t.parentId === null ? -1 : (indexById.get(t.parentId) ?? -1)));
  // Allocated only where there are some: most tasks have no children and no predecessors.
  const children: (number[] | undefined)[] = new Array<number[] | undefined>(tasks.length);
  parentOf.forEach((p, i) => {
    if (p !== -1) (children[p] ??= []).push(i);
  });

  // Parents before children: by depth, found without recursion (a parent chain may be long).
  const depth: number[] = tasks.map(() => -1);
  const levels: number[][] = [];
  const chain: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    if (depth[i] !== -1) continue;
    chain.length = 0;
    let at = i;
    // A parent loop in bad data stops at the first task seen twice (marked -2 while on the chain).
    while (at !== -1 && depth[at] === -1) {
      depth[at] = -2;
      chain.push(at);
      at = parentOf[at]!;
    }
    let d = at === -1 || depth[at]! < 0 ? -1 : depth[at]!;
    for (let k = chain.length - 1; k >= 0; k--) {
      depth[chain[k]!] = ++d;
      (levels[d] ??= []).push(chain[k]!);
    }
  }
  const topDown = levels.flat();

  const finish: (IsoDate | null)[] = tasks.map((t) => t.deadline);
  for (let k = topDown.length - 1; k >= 0; k--) {
    const i = topDown[k]!;
    const p = parentOf[i]!;
    const own = finish[i]!;
    if (p === -1 || tasks[p]!.deadline !== null || own === null) continue;
    if (finish[p] === null || own > finish[p]!) finish[p] = own;
  }

  const predecessorsOf: (StartLink[] | undefined)[] = new Array<StartLink[] | undefined>(tasks.length);
  for (const link of links) {
    const successor = indexById.get(link.successorId);
    if (successor !== undefined && indexById.has(link.predecessorId))
      (predecessorsOf[successor] ??= []).push(link);
  }

  // The start each task would have from above (plan, parent, predecessors), before its children count.
  const fromAbove: TaskStart[] = tasks.map(() => NO_START);
  const dayAfter = new Map<string, IsoDate>();
  const planBound: StartBound | null =
    planIssuedOn === null ? null : { date: planIssuedOn, basis: 'plan', fromTaskId: null };
  // The common case, no start of its own, parent or predecessor, shares one result.
  const fromPlan: TaskStart = { date: planIssuedOn, basis: 'plan', fromTaskId: null };
  for (const i of topDown) {
    const task = tasks[i]!;
    const p = parentOf[i]!;
    const parent = p === -1 ? null : fromAbove[p]!;
    // A parent placed only by its deadline says nothing about when its children start.
    const parentBounds =
      parent !== null && parent.date !== null && parent.basis !== 'deadline' && parent.basis !== 'plan';
    const predecessors = predecessorsOf[i];
    if (
      task.start === null &&
      planIssuedOn !== null &&
      !parentBounds &&
      predecessors === undefined &&
      (task.deadline === null || planIssuedOn <= task.deadline)
    ) {
      fromAbove[i] = fromPlan;
      continue;
    }
    const bounds: StartBound[] = planBound === null ? [] : [planBound];
    if (parentBounds) bounds.push({ date: parent.date!, basis: 'parent', fromTaskId: tasks[p]!.id });
    for (const link of predecessors ?? NO_LINKS) {
      const predecessorFinish = finish[indexById.get(link.predecessorId)!]!;
      if (predecessorFinish === null) continue;
      // Plans repeat the same deadlines and lags: each day after is computed once.
      const key = `${predecessorFinish}${link.lagDays}`;
      let date = dayAfter.get(key);
      if (date === undefined) {
        date = dayAfterFinish(predecessorFinish, link.lagDays);
        dayAfter.set(key, date);
      }
      bounds.push({ date, basis: 'predecessor', fromTaskId: link.predecessorId });
    }
    fromAbove[i] = deriveTaskStart(task, bounds);
  }

  const start = [...fromAbove];
  for (let k = topDown.length - 1; k >= 0; k--) {
    const i = topDown[k]!;
    const kids = children[i];
    if (tasks[i]!.start !== null || kids === undefined) continue;
    let earliest: IsoDate | null = null;
    for (const c of kids) {
      const date = start[c]!.date;
      if (date !== null && (earliest === null || date < earliest)) earliest = date;
    }
    if (earliest !== null) start[i] = { date: earliest, basis: 'children', fromTaskId: null };
  }

  return { starts: start, finishes: finish };
}
