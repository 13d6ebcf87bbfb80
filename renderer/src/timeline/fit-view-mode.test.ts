import { describe, expect, it } from 'vitest';
import { fitViewMode } from './fit-view-mode';

describe('fitViewMode', () => {
  const seed = { start: '2021-06-10', end: '2021-07-31' };

  it('picks weeks for a two-month plan on a wide chart, months on a narrow one', () => {
    expect(fitViewMode(seed, 1200)).toBe('Tuần');
    expect(fitViewMode(seed, 700)).toBe('Tháng');
  });

  it('picks days for a short plan and years for a long one', () => {
    expect(fitViewMode({ start: '2021-06-10', end: '2021-06-20' }, 700)).toBe('Ngày');
    expect(fitViewMode({ start: '2021-01-01', end: '2030-12-31' }, 700)).toBe('Năm');
  });

  it('falls back to months without dates', () => {
    expect(fitViewMode(null, 700)).toBe('Tháng');
  });
});
