/**
 * The rules of baseline and revisions, pure: the current dates are the latest revision's, else the
 * baseline's; the baseline never moves; extensions are measured from the baseline deadline.
 */
import { type IsoDate, daysBetween } from '../dates/iso-date';
import type { DeadlinePrecision, Task } from '../model/schemas';

export type TaskDates = { start: IsoDate | null; deadline: IsoDate | null };

/** The dates in force: those of the latest revision (in the order they were recorded), else the baseline. */
export function currentDates(baseline: TaskDates, revisions: readonly TaskDates[]): TaskDates {
  const latest = revisions[revisions.length - 1];
  return latest ? { start: latest.start, deadline: latest.deadline } : { ...baseline };
}

/** A revised deadline is a day; the plan's own keeps the precision of its wording. */
export function currentPrecision(
  baselineDeadline: IsoDate | null,
  baselinePrecision: DeadlinePrecision | null,
  deadline: IsoDate | null,
): DeadlinePrecision | null {
  if (deadline === null) return null;
  return deadline === baselineDeadline ? baselinePrecision : 'day';
}

export function sameDates(a: TaskDates, b: TaskDates): boolean {
  return a.start === b.start && a.deadline === b.deadline;
}

/** Days the current deadline lies after the plan's (negative: brought forward); null when either is unknown. */
export function extensionDays(task: Pick<Task, 'deadline' | 'baselineDeadline'>): number | null {
  if (task.deadline === null || task.baselineDeadline === null) return null;
  return daysBetween(task.baselineDeadline, task.deadline);
}

export type ExtensionSummary = {
  /** Tasks whose deadline now lies after the plan's. */
  extendedCount: number;
  /** Tasks whose deadline was brought forward. */
  advancedCount: number;
  /** Total and longest extension, in days, over the extended tasks. */
  totalDays: number;
  longestDays: number;
  /** Tasks with at least one revision recorded. */
  revisedCount: number;
};

export function summarizeExtensions(
  tasks: readonly Pick<Task, 'deadline' | 'baselineDeadline' | 'revisionCount'>[],
): ExtensionSummary {
  const summary: ExtensionSummary = {
    extendedCount: 0,
    advancedCount: 0,
    totalDays: 0,
    longestDays: 0,
    revisedCount: 0,
  };
  for (const task of tasks) {
    if (task.revisionCount > 0) summary.revisedCount += 1;
    const days = extensionDays(task);
    if (days === null || days === 0) continue;
    if (days < 0) {
      summary.advancedCount += 1;
      continue;
    }
    summary.extendedCount += 1;
    summary.totalDays += days;
    summary.longestDays = Math.max(summary.longestDays, days);
  }
  return summary;
}
