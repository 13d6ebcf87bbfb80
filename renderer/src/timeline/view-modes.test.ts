import { describe, expect, it } from 'vitest';
import {
  VIEW_MODE_NAMES,
  decadeLabel,
  isViewModeName,
  quarterLabel,
  viewMode,
  weekLabel,
} from './view-modes';

const d = (y: number, m: number, day: number): Date => new Date(y, m - 1, day);

describe('view modes', () => {
  it('offers the five zoom levels in order', () => {
    expect(VIEW_MODE_NAMES).toEqual(['Ngày', 'Tuần', 'Tháng', 'Quý', 'Năm']);
    expect(isViewModeName('Quý')).toBe(true);
    expect(isViewModeName('Quarter')).toBe(false);
  });

  it('labels quarters "Quý I/2021" … "Quý IV/2021"', () => {
    expect(quarterLabel(d(2021, 1, 1))).toBe('Quý I/2021');
    expect(quarterLabel(d(2021, 6, 30))).toBe('Quý II/2021');
    expect(quarterLabel(d(2021, 7, 1))).toBe('Quý III/2021');
    expect(quarterLabel(d(2021, 12, 31))).toBe('Quý IV/2021');
  });

  it('builds the custom Quý mode stepping three months', () => {
    const mode = viewMode('Quý', ['1m', '3m']);
    expect(mode.step).toBe('3m');
    expect(mode.lower_text(d(2021, 4, 1), d(2021, 1, 1), 'vi')).toBe('Quý II/2021');
    expect(mode.upper_text(d(2021, 4, 1), null, 'vi')).toBe('Năm 2021');
    expect(mode.upper_text(d(2021, 4, 1), d(2021, 1, 1), 'vi')).toBe('');
    expect(mode.upper_text(d(2022, 1, 1), d(2021, 10, 1), 'vi')).toBe('Năm 2022');
  });

  it('labels weeks dd/mm–dd/mm and days under their month', () => {
    expect(weekLabel(d(2021, 6, 28))).toBe('28/06–04/07');
    const day = viewMode('Ngày', ['7d', '7d']);
    expect(day.lower_text(d(2021, 7, 5), null, 'vi')).toBe('5');
    expect(day.upper_text(d(2021, 7, 1), d(2021, 6, 30), 'vi')).toBe('Tháng 7/2021');
  });

  it('labels decades over years', () => {
    expect(decadeLabel(d(2021, 1, 1))).toBe('2020–2029');
  });

  it('returns a fresh object each time, since the chart mutates it', () => {
    const a = viewMode('Tháng', ['1m', '2m']);
    const b = viewMode('Tháng', ['1m', '2m']);
    expect(a).not.toBe(b);
    expect(a.padding).not.toBe(b.padding);
  });
});
