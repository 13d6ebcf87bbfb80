import { describe, expect, it } from 'vitest';
import { defaultAsOf, describeDefaultAsOf, shortDefaultAsOf } from './default-as-of';

const span = { start: '2021-06-10', end: '2021-07-31' };

describe('defaultAsOf', () => {
  it('is today while the plan runs', () => {
    expect(defaultAsOf(span, '2021-07-01')).toEqual({ date: '2021-07-01', reason: 'today' });
    expect(defaultAsOf(span, '2021-07-31')).toEqual({ date: '2021-07-31', reason: 'today' });
  });

  it('is the end of the plan once it is over', () => {
    const chosen = defaultAsOf(span, '2026-11-23');
    expect(chosen).toEqual({ date: '2021-07-31', reason: 'plan-end' });
    expect(describeDefaultAsOf(chosen)).toBe(
      'Mặc định: ngày cuối kế hoạch — hôm nay đã qua thời gian thực hiện.',
    );
    // What the toolbar shows beside the date; the sentence above is its tooltip.
    expect(shortDefaultAsOf(chosen)).toBe('(cuối kế hoạch)');
  });

  it('is the start of a plan that has not begun', () => {
    expect(defaultAsOf(span, '2021-01-01')).toEqual({ date: '2021-06-10', reason: 'plan-start' });
    expect(shortDefaultAsOf(defaultAsOf(span, '2021-01-01'))).toBe('(đầu kế hoạch)');
  });

  it('is today for a plan with no dates', () => {
    expect(defaultAsOf(null, '2026-11-23')).toEqual({ date: '2026-11-23', reason: 'no-span' });
    expect(describeDefaultAsOf(defaultAsOf(null, '2026-11-23'))).toBe('Mặc định: hôm nay (23/11/2026).');
  });
});
