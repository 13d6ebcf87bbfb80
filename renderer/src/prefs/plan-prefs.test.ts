import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../filters/filter-tasks';
import { isAsOf, isScrollPlace, isTaskFilter, planPrefKey } from './plan-prefs';

describe('per-plan preferences', () => {
  it('are kept apart per plan', () => {
    expect(planPrefKey(3, 'viewMode')).not.toBe(planPrefKey(4, 'viewMode'));
  });

  it('accept only well-formed values read back from storage', () => {
    expect(isTaskFilter({ ...NO_FILTER, statuses: ['overdue'], unitId: 7 })).toBe(true);
    expect(isTaskFilter({ ...NO_FILTER, statuses: ['late-ish'] })).toBe(false);
    expect(isTaskFilter({ ...NO_FILTER, unitId: '7' })).toBe(false);
    expect(isAsOf('2021-07-20')).toBe(true);
    expect(isAsOf('20/07/2021')).toBe(false);
    expect(isScrollPlace({ leftDate: '2021-06-01', top: 120 })).toBe(true);
    expect(isScrollPlace({ leftDate: '2021-06-01', top: -5 })).toBe(false);
  });
});
