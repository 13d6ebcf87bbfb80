import { describe, expect, it } from 'vitest';
import { WINDOW_STEP, holdsWindow, rowWindow } from './row-window';

const ROW = 44;
const HEADER = 98;

describe('rowWindow', () => {
  it('draws every row of a small plan', () => {
    expect(rowWindow({ top: 0, height: 900 }, 6, ROW, HEADER)).toEqual({ first: 0, last: 6 });
  });

  it('draws the rows in sight plus a margin, not the whole plan', () => {
    const win = rowWindow({ top: 0, height: 900 }, 5000, ROW, HEADER);
    expect(win.first).toBe(0);
    // 900px shows about 21 rows; the margin below is one to two steps.
    expect(win.last).toBeGreaterThanOrEqual(21 + WINDOW_STEP);
    expect(win.last).toBeLessThanOrEqual(24 + 2 * WINDOW_STEP);
  });

  it('covers every row in sight wherever the chart is scrolled', () => {
    for (let top = 0; top < 5000 * ROW; top += 997) {
      const win = rowWindow({ top, height: 700 }, 5000, ROW, HEADER);
      const firstSeen = Math.floor(Math.max(0, top - HEADER) / ROW);
      const lastSeen = Math.min(5000, Math.ceil((top + 700) / ROW));
      expect(win.first).toBeLessThanOrEqual(firstSeen);
      expect(win.last).toBeGreaterThanOrEqual(lastSeen);
    }
  });

  it('keeps the same window while scrolling less than a step, so nothing is redrawn', () => {
    const stepStart = HEADER + 3 * WINDOW_STEP * ROW;
    const a = rowWindow({ top: stepStart, height: 700 }, 5000, ROW, HEADER);
    const b = rowWindow({ top: stepStart + (WINDOW_STEP - 1) * ROW, height: 700 }, 5000, ROW, HEADER);
    const c = rowWindow({ top: stepStart + WINDOW_STEP * ROW, height: 700 }, 5000, ROW, HEADER);
    expect(holdsWindow(a, b)).toBe(true);
    expect(holdsWindow(a, c)).toBe(false);
    expect(holdsWindow(c, a)).toBe(false);
  });

  it('keeps the drawn rows when the chart only grows shorter, and draws more when it grows taller', () => {
    const tall = rowWindow({ top: 0, height: 700 }, 5000, ROW, HEADER);
    const short = rowWindow({ top: 0, height: 700 - ROW }, 5000, ROW, HEADER);
    expect(short.last).toBeLessThan(tall.last);
    expect(holdsWindow(tall, short)).toBe(true);
    expect(holdsWindow(short, tall)).toBe(false);
  });

  it('ends at the last row when scrolled to the bottom, and is empty for no rows', () => {
    expect(rowWindow({ top: 5000 * ROW, height: 700 }, 5000, ROW, HEADER).last).toBe(5000);
    expect(rowWindow({ top: 100_000_000, height: 700 }, 10, ROW, HEADER)).toEqual({ first: 0, last: 10 });
    expect(rowWindow({ top: 0, height: 700 }, 0, ROW, HEADER)).toEqual({ first: 0, last: 0 });
  });
});
