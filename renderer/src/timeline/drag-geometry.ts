/**
 * The dates a dragged bar now stands for, read from where it lies on the chart, to the whole day, at
 * every zoom. frappe-gantt's own dates after a drag are counted in the zoom's unit (months at "Tháng"
 * and "Quý"), so they are not used: the bar's pixels are, through the same geometry the bars are drawn
 * with (a bar runs from its start to the beginning of the day after its end).
 */
import { type IsoDate, addDays, daysBetween, makeIsoDate } from '../../../shared/dates/iso-date';
import { type ChartScale, dateToX, localDateToIso } from './chart-geometry';

/** The day whose beginning lies nearest to `x`. */
export function nearestDay(x: number, scale: ChartScale): IsoDate {
  const s = scale.start;
  const units = (x / scale.columnWidth) * scale.step;
  if (scale.unit === 'day')
    return localDateToIso(new Date(s.getFullYear(), s.getMonth(), s.getDate() + Math.round(units)));
  // Month and year zooms place day d of a month at (whole months + d/31): try the month the position
  // falls in and the one before (the last days of a month reach the next whole month).
  const months = scale.unit === 'month' ? units : units * 12;
  let best: { date: IsoDate; distance: number } | null = null;
  for (const k of [Math.floor(months) - 1, Math.floor(months)]) {
    const first = new Date(s.getFullYear(), s.getMonth() + k, 1);
    const lastDay = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
    const day = Math.min(lastDay, Math.max(1, Math.round((months - k) * 31)));
    const date = makeIsoDate(first.getFullYear(), first.getMonth() + 1, day) as IsoDate;
    const distance = Math.abs(dateToX(date, scale) - x);
    if (best === null || distance < best.distance) best = { date, distance };
  }
  return best!.date;
}

/** Start and (inclusive) end of a bar drawn from `x` over `width` pixels. */
export function barDates(x: number, width: number, scale: ChartScale): { start: IsoDate; end: IsoDate } {
  const start = nearestDay(x, scale);
  const after = nearestDay(x + width, scale);
  const end = addDays(after, -1);
  return { start, end: end < start ? start : end };
}

type Dates = { start: IsoDate; end: IsoDate };

/** Less than this is no move at all (a click, or rounding). */
const SAME_PX = 0.5;

/**
 * The dates of a bar after a drag, from its dates before and where it lies now. A bar moved whole keeps
 * its length exactly; a bar stretched by one end keeps the other; a bar not moved keeps its dates (at
 * the year zoom a pixel is two days, so dates are only read where the user changed something).
 */
export function draggedDates(before: Dates, x: number, width: number, scale: ChartScale): Dates {
  const was = barPixels(before.start, before.end, scale);
  const startMoved = Math.abs(x - was.x) >= SAME_PX;
  const endMoved = Math.abs(x + width - (was.x + was.width)) >= SAME_PX;
  if (!startMoved && !endMoved) return before;
  if (startMoved && Math.abs(width - was.width) < SAME_PX) {
    const start = nearestDay(x, scale);
    return { start, end: addDays(before.end, daysBetween(before.start, start)) };
  }
  const start = startMoved ? nearestDay(x, scale) : before.start;
  const end = endMoved ? addDays(nearestDay(x + width, scale), -1) : before.end;
  return { start, end: end < start ? start : end };
}

/** For tests and checks: the pixels a bar from `start` to `end` (inclusive) is drawn over. */
export function barPixels(start: IsoDate, end: IsoDate, scale: ChartScale): { x: number; width: number } {
  const x = dateToX(start, scale);
  return { x, width: dateToX(addDays(end, 1), scale) - x };
}
