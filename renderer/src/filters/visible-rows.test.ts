import { describe, expect, it } from 'vitest';
import { UNIT, fixtureView } from '../testing/plan-fixture';
import { NO_FILTER } from './filter-tasks';
import {
  buildVisibleRows,
  coLeadRowKey,
  countTaskRows,
  laneRowKey,
  taskIdOfRowKey,
  taskRowKey,
} from './visible-rows';

const view = fixtureView('2021-07-20');

describe('buildVisibleRows', () => {
  const keys = (rows: ReturnType<typeof buildVisibleRows>): string[] => rows.map((r) => r.key);

  it('shows the tree, parents first and indented', () => {
    const rows = buildVisibleRows(view.tasks, {
      filter: NO_FILTER,
      collapsed: new Set(),
      groupByLead: false,
    });
    expect(rows.map((r) => (r.kind === 'task' ? `${r.task.wbs}@${r.indent}` : r.key))).toEqual([
      '1@0',
      '1.1@1',
      '1.2@1',
      '1.3@1',
      '1.4@1',
      '1.5@1',
    ]);
    expect(rows[0]).toMatchObject({ collapsible: true, collapsed: false });
  });

  it('hides the children of a collapsed parent and marks it collapsed', () => {
    const rows = buildVisibleRows(view.tasks, {
      filter: NO_FILTER,
      collapsed: new Set([taskRowKey(10)]),
      groupByLead: false,
    });
    expect(keys(rows)).toEqual(['t10']);
    expect(rows[0]).toMatchObject({ collapsed: true });
  });

  it('lists matches flat while filtering, even under a collapsed parent', () => {
    const rows = buildVisibleRows(view.tasks, {
      filter: { ...NO_FILTER, unitId: UNIT.tongHop },
      collapsed: new Set([taskRowKey(10)]),
      groupByLead: false,
    });
    expect(keys(rows)).toEqual(['t11']);
    expect(rows[0]).toMatchObject({ indent: 0, collapsible: false });
  });

  it('groups work items under each lead unit, tasks without a lead last', () => {
    const rows = buildVisibleRows(view.tasks, { filter: NO_FILTER, collapsed: new Set(), groupByLead: true });
    expect(keys(rows)).toEqual([
      'lane-1',
      't11',
      'lane-2',
      't12',
      'lane-3',
      't13',
      'lane-4',
      't14',
      'lane-none',
      't15',
    ]);
    const first = rows[0];
    expect(first).toMatchObject({
      kind: 'lane',
      taskCount: 1,
      lateCount: 1,
      spanStart: '2021-06-10',
      spanEnd: '2021-07-14',
    });
  });

  it('puts a co-led task in the lane of each lead, counted once among the tasks shown', () => {
    // 1.2 (Vụ Pháp chế …) co-led with Vụ Tổng hợp.
    const tongHop = view.tasks.find((t) => t.wbs === '1.1')!.leads[0]!;
    const tasks = view.tasks.map((t) => (t.wbs === '1.2' ? { ...t, leads: [...t.leads, tongHop] } : t));
    const rows = buildVisibleRows(tasks, { filter: NO_FILTER, collapsed: new Set(), groupByLead: true });
    expect(keys(rows)).toEqual([
      'lane-1',
      't11',
      coLeadRowKey(12, 'lane-1'),
      'lane-2',
      't12',
      'lane-3',
      't13',
      'lane-4',
      't14',
      'lane-none',
      't15',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'lane', taskCount: 2 });
    expect(countTaskRows(rows)).toBe(5);
    expect(taskIdOfRowKey(coLeadRowKey(12, 'lane-1'))).toBe(12);
  });

  it('collapses a lane to its header and drops lanes a filter empties', () => {
    const rows = buildVisibleRows(view.tasks, {
      filter: { ...NO_FILTER, statuses: ['overdue'] },
      collapsed: new Set([laneRowKey(UNIT.phapChe)]),
      groupByLead: true,
    });
    expect(keys(rows)).toEqual(['lane-1', 't11', 'lane-2', 'lane-3', 't13']);
  });
});

describe('row keys', () => {
  it('read back the task of a task row, and nothing from a lane or a malformed key', () => {
    expect(taskIdOfRowKey(taskRowKey(42))).toBe(42);
    expect(taskIdOfRowKey(laneRowKey(3))).toBeNull();
    expect(taskIdOfRowKey(laneRowKey(null))).toBeNull();
    for (const key of ['t', 't0', 't-1', 't1.5', 'tx', '42', '']) expect(taskIdOfRowKey(key)).toBeNull();
  });
});
