/**
 * How far the timeline extends beyond the bars. frappe-gantt derives its date range from the
 * tasks plus a per-mode padding; we choose that padding so the chart also covers the status date
 * and today, and so weeks start on Monday and quarters on their first month.
 */
import {
  type IsoDate,
  addDays,
  addMonths,
  daysBetween,
  isoParts,
  makeIsoDate,
} from '../../../shared/dates/iso-date';
import type { ViewModeName } from './view-modes';

export type DateRange = { start: IsoDate; end: IsoDate };

/** Margins in the mode's own unit (days, months or years). */
const MARGINS: Record<ViewModeName, { before: number; after: number }> = {
  Ngày: { before: 7, after: 14 },
  Tuần: { before: 14, after: 28 },
  Tháng: { before: 1, after: 2 },
  Quý: { before: 3, after: 3 },
  Năm: { before: 1, after: 1 },
};

const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
const later = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

function mondayOnOrBefore(date: IsoDate): IsoDate {
  const { year, month, day } = isoParts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

function firstOfMonth(date: IsoDate): IsoDate {
  const { year, month } = isoParts(date);
  return makeIsoDate(year, month, 1) as IsoDate;
}

function firstOfQuarter(date: IsoDate): IsoDate {
  const { year, month } = isoParts(date);
  return makeIsoDate(year, month - ((month - 1) % 3), 1) as IsoDate;
}

function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = isoParts(from);
  const b = isoParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

const yearOf = (date: IsoDate): number => isoParts(date).year;

/**
 * frappe-gantt's padding for a mode: `bars` is the range of the bars it is given (last day
 * inclusive), `want` the dates that must be on the chart.
 */
export function chartPadding(mode: ViewModeName, bars: DateRange, want: DateRange): [string, string] {
  const { before, after } = MARGINS[mode];
  const from = earlier(want.start, bars.start);
  const to = later(want.end, bars.end);
  // frappe-gantt ends a bar at the end of its last day, so its own range ends the day after.
  const barsEndExclusive = addDays(bars.end, 1);
  switch (mode) {
    case 'Ngày':
    case 'Tuần': {
      const shifted = addDays(from, -before);
      const start = mode === 'Tuần' ? mondayOnOrBefore(shifted) : shifted;
      const padStart = daysBetween(start, bars.start);
      const padEnd = Math.max(0, daysBetween(barsEndExclusive, addDays(to, after)));
      return [`${padStart}d`, `${padEnd}d`];
    }
    case 'Tháng':
    case 'Quý': {
      const shifted = addMonths(firstOfMonth(from), -before);
      const start = mode === 'Quý' ? firstOfQuarter(shifted) : shifted;
      const padStart = monthsBetween(start, firstOfMonth(bars.start));
      const padEnd = Math.max(
        0,
        monthsBetween(firstOfMonth(barsEndExclusive), addMonths(firstOfMonth(to), after)),
      );
      return [`${padStart}m`, `${padEnd}m`];
    }
    case 'Năm': {
      const padStart = yearOf(bars.start) - (yearOf(from) - before);
      const padEnd = Math.max(0, yearOf(to) + after - yearOf(barsEndExclusive));
      return [`${padStart}y`, `${padEnd}y`];
    }
  }
}

/** The smallest range holding every given date. */
export function rangeOf(dates: readonly IsoDate[]): DateRange | null {
  if (dates.length === 0) return null;
  let start = dates[0] as IsoDate;
  let end = start;
  for (const date of dates) {
    start = earlier(start, date);
    end = later(end, date);
  }
  return { start, end };
}
