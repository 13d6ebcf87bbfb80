/** Maps calendar days to x positions: a day is a column, and a deadline's bar ends after its day. */
import { type IsoDate, addDays, addMonths, daysBetween, maxDate, minDate } from '../dates/iso-date';
import type { PlanView } from '../plan-view/plan-view-schema';
import { firstOfMonth } from './month-grid';

export type DateRange = {
  /** First day drawn: the first of a month. */
  start: IsoDate;
  /** The day after the last day drawn: the first of a month. */
  end: IsoDate;
};

/** Whole months that hold every task and the report date, so that the as-of line is always on the picture. */
export function timelineRange(view: PlanView): DateRange {
  let start = view.asOf;
  let end = view.asOf;
  for (const task of view.tasks) {
    if (task.spanStart) start = minDate(start, task.spanStart);
    if (task.spanEnd) end = maxDate(end, task.spanEnd);
  }
  return { start: firstOfMonth(start), end: addMonths(firstOfMonth(end), 1) };
}

export type Scale = {
  x0: number;
  x1: number;
  dayWidth: number;
  /** x where a day begins. */
  at(date: IsoDate): number;
  /** x where a day ends. */
  after(date: IsoDate): number;
};

export function createScale(range: DateRange, x0: number, width: number): Scale {
  const days = Math.max(1, daysBetween(range.start, range.end));
  const dayWidth = width / days;
  const at = (date: IsoDate) => x0 + Math.min(days, Math.max(0, daysBetween(range.start, date))) * dayWidth;
  return { x0, x1: x0 + width, dayWidth, at, after: (date) => at(addDays(date, 1)) };
}
