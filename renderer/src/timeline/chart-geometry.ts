/**
 * Where a date sits on frappe-gantt's x axis. Mirrors its own date arithmetic (local calendar,
 * months counted as whole months plus day/31) so our markers line up with its bars.
 */
import { type IsoDate, isoParts, makeIsoDate } from '../../../shared/dates/iso-date';
import type { ChartUnit } from './view-modes';

export type ChartScale = { start: Date; unit: ChartUnit; step: number; columnWidth: number };

const DAY_MS = 86_400_000;

export function isoToLocalDate(date: IsoDate): Date {
  const { year, month, day } = isoParts(date);
  return new Date(year, month - 1, day);
}

export function localDateToIso(date: Date): IsoDate {
  return makeIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate()) as IsoDate;
}

/** frappe-gantt's `date_utils.diff(a, b, unit)`. */
export function unitsBetween(a: Date, b: Date, unit: ChartUnit): number {
  const ms = a.getTime() - b.getTime() + (b.getTimezoneOffset() - a.getTimezoneOffset()) * 60_000;
  let months = (a.getFullYear() - b.getFullYear()) * 12 + (a.getMonth() - b.getMonth()) + a.getDate() / 31;
  if (a.getDate() < b.getDate()) months--;
  const value = unit === 'day' ? ms / DAY_MS : unit === 'month' ? months : months / 12;
  return Math.round(value * 100) / 100;
}

export function dateToX(date: IsoDate, scale: ChartScale): number {
  return (unitsBetween(isoToLocalDate(date), scale.start, scale.unit) / scale.step) * scale.columnWidth;
}

/** The inverse, to the day: which date a horizontal scroll position shows. */
export function xToDate(x: number, scale: ChartScale): IsoDate {
  const units = (x / scale.columnWidth) * scale.step;
  const s = scale.start;
  if (scale.unit === 'day') {
    return localDateToIso(new Date(s.getFullYear(), s.getMonth(), s.getDate() + Math.floor(units)));
  }
  const months = scale.unit === 'month' ? units : units * 12;
  const whole = Math.floor(months);
  const monthStart = new Date(s.getFullYear(), s.getMonth() + whole, 1);
  const lastDay = new Date(monthStart.getFullYear(), monthStart.getMonth() + 1, 0).getDate();
  const day = Math.min(lastDay, Math.max(1, Math.round((months - whole) * 31)));
  return localDateToIso(new Date(monthStart.getFullYear(), monthStart.getMonth(), day));
}
