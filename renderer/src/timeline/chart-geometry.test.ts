import { describe, expect, it } from 'vitest';
import { dateToX, isoToLocalDate, localDateToIso, unitsBetween, xToDate } from './chart-geometry';

describe('chart geometry', () => {
  it('converts ISO dates to local dates and back', () => {
    expect(localDateToIso(isoToLocalDate('2021-07-14'))).toBe('2021-07-14');
  });

  it('counts days, and months as frappe-gantt does (whole months plus day/31)', () => {
    const start = new Date(2021, 5, 1);
    expect(unitsBetween(new Date(2021, 5, 11), start, 'day')).toBe(10);
    expect(unitsBetween(new Date(2021, 6, 1), start, 'month')).toBe(1.03);
    expect(unitsBetween(new Date(2022, 5, 1), start, 'year')).toBe(1);
  });

  it('places a date on the x axis and reads it back', () => {
    const day = { start: new Date(2021, 5, 3), unit: 'day' as const, step: 1, columnWidth: 36 };
    expect(dateToX('2021-06-13', day)).toBe(360);
    expect(xToDate(360, day)).toBe('2021-06-13');

    const quarter = { start: new Date(2021, 0, 1), unit: 'month' as const, step: 3, columnWidth: 150 };
    expect(xToDate(dateToX('2021-07-14', quarter), quarter)).toBe('2021-07-14');
  });
});
