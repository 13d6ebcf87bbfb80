import { describe, expect, it } from 'vitest';
import { type StartTask, deriveTaskStart, planStarts } from './task-start';

const task = (
  id: number,
  parentId: number | null,
  start: string | null,
  deadline: string | null,
): StartTask => ({
  id,
  parentId,
  start,
  deadline,
});

describe('deriveTaskStart', () => {
  it('keeps a task’s own start, whatever the plan says', () => {
    expect(
      deriveTaskStart({ start: '2021-07-01', deadline: '2021-09-30' }, [
        { date: '2021-08-01', basis: 'predecessor', fromTaskId: 3 },
      ]),
    ).toEqual({ date: '2021-07-01', basis: 'stored', fromTaskId: null });
  });

  it('takes the latest bound, and on a tie the most specific reason', () => {
    const own = { start: null, deadline: '2021-12-31' };
    expect(
      deriveTaskStart(own, [
        { date: '2021-06-10', basis: 'plan', fromTaskId: null },
        { date: '2021-07-15', basis: 'parent', fromTaskId: 1 },
        { date: '2021-07-15', basis: 'predecessor', fromTaskId: 4 },
      ]),
    ).toEqual({ date: '2021-07-15', basis: 'predecessor', fromTaskId: 4 });
  });

  it('never starts after its own deadline, and falls back on the deadline alone', () => {
    expect(
      deriveTaskStart({ start: null, deadline: '2021-07-10' }, [
        { date: '2021-08-01', basis: 'predecessor', fromTaskId: 2 },
      ]),
    ).toEqual({ date: '2021-07-10', basis: 'predecessor', fromTaskId: 2 });
    expect(deriveTaskStart({ start: null, deadline: '2021-07-10' }, [])).toEqual({
      date: '2021-07-10',
      basis: 'deadline',
      fromTaskId: null,
    });
    expect(deriveTaskStart({ start: null, deadline: null }, [])).toEqual({
      date: null,
      basis: null,
      fromTaskId: null,
    });
  });
});

describe('planStarts', () => {
  // 1 (parent, own start 01/07) ─ 1.1, 1.2 (after 1.1 + 3 days); 2 (after 1, whose finish is 1.2's deadline).
  const tasks = [
    task(1, null, '2021-07-01', null),
    task(11, 1, null, '2021-07-31'),
    task(12, 1, null, '2021-09-30'),
    task(2, null, null, null),
    task(21, 2, null, '2021-12-31'),
    task(3, null, null, '2021-06-30'),
  ];
  const links = [
    { predecessorId: 11, successorId: 12, lagDays: 3 },
    { predecessorId: 1, successorId: 2, lagDays: 0 },
  ];

  it('derives each start from the plan’s issue, the parent and the predecessors’ finish', () => {
    const { starts, finishes } = planStarts(tasks, links, '2021-06-10');
    expect(Object.fromEntries(starts.map((s, i) => [tasks[i]!.id, [s.date, s.basis, s.fromTaskId]]))).toEqual(
      {
        1: ['2021-07-01', 'stored', null],
        11: ['2021-07-01', 'parent', 1],
        // The day after 31/07, plus 3 days.
        12: ['2021-08-04', 'predecessor', 11],
        // A parent without a start of its own starts with its earliest child …
        2: ['2021-10-01', 'children', null],
        // … which starts after the parent’s predecessor 1, finished when 1.2 is (30/09).
        21: ['2021-10-01', 'parent', 2],
        3: ['2021-06-10', 'plan', null],
      },
    );
    expect(finishes[0]).toBe('2021-09-30');
    expect(finishes[3]).toBe('2021-12-31');
  });

  it('gives the same starts whatever order the tasks come in', () => {
    const forward = planStarts(tasks, links, '2021-06-10').starts;
    const backward = planStarts([...tasks].reverse(), links, '2021-06-10').starts;
    expect([...backward].reverse()).toEqual(forward);
  });

  it('without an issue date, places a task with nothing else to go by at its deadline', () => {
    const { starts } = planStarts([task(5, null, null, '2022-03-31'), task(6, null, null, null)], [], null);
    expect(starts[0]).toEqual({ date: '2022-03-31', basis: 'deadline', fromTaskId: null });
    expect(starts[1]).toEqual({ date: null, basis: null, fromTaskId: null });
  });

  it('ignores a link whose predecessor has no finish, and survives a parent loop in bad data', () => {
    const { starts } = planStarts(
      [
        task(7, null, null, null),
        task(8, null, null, '2022-05-31'),
        task(9, 10, null, null),
        task(10, 9, null, null),
      ],
      [{ predecessorId: 7, successorId: 8, lagDays: 0 }],
      '2022-01-01',
    );
    expect(starts[1]).toEqual({ date: '2022-01-01', basis: 'plan', fromTaskId: null });
    expect(starts[2]?.date).toBe('2022-01-01');
  });
});
