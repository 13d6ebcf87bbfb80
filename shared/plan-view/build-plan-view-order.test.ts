/**
 * The plan view whatever order its data comes in, and built again and again at changing dates (the
 * window rebuilds it after every edit and every change of the status date).
 */
import { describe, expect, it } from 'vitest';
import type { TaskUnit } from '../model/schemas';
import { makePlan, makeTask, makeUnit } from '../testing/model-fixtures';
import { buildPlanView, type PlanData } from './build-plan-view';

function data(): PlanData {
  // Given out of plan order: children before their parent, a parent deeper down after its child.
  const tasks = [
    makeTask(12, '2.1.1', 11, { deadline: '2021-09-30', sortOrder: 6 }),
    makeTask(3, '1.2', 1, { deadline: '2021-07-31', sortOrder: 3 }),
    makeTask(11, '2.1', 10, { sortOrder: 5 }),
    makeTask(1, '1', null, { sortOrder: 1 }),
    makeTask(10, '2', null, { sortOrder: 4 }),
    makeTask(2, '1.1', 1, { deadline: '2021-07-14', start: '2021-08-01', sortOrder: 2 }),
  ];
  const taskUnits: TaskUnit[] = [
    { taskId: 12, unitId: 2, role: 'support' },
    { taskId: 2, unitId: 1, role: 'lead' },
    { taskId: 12, unitId: 1, role: 'support' },
    { taskId: 12, unitId: 9, role: 'lead' }, // a unit not in the plan's list
    { taskId: 12, unitId: 1, role: 'lead' }, // a second lead (co-lead): kept
    { taskId: 3, unitId: 2, role: 'support' },
  ];
  return {
    plan: makePlan(),
    tasks,
    units: [makeUnit(1, 'Vụ Tổng hợp'), makeUnit(2, 'Tổ giúp việc')],
    taskUnits,
    dependencies: [],
    occurrenceCompletions: [],
    progressUpdates: [],
    warnings: [],
  };
}

describe('plan view of data in any order', () => {
  it('keeps every lead of a co-led task in link order, and counts the task for each lead', () => {
    const base = data();
    // Task 2 ("1.1", overdue) led by Tổ giúp việc first, then Vụ Tổng hợp: the link order, not the ids.
    const taskUnits = [
      { taskId: 2, unitId: 2, role: 'lead' as const },
      ...base.taskUnits.filter((l) => l.taskId !== 2),
      { taskId: 2, unitId: 1, role: 'lead' as const },
    ];
    const view = buildPlanView({ ...base, taskUnits }, '2021-08-15');
    const task = view.tasks.find((t) => t.id === 2)!;
    expect(task.leads.map((u) => u.name)).toEqual(['Tổ giúp việc', 'Vụ Tổng hợp']);
    expect(view.units.map((u) => [u.name, u.leadCount, u.lateTaskIds.includes(2)])).toEqual([
      ['Vụ Tổng hợp', 2, true],
      ['Tổ giúp việc', 1, true],
    ]);
  });

  it('lists tasks in plan order with their depth and children, children judged before parents', () => {
    const view = buildPlanView(data(), '2021-08-15');
    expect(view.tasks.map((t) => [t.wbs, t.depth, t.childIds])).toEqual([
      ['1', 0, [2, 3]],
      ['1.1', 1, []],
      ['1.2', 1, []],
      ['2', 0, [11]],
      ['2.1', 1, [12]],
      ['2.1.1', 2, []],
    ]);
    expect(view.tasks.map((t) => t.status)).toEqual([
      'overdue',
      'overdue',
      'overdue',
      'in-progress',
      'in-progress',
      'in-progress',
    ]);
    expect(view.tasks.find((t) => t.wbs === '2')!.spanEnd).toBe('2021-09-30');
  });

  it('takes every known lead and the supports in link order, and counts links per unit', () => {
    const view = buildPlanView(data(), '2021-08-15');
    const deep = view.tasks.find((t) => t.wbs === '2.1.1')!;
    expect(deep.leads.map((u) => u.name)).toEqual(['Vụ Tổng hợp']);
    expect(deep.supports.map((u) => u.name)).toEqual(['Tổ giúp việc', 'Vụ Tổng hợp']);
    expect(view.units.map((u) => [u.name, u.leadCount, u.supportCount, u.lateTaskIds])).toEqual([
      ['Vụ Tổng hợp', 2, 1, [2]],
      ['Tổ giúp việc', 0, 2, [3]],
    ]);
    expect(view.units[0]).toEqual({
      ...makeUnit(1, 'Vụ Tổng hợp'),
      leadCount: 2,
      supportCount: 1,
      lateTaskIds: [2],
    });
  });

  it('gives each date its own statuses when built again at other dates', () => {
    const statuses = (asOf: string) => buildPlanView(data(), asOf).tasks.map((t) => t.status);
    const early = statuses('2021-07-01');
    const late = statuses('2021-10-15');
    expect(early).toEqual([
      'in-progress',
      'not-started',
      'in-progress',
      'in-progress',
      'in-progress',
      'in-progress',
    ]);
    expect(late).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'overdue', 'overdue']);
    expect(statuses('2021-07-01')).toEqual(early);
    expect(statuses('2021-10-15')).toEqual(late);
  });
});
