import { describe, expect, it } from 'vitest';
import { fixtureView } from '../testing/plan-fixture';
import { countByStatus } from './status-counts';

describe('countByStatus', () => {
  it('counts tasks, not groups', () => {
    expect(countByStatus(fixtureView('2021-07-20').tasks)).toEqual({
      'not-started': 0,
      'in-progress': 1,
      'due-soon': 0,
      overdue: 3,
      done: 0,
      'done-late': 0,
      'deadline-unknown': 1,
      removed: 0,
    });
  });

  it('changes with the status date', () => {
    const counts = countByStatus(fixtureView('2021-07-01').tasks);
    expect(counts.overdue).toBe(0);
    // 1.4 follows 1.1 (due 14/07/2021), so on 01/07 it has not started yet.
    expect(counts['in-progress']).toBe(3);
    expect(counts['not-started']).toBe(1);
  });
});
