import type { FrappeTaskState } from 'frappe-gantt';
import { describe, expect, it } from 'vitest';
import { type BarInternals, computeDuration } from './bar-duration';

/** frappe-gantt 1.2.2's own count (Bar.compute_duration with no ignored days): one day at a time. */
function frappeDays(start: Date, end: Date): number {
  let days = 0;
  for (let d = new Date(start); d < end; d.setDate(d.getDate() + 1)) days++;
  return days;
}

function bar(start: Date, end: Date, unit: string, step = 1): BarInternals {
  return {
    task: { _start: start, _end: end } as FrappeTaskState,
    gantt: { config: { unit, step } },
    duration: Number.NaN,
    actual_duration_raw: Number.NaN,
    ignored_duration_raw: Number.NaN,
  };
}

describe('computeDuration', () => {
  it('counts the same days as frappe-gantt, for bars of a day to ten years', () => {
    const start = new Date(2021, 5, 10);
    for (const lastDay of [0, 1, 2, 29, 30, 31, 59, 365, 366, 1000, 3650]) {
      // frappe-gantt ends a bar at the end of its last day: midnight of the next.
      const end = new Date(2021, 5, 10 + lastDay + 1);
      const b = bar(start, end, 'day');
      computeDuration.call(b);
      expect(b.duration).toBe(frappeDays(start, end));
      expect(b.task.actual_duration).toBe(frappeDays(start, end));
    }
  });

  it('counts a bar with hours as frappe-gantt does', () => {
    const start = new Date(2021, 5, 10, 9);
    for (const end of [new Date(2021, 5, 12, 8), new Date(2021, 5, 12, 9), new Date(2021, 5, 12, 10)]) {
      const b = bar(start, end, 'day');
      computeDuration.call(b);
      expect(b.duration).toBe(frappeDays(start, end));
    }
  });

  it('gives the duration in the zoom’s unit: months of 30 days, years of 365, weeks as 7-day steps', () => {
    const start = new Date(2021, 0, 1);
    const end = new Date(2021, 3, 1);
    const month = bar(start, end, 'month');
    computeDuration.call(month);
    expect(month.duration).toBeCloseTo(90 / 30);
    const week = bar(start, end, 'day', 7);
    computeDuration.call(week);
    expect(week.duration).toBeCloseTo(90 / 7);
    expect(week.ignored_duration_raw).toBe(0);
    expect(week.actual_duration_raw).toBe(week.duration);
  });
});
