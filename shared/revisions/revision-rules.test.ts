import { describe, expect, it } from 'vitest';
import { currentDates, currentPrecision, extensionDays, summarizeExtensions } from './revision-rules';

describe('revision rules', () => {
  it('takes the latest revision’s dates, else the baseline’s', () => {
    const baseline = { start: null, deadline: '2021-07-31' };
    expect(currentDates(baseline, [])).toEqual(baseline);
    expect(
      currentDates(baseline, [
        { start: null, deadline: '2021-08-31' },
        { start: '2021-07-01', deadline: '2021-09-30' },
      ]),
    ).toEqual({ start: '2021-07-01', deadline: '2021-09-30' });
  });

  it('keeps the wording’s precision only while the deadline is the plan’s', () => {
    expect(currentPrecision('2021-07-31', 'month', '2021-07-31')).toBe('month');
    expect(currentPrecision('2021-07-31', 'month', '2021-08-15')).toBe('day');
    expect(currentPrecision('2021-07-31', 'month', null)).toBeNull();
  });

  it('counts extended tasks and by how many days, apart from deadlines brought forward', () => {
    const t = (baselineDeadline: string | null, deadline: string | null, revisionCount = 1) => ({
      baselineDeadline,
      deadline,
      revisionCount,
    });
    expect(extensionDays(t('2021-07-31', '2021-08-30'))).toBe(30);
    expect(
      summarizeExtensions([
        t('2021-07-31', '2021-08-30'),
        t('2021-07-14', '2021-07-24'),
        t('2021-07-14', '2021-07-10'),
        t('2021-07-14', '2021-07-14', 0),
        t(null, '2021-07-14'),
      ]),
    ).toEqual({ extendedCount: 2, advancedCount: 1, totalDays: 40, longestDays: 30, revisedCount: 4 });
  });
});
