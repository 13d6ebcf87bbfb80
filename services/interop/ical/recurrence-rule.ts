/**
 * A recurring duty (task.recurrence) → its first due day and an RRULE (RFC 5545 §3.3.10).
 * Monthly duties fall on the last day of every n-th month, aligned on the calendar when n divides
 * the year (quarters end in March, June, September, December); yearly ones on their named day,
 * or on 31 December when the wording names none ("Hằng năm").
 */
import { ICalEventRepeatingFreq, type ICalRepeatingOptions } from 'ical-generator';
import { type IsoDate, daysInMonth, isoParts, makeIsoDate } from '../../../shared/dates/iso-date';
import type { Recurrence } from '../../../shared/model/schemas';

export type RecurringSchedule = { firstDue: IsoDate; rule: ICalRepeatingOptions };

function dayIn(year: number, month: number, day: number | null): IsoDate {
  return makeIsoDate(year, month, Math.min(day ?? 31, daysInMonth(year, month)))!;
}

/** `from`: the first day the duty can fall on (the task's start, else the plan's date of issue). */
export function recurringSchedule(recurrence: Recurrence, from: IsoDate): RecurringSchedule {
  const { year, month } = isoParts(from);
  const byMonthDay = recurrence.day ?? -1;
  if (recurrence.frequency === 'monthly') {
    const n = recurrence.interval;
    let index = year * 12 + (month - 1);
    if (12 % n === 0) while ((index % 12) % n !== n - 1) index++;
    let due = dayIn(Math.floor(index / 12), (index % 12) + 1, recurrence.day);
    if (due < from) {
      index += n;
      due = dayIn(Math.floor(index / 12), (index % 12) + 1, recurrence.day);
    }
    return { firstDue: due, rule: { freq: ICalEventRepeatingFreq.MONTHLY, interval: n, byMonthDay } };
  }
  const dueMonth = recurrence.month ?? 12;
  let due = dayIn(year, dueMonth, recurrence.day);
  if (due < from) due = dayIn(year + 1, dueMonth, recurrence.day);
  return {
    firstDue: due,
    rule: {
      freq: ICalEventRepeatingFreq.YEARLY,
      interval: recurrence.interval,
      byMonth: dueMonth,
      byMonthDay: recurrence.month === null ? 31 : byMonthDay,
    },
  };
}
