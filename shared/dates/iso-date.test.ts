import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  isoParts,
  lastDayOfMonth,
  makeIsoDate,
} from './iso-date';
import { formatDisplayDate, formatDocumentDate, formatLongDate, parseDisplayDate } from './vietnamese-date';

describe('ISO dates', () => {
  it('refuses days that do not exist', () => {
    expect(makeIsoDate(2021, 2, 31)).toBeNull();
    expect(makeIsoDate(2021, 2, 29)).toBeNull();
    expect(makeIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-7-1')).toBe(false);
    expect(isIsoDate('2021-07-01')).toBe(true);
  });

  it('does day and month arithmetic across boundaries', () => {
    expect(addDays('2021-07-14', 30)).toBe('2021-08-13');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(daysBetween('2021-07-20', '2021-07-14')).toBe(-6);
    expect(lastDayOfMonth(2021, 9)).toBe('2021-09-30');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2021-07-15', 6)).toBe('2022-01-15');
  });
});

describe('isoParts', () => {
  it('reads year, month and day, and refuses anything but YYYY-MM-DD', () => {
    expect(isoParts('2021-07-14')).toEqual({ year: 2021, month: 7, day: 14 });
    expect(isoParts('0999-01-09')).toEqual({ year: 999, month: 1, day: 9 });
    for (const bad of [
      '2021-7-14',
      '2021/07/14',
      '2021-07-1x',
      ' 2021-07-14',
      '2021-07-14 ',
      '２０２１-07-14',
      '',
    ])
      expect(() => isoParts(bad)).toThrow(RangeError);
  });
});

describe('Vietnamese date wording', () => {
  it('shows dd/mm/yyyy and reads it back', () => {
    expect(formatDisplayDate('2021-07-05')).toBe('05/07/2021');
    expect(parseDisplayDate('5/7/2021')).toBe('2021-07-05');
    expect(parseDisplayDate('31/02/2021')).toBeNull();
  });

  it('writes report dates in words, padding as Nghị định 30 requires', () => {
    expect(formatLongDate('2021-07-15')).toBe('ngày 15 tháng 7 năm 2021');
    expect(formatDocumentDate('2021-03-05')).toBe('ngày 05 tháng 3 năm 2021');
    expect(formatDocumentDate('2021-02-15')).toBe('ngày 15 tháng 02 năm 2021');
    expect(formatDocumentDate('2021-12-09')).toBe('ngày 09 tháng 12 năm 2021');
  });
});
