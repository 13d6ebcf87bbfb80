/**
 * Bar.compute_duration of frappe-gantt 1.2.2, for charts without ignored days (this app sets none).
 * The original steps through a bar one day at a time and allocates for every day: a summary bar of a
 * few years cost thousands of allocations at each redraw. WindowedGantt installs this one instead.
 */
import type { FrappeTaskState } from 'frappe-gantt';

/** What computeDuration reads and writes on one of frappe-gantt's (unexported) Bar objects. */
export type BarInternals = {
  task: FrappeTaskState & { actual_duration?: number; ignored_duration?: number };
  gantt: { config: { unit: string; step: number } };
  duration: number;
  actual_duration_raw: number;
  ignored_duration_raw: number;
};

/** frappe-gantt's convert_scales, from days. */
const DAYS_PER_UNIT: Record<string, number> = {
  millisecond: 1 / 86_400_000,
  second: 1 / 86_400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  month: 30,
  year: 365,
};

const calendarDay = (d: Date): number => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
const timeOfDay = (d: Date): number =>
  d.getTime() - new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** Counted from the calendar dates: the days from the start's, at its time of day, that fall before the end. */
export function computeDuration(this: BarInternals): void {
  const { _start: start, _end: end } = this.task;
  const days = Math.max(
    0,
    calendarDay(end) - calendarDay(start) + (timeOfDay(start) < timeOfDay(end) ? 1 : 0),
  );
  this.task.actual_duration = days;
  this.task.ignored_duration = 0;
  const { unit, step } = this.gantt.config;
  this.duration = days / (DAYS_PER_UNIT[unit] ?? 1) / step;
  this.actual_duration_raw = this.duration;
  this.ignored_duration_raw = 0;
}
