/**
 * The status of a recurring duty as of a date: it has no single deadline, so it is judged by its
 * occurrences — an earlier one not yet done makes it overdue; otherwise the next one decides.
 */
import { type IsoDate, addDays } from '../dates/iso-date';
import type { Recurrence } from '../model/schemas';
import { DUE_SOON_DAYS, type TaskStatus } from '../status/task-status';
import { listOccurrences } from './list-occurrences';

export type OccurrenceCompletion = { taskId: number; dueOn: IsoDate; doneOn: IsoDate };

export type RecurringStatus = { status: TaskStatus; nextDue: IsoDate | null };

export function recurringStatusAsOf(
  rule: Recurrence,
  anchor: IsoDate,
  completions: OccurrenceCompletion[],
  asOf: IsoDate,
): RecurringStatus {
  if (anchor > asOf) {
    return {
      status: 'not-started',
      nextDue: listOccurrences(rule, anchor, { from: anchor, to: addDays(anchor, 800) })[0] ?? null,
    };
  }
  const doneBy = new Map(completions.map((c) => [c.dueOn, c.doneOn]));
  const isDone = (due: IsoDate) => {
    const doneOn = doneBy.get(due);
    return doneOn !== undefined && doneOn <= asOf;
  };
  const past = listOccurrences(rule, anchor, { from: anchor, to: addDays(asOf, -1) });
  // Occurrences within the next period: 800 days covers a yearly duty's next due day.
  const next =
    listOccurrences(rule, anchor, { from: asOf, to: addDays(asOf, 800) }).find((d) => !isDone(d)) ?? null;
  if (past.some((due) => !isDone(due))) return { status: 'overdue', nextDue: next };
  if (next !== null && next <= addDays(asOf, DUE_SOON_DAYS)) return { status: 'due-soon', nextDue: next };
  return { status: 'in-progress', nextDue: next };
}
