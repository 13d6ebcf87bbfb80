import { describe, expect, it } from 'vitest';
import { makePlan, makeTask, makeUnit } from '../testing/model-fixtures';
import { buildPlanView } from '../plan-view/build-plan-view';
import { requestCandidates, tasksForUnit } from './request-scope';

// Task 1 is led by Vụ Tổng hợp and Cục Công nghệ thông tin together, supported by Văn phòng.
const view = buildPlanView(
  {
    plan: makePlan(),
    tasks: [
      makeTask(1, '1', null, { deadline: '2021-09-30', sortOrder: 1 }),
      makeTask(2, '2', null, { deadline: '2021-10-31', sortOrder: 2 }),
    ],
    units: [makeUnit(1, 'Vụ Tổng hợp'), makeUnit(2, 'Cục Công nghệ thông tin'), makeUnit(3, 'Văn phòng')],
    taskUnits: [
      { taskId: 1, unitId: 1, role: 'lead' },
      { taskId: 1, unitId: 2, role: 'lead' },
      { taskId: 1, unitId: 3, role: 'support' },
      { taskId: 2, unitId: 3, role: 'lead' },
    ],
    dependencies: [],
    occurrenceCompletions: [],
    progressUpdates: [],
    warnings: [],
  },
  '2021-07-20',
);

describe('who is asked about a co-led task', () => {
  it('asks each lead about it as its lead', () => {
    expect(tasksForUnit(view, 2).map((s) => [s.task.wbs, s.role])).toEqual([['1', 'lead']]);
    expect(tasksForUnit(view, 1).map((s) => [s.task.wbs, s.role])).toEqual([['1', 'lead']]);
    expect(tasksForUnit(view, 3).map((s) => [s.task.wbs, s.role])).toEqual([
      ['1', 'support'],
      ['2', 'lead'],
    ]);
    expect(requestCandidates(view)).toEqual([
      { unitId: 1, name: 'Vụ Tổng hợp', leadCount: 1, supportCount: 0 },
      { unitId: 2, name: 'Cục Công nghệ thông tin', leadCount: 1, supportCount: 0 },
      { unitId: 3, name: 'Văn phòng', leadCount: 1, supportCount: 1 },
    ]);
  });
});
