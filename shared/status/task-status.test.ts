import { describe, expect, it } from 'vitest';
import { taskStatusAsOf, type StatusInput } from './task-status';

const task = (over: Partial<StatusInput>): StatusInput => ({
  start: '2021-06-10',
  deadline: '2021-07-14',
  completedOn: null,
  ...over,
});

describe('task status as of a date', () => {
  it.each([
    ['2021-06-01', {}, 'not-started'],
    ['2021-06-10', {}, 'in-progress'],
    ['2021-07-06', {}, 'in-progress'],
    ['2021-07-07', {}, 'due-soon'],
    ['2021-07-14', {}, 'due-soon'],
    ['2021-07-15', {}, 'overdue'],
    ['2021-07-20', {}, 'overdue'],
    ['2021-07-20', { completedOn: '2021-07-10' }, 'done'],
    ['2021-07-20', { completedOn: '2021-07-14' }, 'done'],
    ['2021-07-20', { completedOn: '2021-07-16' }, 'done-late'],
    // Before the completion day the task was still open, and by then late.
    ['2021-07-15', { completedOn: '2021-07-16' }, 'overdue'],
    ['2021-07-20', { deadline: null }, 'deadline-unknown'],
    ['2021-07-20', { deadline: null, completedOn: '2021-07-01' }, 'done'],
    ['2021-06-01', { start: null }, 'in-progress'],
  ] as const)('as of %s with %o → %s', (asOf, over, expected) => {
    expect(taskStatusAsOf(task(over), asOf)).toBe(expected);
  });
});
