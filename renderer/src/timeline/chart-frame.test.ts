import { describe, expect, it } from 'vitest';
import { chartPadding, rangeOf } from './chart-frame';

const bars = { start: '2021-06-10', end: '2021-07-31' };

describe('chartPadding', () => {
  it('pads days around the bars in the day view', () => {
    // The bars end on 31/07; frappe-gantt's own range ends on 01/08, so 13 more days reach 14/08.
    expect(chartPadding('Ngày', bars, bars)).toEqual(['7d', '13d']);
  });

  it('starts the week view on a Monday', () => {
    // 10/06/2021 is a Thursday; 14 days earlier is Thursday 27/05, whose Monday is 24/05: 17 days.
    expect(chartPadding('Tuần', bars, bars)).toEqual(['17d', '27d']);
  });

  it('stretches to reach today and the status date', () => {
    const [, padEnd] = chartPadding('Tháng', bars, { start: '2021-06-10', end: '2026-11-23' });
    // From August 2021 (the month after the last bar) to January 2027 (November 2026 + 2).
    expect(padEnd).toBe(`${5 * 12 + 5}m`);
  });

  it('starts the quarter view on the first month of a quarter', () => {
    // June 2021 − 3 months = March 2021, whose quarter starts in January: 5 months before June.
    expect(chartPadding('Quý', bars, bars)).toEqual(['5m', '2m']);
  });

  it('pads whole years in the year view', () => {
    expect(chartPadding('Năm', bars, { start: '2021-06-10', end: '2026-11-23' })).toEqual(['1y', '6y']);
  });

  it('pads around the bars when they already reach beyond what is wanted', () => {
    const [start, end] = chartPadding('Ngày', bars, { start: '2021-07-01', end: '2021-07-02' });
    expect(start).toBe('7d');
    expect(end).toBe('13d');
  });
});

describe('rangeOf', () => {
  it('returns the earliest and latest date', () => {
    expect(rangeOf(['2021-07-14', '2021-06-10', '2021-07-31'])).toEqual({
      start: '2021-06-10',
      end: '2021-07-31',
    });
    expect(rangeOf([])).toBeNull();
  });
});
