/**
 * MS Project's standard calendar as this export writes it (mspdi-format.ts): Monday to Friday,
 * 08:00–12:00 and 13:00–17:00. Dates a task is written with fall on its working days.
 */
import { type IsoDate, addDays, daysBetween } from '../../../shared/dates/iso-date';

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The day itself when it is a working day, else the next one (a start on Saturday is Monday's). */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The day itself when it is a working day, else the one before (a finish on Sunday is Friday's). */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** Working days between two days, both counted (0 when `to` is before `from`). */
export function workingDays(from: IsoDate, to: IsoDate): number {
  const days = daysBetween(from, to) + 1;
  if (days <= 0) return 0;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let i = weeks * 7; i < days; i++) if (isWorkingDay(addDays(from, i))) count++;
  return count;
}
