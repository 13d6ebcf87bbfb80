/** The pure rules behind editing: WBS renumbering, cycles, and occurrences of recurring duties. */
import { describe, expect, it } from 'vitest';
import { cycleClosedBy, dependantsOf } from '../../shared/editing/dependency-graph';
import { renumberWbs } from '../../shared/editing/renumber-wbs';
import { listOccurrences } from '../../shared/recurrence/list-occurrences';
import { parseDeadline } from '../../shared/deadline/parse-deadline';
import type { Recurrence } from '../../shared/model/schemas';

describe('renumberWbs', () => {
  it('numbers a tree in pre-order from sibling order, ignoring the old codes', () => {
    const numbering = renumberWbs([
      { id: 1, parentId: null, sortOrder: 1 },
      { id: 2, parentId: 1, sortOrder: 2 },
      { id: 3, parentId: 1, sortOrder: 1.5 },
      { id: 4, parentId: null, sortOrder: 0 },
      { id: 5, parentId: 3, sortOrder: 9 },
      { id: 6, parentId: 99, sortOrder: 10 },
    ]);
    expect(Object.fromEntries([...numbering].map(([id, n]) => [id, `${n.wbs}@${n.sortOrder}`]))).toEqual({
      4: '1@1',
      1: '2@2',
      3: '2.1@3',
      5: '2.1.1@4',
      2: '2.2@5',
      6: '3@6',
    });
  });

  it('survives a cycle in parent links without looping', () => {
    const n = renumberWbs([
      { id: 1, parentId: 2, sortOrder: 1 },
      { id: 2, parentId: 1, sortOrder: 2 },
    ]);
    expect(n.size).toBe(0);
  });
});

describe('dependency graph', () => {
  const links = [
    { predecessorId: 1, successorId: 2 },
    { predecessorId: 2, successorId: 3 },
    { predecessorId: 3, successorId: 4 },
  ];
  it('names the cycle a new link would close', () => {
    expect(cycleClosedBy(links, { predecessorId: 4, successorId: 2 })).toEqual([4, 2, 3, 4]);
    expect(cycleClosedBy(links, { predecessorId: 1, successorId: 4 })).toBeNull();
    expect(cycleClosedBy(links, { predecessorId: 5, successorId: 5 })).toEqual([5, 5]);
  });
  it('lists dependants nearest first', () => {
    expect(dependantsOf(links, 2)).toEqual([3, 4]);
    expect(dependantsOf(links, 4)).toEqual([]);
  });
});

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

  it('lists ten years of monthly occurrences quickly', () => {
    const rule = ruleOf('hằng tháng');
    const t0 = performance.now();
    let total = 0;
    for (let i = 0; i < 1000; i++)
      total += listOccurrences(rule, '2021-01-01', { from: '2021-01-01', to: '2030-12-31' }).length;
    const perCall = (performance.now() - t0) / 1000;
    expect(total).toBe(120_000);
    console.log(`listOccurrences, 10 years monthly: ${(perCall * 1000).toFixed(1)} µs per call`);
    expect(perCall).toBeLessThan(5);
  });
});
