import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../filters/filter-tasks';
import { buildVisibleRows } from '../filters/visible-rows';
import { fixtureView } from '../testing/plan-fixture';
import { barLabel, barRange, toBarSpecs } from './gantt-bars';

const view = fixtureView('2021-07-20');
const rows = buildVisibleRows(view.tasks, { filter: NO_FILTER, collapsed: new Set(), groupByLead: false });
const bars = toBarSpecs(rows, '2021-07-20');
const bar = (wbs: string) => bars.find((b) => b.wbs === wbs);

describe('toBarSpecs', () => {
  it('gives one bar per row, in row order', () => {
    expect(bars.map((b) => b.id)).toEqual(rows.map((r) => r.key));
  });

  it('draws a parent as a summary over its children', () => {
    expect(bar('1')).toMatchObject({ kind: 'summary', start: '2021-06-10', end: '2021-07-31' });
  });

  it('colours a task by its lead unit and marks it overdue', () => {
    expect(bar('1.1')).toMatchObject({
      kind: 'task',
      color: '#0072b2',
      start: '2021-06-10',
      end: '2021-07-14',
      overdue: true,
      dependencies: [],
    });
    expect(bar('1.4')).toMatchObject({ overdue: false, dependencies: ['t11'] });
  });

  it('draws a task without a deadline as a short bar from its start, without a lead colour', () => {
    // It starts the day after its predecessor 1.4 finishes (31/07/2021): the shared start rule.
    expect(bar('1.5')).toMatchObject({
      kind: 'task',
      deadlineUnknown: true,
      color: null,
      start: '2021-08-01',
      end: '2021-08-14',
      dependencies: ['t14'],
    });
  });

  it('keeps labels plain and shortened at a word boundary', () => {
    const b = bar('1.3');
    expect(b?.tooltip).toContain('<b>và</b>');
    expect(b && barLabel(b).endsWith('…')).toBe(true);
    expect(b && barLabel(b).length).toBeLessThan(b?.label.length ?? 0);
  });

  it('draws a dated meeting as a point at its deadline', () => {
    const meeting = {
      ...view.tasks[5]!,
      deadline: '2021-08-05',
      spanEnd: '2021-08-05',
      status: 'in-progress' as const,
    };
    const [point] = toBarSpecs(
      [{ kind: 'task', key: 't15', task: meeting, indent: 0, collapsible: false, collapsed: false }],
      '2021-07-20',
    );
    expect(point).toMatchObject({ kind: 'milestone', start: '2021-08-05', end: '2021-08-05' });
  });

  it('keeps a row without any date, undrawn, so later bars stay on their rows', () => {
    const undated = { ...view.tasks[5]!, spanStart: null, spanEnd: null };
    const [b] = toBarSpecs(
      [{ kind: 'task', key: 't15', task: undated, indent: 0, collapsible: false, collapsed: false }],
      '2021-07-20',
    );
    expect(b).toMatchObject({ undated: true, start: '2021-07-20', end: '2021-07-20' });
  });

  it('turns lanes into unit-coloured summary bars', () => {
    const laneRows = buildVisibleRows(view.tasks, {
      filter: NO_FILTER,
      collapsed: new Set(),
      groupByLead: true,
    });
    const specs = toBarSpecs(laneRows, '2021-07-20');
    expect(specs[0]).toMatchObject({
      kind: 'lane',
      id: 'lane-1',
      color: '#0072b2',
      overdue: true,
      label: 'Vụ Tổng hợp',
    });
    // A lane spans what its bars show, the short bar of an unknown deadline included.
    expect(specs.find((b) => b.id === 'lane-none')).toMatchObject({ start: '2021-08-01', end: '2021-08-14' });
  });

  it('gives the span of all bars without making them, lanes included', () => {
    const laneRows = buildVisibleRows(view.tasks, {
      filter: NO_FILTER,
      collapsed: new Set(),
      groupByLead: true,
    });
    for (const list of [rows, laneRows]) {
      const specs = toBarSpecs(list, '2021-07-20');
      const starts = specs.map((b) => b.start).sort();
      const ends = specs.map((b) => b.end).sort();
      expect(barRange(list, '2021-07-20')).toEqual({ start: starts[0], end: ends[ends.length - 1] });
    }
    expect(barRange([], '2021-07-20')).toBeNull();
  });

  it('keeps only dependencies whose predecessor is among the rows given', () => {
    const from14 = rows.slice(rows.findIndex((r) => r.key === 't15'));
    expect(toBarSpecs(from14, '2021-07-20').find((b) => b.wbs === '1.5')?.dependencies).toEqual([]);
  });
});

describe('baseline ghost of a revised task', () => {
  it('spans the plan’s dates under a revised bar, and nothing for a task never revised', async () => {
    const { baselineRange } = await import('./baseline-ghosts');
    const task = { revisionCount: 1, baselineStart: null, baselineDeadline: '2021-07-31', childIds: [] };
    expect(baselineRange(task, { start: '2021-07-01', end: '2021-09-30' })).toEqual({
      start: '2021-07-01',
      end: '2021-07-31',
    });
    expect(
      baselineRange({ ...task, revisionCount: 0 }, { start: '2021-07-01', end: '2021-09-30' }),
    ).toBeNull();
    // Revised, then put back where the plan had it: no ghost.
    expect(
      baselineRange({ ...task, baselineStart: '2021-07-01' }, { start: '2021-07-01', end: '2021-07-31' }),
    ).toBeNull();
  });
});
