import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FrappeTaskState } from 'frappe-gantt';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BarInternals, computeDuration } from './bar-duration';

/**
 * frappe-gantt's own Bar class, from the installed package's source (the package exports only its
 * Gantt): the reference computeDuration must agree with, on the same inputs.
 */
type FrappeBar = { prototype: { compute_duration(this: unknown): void } };
let FrappeBarClass: FrappeBar;

beforeAll(async () => {
  const file = path.resolve(__dirname, '../../../../node_modules/frappe-gantt/src/bar.js');
  FrappeBarClass = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: FrappeBar })
    .default;
});

function bar(start: Date, end: Date, unit: string, step = 1): BarInternals {
  return {
    task: { _start: start, _end: end } as FrappeTaskState,
    gantt: { config: { unit, step } },
    duration: Number.NaN,
    actual_duration_raw: Number.NaN,
    ignored_duration_raw: Number.NaN,
  };
}

/** The same bar measured by frappe-gantt's Bar.compute_duration (no ignored days, as this app sets none). */
function frappeBar(start: Date, end: Date, unit: string, step = 1) {
  const b = bar(start, end, unit, step);
  const withIgnored = { ...b, gantt: { config: { ...b.gantt.config, ignored_dates: [] } } };
  FrappeBarClass.prototype.compute_duration.call(withIgnored);
  return withIgnored;
}

function ours(start: Date, end: Date, unit: string, step = 1) {
  const b = bar(start, end, unit, step);
  computeDuration.call(b);
  return b;
}

const measured = (b: BarInternals) => ({
  duration: b.duration,
  actual_duration_raw: b.actual_duration_raw,
  ignored_duration_raw: b.ignored_duration_raw,
  actual_duration: b.task.actual_duration,
  ignored_duration: b.task.ignored_duration,
});

describe('computeDuration against frappe-gantt’s own Bar', () => {
  it('counts the same days for bars of a day to ten years', () => {
    const start = new Date(2021, 5, 10);
    for (const lastDay of [0, 1, 2, 29, 30, 31, 59, 365, 366, 1000, 3650]) {
      // frappe-gantt ends a bar at the end of its last day: midnight of the next.
      const end = new Date(2021, 5, 10 + lastDay + 1);
      expect(measured(ours(start, end, 'day'))).toEqual(measured(frappeBar(start, end, 'day')));
    }
  });

  it('counts a bar with hours the same way', () => {
    const start = new Date(2021, 5, 10, 9);
    for (const end of [new Date(2021, 5, 12, 8), new Date(2021, 5, 12, 9), new Date(2021, 5, 12, 10)]) {
      expect(measured(ours(start, end, 'day'))).toEqual(measured(frappeBar(start, end, 'day')));
    }
  });

  it('gives the duration in every zoom’s unit and step as frappe-gantt does', () => {
    const start = new Date(2021, 0, 1);
    const end = new Date(2021, 3, 1);
    for (const [unit, step] of [
      ['day', 1],
      ['day', 7],
      ['month', 1],
      ['month', 3],
      ['year', 1],
      ['hour', 12],
    ] as const) {
      const a = measured(ours(start, end, unit, step));
      const b = measured(frappeBar(start, end, unit, step));
      expect(a.duration).toBeCloseTo(b.duration, 9);
      expect(a.actual_duration_raw).toBeCloseTo(b.actual_duration_raw, 9);
      expect(a.ignored_duration_raw).toBe(b.ignored_duration_raw);
    }
  });
});
