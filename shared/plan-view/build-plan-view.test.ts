import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../default-plan/default-plan-text';
import type { ProgressUpdate, TaskUnit } from '../model/schemas';
import { makePlan, makeProgressUpdate, makeTask, makeUnit } from '../testing/model-fixtures';
import { buildPlanView, compareWbs, type PlanData } from './build-plan-view';

const task = makeTask;
const unit = makeUnit;
const update = (
  id: number,
  taskId: number,
  reportedOn: string,
  percent: number,
  achieved: string | null,
  difficulties: string | null = null,
): ProgressUpdate => makeProgressUpdate(id, taskId, reportedOn, percent, { achieved, difficulties });

function data(): PlanData {
  const tasks = [
    task(1, '1', null),
    task(2, '1.1', 1, { deadline: '2021-07-14' }),
    task(3, '1.2', 1, { deadline: '2021-07-31' }),
    task(4, '1.3', 1),
    task(5, '2', null, { deadline: '2021-12-31', start: '2021-09-01' }),
  ];
  const taskUnits: TaskUnit[] = [
    { taskId: 2, unitId: 1, role: 'lead' },
    { taskId: 2, unitId: 2, role: 'support' },
    { taskId: 3, unitId: 2, role: 'lead' },
    { taskId: 5, unitId: 1, role: 'support' },
  ];
  return {
    plan: makePlan(),
    tasks,
    units: [unit(1, 'Vụ Tổng hợp'), unit(2, 'Tổ giúp việc')],
    taskUnits,
    dependencies: [{ predecessorId: 2, successorId: 3, lagDays: 2 }],
    occurrenceCompletions: [],
    progressUpdates: [
      update(11, 3, '2021-07-10', 40, 'Đã có dự thảo'),
      update(12, 3, '2021-07-30', 100, 'Đã trình Ban Chỉ đạo'),
      update(13, 2, '2021-07-01', 30, null, 'Thiếu số liệu của các Tòa án cấp tỉnh'),
    ],
    warnings: [
      { id: 1, planId: 1, taskId: 4, wbs: '1.3', line: 12, message: 'Mục 1.3 thiếu thời gian hoàn thành.' },
    ],
  };
}

describe('plan view as of a date', () => {
  const view = buildPlanView(data(), '2021-07-20');
  const byWbs = Object.fromEntries(view.tasks.map((t) => [t.wbs, t]));

  it('resolves lead and supporting units, warnings and dependencies', () => {
    expect(byWbs['1.1']!.leads.map((u) => u.name)).toEqual(['Vụ Tổng hợp']);
    expect(byWbs['1.1']!.supports.map((u) => u.name)).toEqual(['Tổ giúp việc']);
    expect(byWbs['1.3']!.warnings).toEqual([{ line: 12, message: 'Mục 1.3 thiếu thời gian hoàn thành.' }]);
    expect(byWbs['1.2']!.dependsOn).toEqual([{ taskId: 2, lagDays: 2 }]);
  });

  it('computes statuses, and a parent takes its most urgent open child', () => {
    expect(['1', '1.1', '1.2', '1.3', '2'].map((w) => byWbs[w]!.status)).toEqual([
      'overdue',
      'overdue',
      'in-progress',
      'deadline-unknown',
      'not-started',
    ]);
    expect(buildPlanView(data(), '2021-07-25').tasks.find((t) => t.wbs === '1.2')!.status).toBe('due-soon');
    expect(buildPlanView(data(), '2021-08-01').tasks.find((t) => t.wbs === '1.2')!.status).toBe('done');
  });

  it('reads progress and completion from the latest update as of the date', () => {
    expect(byWbs['1.2']).toMatchObject({ progress: 40, completedOn: null });
    expect(byWbs['1.2']!.latestUpdate?.achieved).toBe('Đã có dự thảo');
    expect(byWbs['1.1']!.latestUpdate?.difficulties).toBe('Thiếu số liệu của các Tòa án cấp tỉnh');
    // The parent without updates of its own shows its children's mean: (30 + 40 + 0) / 3.
    expect(byWbs['1']!.progress).toBe(23);
    const later = buildPlanView(data(), '2021-08-01').tasks.find((t) => t.wbs === '1.2')!;
    expect(later).toMatchObject({ progress: 100, completedOn: '2021-07-30', status: 'done' });
    expect(buildPlanView(data(), '2021-06-30').tasks.find((t) => t.wbs === '1.2')!.latestUpdate).toBeNull();
  });

  it('spans a parent over its children, and children start at the date of issue', () => {
    expect(byWbs['1.1']).toMatchObject({ spanStart: '2021-06-10', spanEnd: '2021-07-14', depth: 1 });
    expect(byWbs['1']).toMatchObject({
      spanStart: '2021-06-10',
      spanEnd: '2021-07-31',
      depth: 0,
      childIds: [2, 3, 4],
    });
    expect(view.span).toEqual({ start: '2021-06-10', end: '2021-12-31' });
  });

  it('counts what each unit leads and supports, and which of those are late', () => {
    expect(view.units.map((u) => [u.name, u.leadCount, u.supportCount, u.lateTaskIds])).toEqual([
      ['Vụ Tổng hợp', 1, 1, [2]],
      ['Tổ giúp việc', 1, 1, [2]],
    ]);
  });

  it('orders WBS codes numerically', () => {
    expect(['1.10', '1.2', '2', '1', '1.1.1'].sort(compareWbs)).toEqual(['1', '1.1.1', '1.2', '1.10', '2']);
  });

  it('ships Kế hoạch 76 as the default plan text', () => {
    expect(DEFAULT_PLAN_TEXT).toContain('Số: 76/KH-BCĐ-TANDTC');
  });
});

describe('a continuous duty', () => {
  it('is under way from its start, never "Chưa rõ thời hạn"', () => {
    const plan: PlanData = {
      ...data(),
      tasks: [
        task(1, '1', null, { deadlineText: 'Thường xuyên' }),
        task(2, '2', null, { deadlineText: 'Thường xuyên', start: '2021-09-01' }),
        task(3, '3', null, { deadlineText: 'Sau khi có ý kiến' }),
      ],
      taskUnits: [],
      dependencies: [],
      progressUpdates: [],
      warnings: [],
    };
    expect(buildPlanView(plan, '2021-07-20').tasks.map((t) => [t.wbs, t.status])).toEqual([
      ['1', 'in-progress'],
      ['2', 'not-started'],
      ['3', 'deadline-unknown'],
    ]);
  });
});
