import { describe, expect, it } from 'vitest';
import { type IsoDate, addDays, daysBetween } from '../../../shared/dates/iso-date';
import type { ChartScale } from './chart-geometry';
import { barPixels, draggedDates, nearestDay } from './drag-geometry';
import { VIEW_MODE_NAMES, modeUnit } from './view-modes';

const scaleOf = (mode: (typeof VIEW_MODE_NAMES)[number]): ChartScale => {
  const { unit, step, columnWidth } = modeUnit(mode);
  return { start: new Date(2021, 0, 1), unit, step, columnWidth };
};
const d = (s: string) => s as IsoDate;
const before = { start: d('2021-06-10'), end: d('2021-07-14') };

describe.each(VIEW_MODE_NAMES)('dragging a bar at %s', (mode) => {
  const scale = scaleOf(mode);
  // frappe-gantt rounds positions to hundredths of its unit: at "Năm" that is 3.65 days.
  const slack = mode === 'Năm' ? 2 : 0;
  const was = barPixels(before.start, before.end, scale);
  const dayPx = (days: number) => barPixels(before.start, addDays(before.start, days - 1), scale).width;

  it('keeps the dates of a bar that was not moved', () => {
    expect(draggedDates(before, was.x, was.width, scale)).toEqual(before);
    expect(draggedDates(before, was.x + 0.2, was.width, scale)).toEqual(before);
  });

  it('moves a whole bar by whole days, its length kept exactly', () => {
    const moved = draggedDates(before, was.x + dayPx(20), was.width, scale);
    expect(Math.abs(daysBetween(before.start, moved.start) - 20)).toBeLessThanOrEqual(slack);
    expect(daysBetween(moved.start, moved.end)).toBe(daysBetween(before.start, before.end));
  });

  it('stretches the end only, the start kept', () => {
    const stretched = draggedDates(before, was.x, was.width + dayPx(10), scale);
    expect(stretched.start).toBe(before.start);
    expect(Math.abs(daysBetween(before.end, stretched.end) - 10)).toBeLessThanOrEqual(slack + 1);
  });

  // At Năm positions are rounded to hundredths of a year (3.65 days): a day is read back within
  // that, at every other zoom exactly.
  it('reads every day of two years back from its position', () => {
    for (let i = 0; i < 730; i++) {
      const day = addDays(d('2021-01-01'), i);
      const read = nearestDay(barPixels(day, day, scale).x, scale);
      if (mode === 'Năm') expect(Math.abs(daysBetween(day, read))).toBeLessThanOrEqual(4);
      else expect(read).toBe(day);
    }
  });
});
