import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../model/schemas';
import { recurringStatusAsOf } from './recurring-status';

const yearlyBefore15Jan: Recurrence = { frequency: 'yearly', interval: 1, month: 1, day: 14 };
const everySixMonths: Recurrence = { frequency: 'monthly', interval: 6, month: null, day: null };
const done = (dueOn: string, doneOn: string) => ({ taskId: 1, dueOn, doneOn });

describe('status of a recurring duty as of a date', () => {
  it('is under way between occurrences, and due soon in the week before one', () => {
    expect(recurringStatusAsOf(yearlyBefore15Jan, '2021-07-14', [], '2021-08-01')).toEqual({
      status: 'in-progress',
      nextDue: '2022-01-14',
    });
    expect(recurringStatusAsOf(yearlyBefore15Jan, '2021-07-14', [], '2022-01-10').status).toBe('due-soon');
  });

  it('is overdue while an earlier occurrence is not done, and back on track once it is', () => {
    expect(recurringStatusAsOf(yearlyBefore15Jan, '2021-07-14', [], '2022-02-01').status).toBe('overdue');
    const completions = [done('2022-01-14', '2022-01-12')];
    expect(recurringStatusAsOf(yearlyBefore15Jan, '2021-07-14', completions, '2022-02-01')).toEqual({
      status: 'in-progress',
      nextDue: '2023-01-14',
    });
    // Looking back before it was done, the occurrence was still open.
    expect(
      recurringStatusAsOf(yearlyBefore15Jan, '2021-07-14', [done('2022-01-14', '2022-01-20')], '2022-01-16')
        .status,
    ).toBe('overdue');
  });

  it('has not started before its anchor', () => {
    expect(recurringStatusAsOf(everySixMonths, '2021-07-14', [], '2021-07-01')).toEqual({
      status: 'not-started',
      nextDue: '2021-12-31',
    });
  });
});
