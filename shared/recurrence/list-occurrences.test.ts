import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../deadline/parse-deadline';
import type { Recurrence } from '../model/schemas';
import { listOccurrences } from './list-occurrences';

describe('listOccurrences', () => {
  const ruleOf = (wording: string): Recurrence => {
    const r = parseDeadline(wording);
    if (!r.ok || !r.recurrence) throw new Error(wording);
    return r.recurrence;
  };

  it('lists the yearly joint plan of ctr-222 (before 15 January) from the signing date', () => {
    const rule = ruleOf('trước ngày 15 tháng 01 hằng năm');
    expect(listOccurrences(rule, '2021-07-14', { from: '2021-01-01', to: '2024-12-31' })).toEqual([
      '2022-01-14',
      '2023-01-14',
      '2024-01-14',
    ]);
  });

  it('lists the six-monthly focal-unit meetings as period ends counted from the anchor month', () => {
    const rule = ruleOf('Định kỳ 06 tháng/lần');
    expect(listOccurrences(rule, '2021-07-14', { from: '2021-01-01', to: '2023-06-30' })).toEqual([
      '2021-12-31',
      '2022-06-30',
      '2022-12-31',
      '2023-06-30',
    ]);
  });

  it('lists monthly meetings only inside the span, and nothing for an empty span', () => {
    const rule = ruleOf('hằng tháng');
    expect(listOccurrences(rule, '2018-01-01', { from: '2024-02-10', to: '2024-04-30' })).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
    expect(listOccurrences(rule, '2018-01-01', { from: '2024-05-01', to: '2024-04-01' })).toEqual([]);
  });

  it('puts a yearly review without a day on 31 December, every interval years', () => {
    const rule: Recurrence = { frequency: 'yearly', interval: 2, month: null, day: null };
    expect(listOccurrences(rule, '2021-07-14', { from: '2020-01-01', to: '2026-12-31' })).toEqual([
      '2021-12-31',
      '2023-12-31',
      '2025-12-31',
    ]);
  });

  it('lists ten years of monthly occurrences, each month once', () => {
    const rule = ruleOf('hằng tháng');
    const dates = listOccurrences(rule, '2021-01-01', { from: '2021-01-01', to: '2030-12-31' });
    expect(dates).toHaveLength(120);
    expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBe(120);
  });
});
