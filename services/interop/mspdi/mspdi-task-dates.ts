/**
 * The Start, Finish and Duration each task is written with, as MS Project would schedule it on its
 * standard calendar: from the task's start by the shared rule (shared/schedule/task-start.ts) to its
 * deadline, moved onto working days. A task with no deadline is written the way MS Project writes one
 * it cannot date: one estimated day from its start. A summary spans its children.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { workingDayOnOrAfter, workingDayOnOrBefore, workingDays } from './working-calendar';

export type MspdiTaskDates = {
  start: IsoDate;
  finish: IsoDate;
  /** Working days; 0 for a milestone. */
  days: number;
  /** The dates are a guess: no deadline (MS Project's “1 day?”). */
  estimated: boolean;
};

function leafDates(task: TaskView, projectStart: IsoDate): MspdiTaskDates {
  const start = workingDayOnOrAfter(task.spanStart ?? projectStart);
  if (task.kind === 'milestone') {
    const day = task.deadline === null ? start : workingDayOnOrBefore(task.deadline);
    return { start: day, finish: day, days: 0, estimated: task.deadline === null };
  }
  if (task.deadline === null) return { start, finish: start, days: 1, estimated: true };
  const finish = workingDayOnOrBefore(task.deadline);
  // A deadline that falls before the first working day of the start still makes a one-day task.
  if (finish < start) return { start, finish: start, days: 1, estimated: false };
  return { start, finish, days: workingDays(start, finish), estimated: false };
}

/** Dates for every task of `ordered` (outline order: each parent before its subtree). */
export function mspdiTaskDates(
  ordered: readonly TaskView[],
  projectStart: IsoDate,
): Map<number, MspdiTaskDates> {
  const dates = new Map<number, MspdiTaskDates>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const task = ordered[i]!;
    const children = task.childIds.map((id) => dates.get(id)).filter((d) => d !== undefined);
    if (children.length === 0) {
      dates.set(task.id, leafDates(task, projectStart));
      continue;
    }
    let start = children[0]!.start;
    let finish = children[0]!.finish;
    for (const child of children) {
      if (child.start < start) start = child.start;
      if (child.finish > finish) finish = child.finish;
    }
    dates.set(task.id, {
      start,
      finish,
      days: workingDays(start, finish),
      estimated: children.some((c) => c.estimated),
    });
  }
  return dates;
}
