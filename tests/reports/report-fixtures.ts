/** Plans for the report tests: Kế hoạch 76 as shipped, an empty plan, and a generated plan of any size. */
import type { IsoDate } from '../../shared/dates/iso-date';
import { addDays } from '../../shared/dates/iso-date';
import type { ProgressUpdate, Task, TaskUnit, Unit } from '../../shared/model/schemas';
import { type PlanData, buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { emptyPlanData, makePlan, makeTask } from '../../shared/testing/model-fixtures';
import { unitColor } from '../../shared/units/unit-colors';
import { ensureDefaultPlan } from '../../services/import/default-plan';
import type { PlanRepository } from '../../services/storage/plan-repository';
import { createTestDatabase } from '../../services/testing/test-database';

export const KH76_CODE = '76/KH-BCĐ-TANDTC';

export function kh76Repository(): PlanRepository {
  const { repository } = createTestDatabase();
  ensureDefaultPlan(repository);
  return repository;
}

export function kh76PlanId(repository: PlanRepository): number {
  const id = repository.findPlanIdByCode(KH76_CODE);
  if (id === null) throw new Error('Kế hoạch 76 is not loaded');
  return id;
}

export function viewOf(repository: PlanRepository, asOf: IsoDate): PlanView {
  const data = repository.loadPlanData(kh76PlanId(repository));
  if (!data) throw new Error('Kế hoạch 76 is not readable');
  return buildPlanView(data, asOf);
}

export function taskIdByWbs(repository: PlanRepository, wbs: string): number {
  const task = viewOf(repository, '2021-07-20').tasks.find((t) => t.wbs === wbs);
  if (!task) throw new Error(`No task ${wbs}`);
  return task.id;
}

const PLAN = makePlan({
  code: '99/KH-TEST',
  title: 'Thử nghiệm báo cáo',
  sourceName: 'thu-nghiem.txt',
});

export function emptyPlanView(asOf: IsoDate): PlanView {
  return buildPlanView(emptyPlanData({ plan: PLAN }), asOf);
}

/**
 * A plan of `taskCount` tasks: groups of 20 (one heading, 19 work items), 12 lead units, deadlines
 * spread over 2021–2024, every 7th item without a deadline, progress updates on many of them.
 */
export function generatedPlanData(taskCount: number, longTitle: string | null = null): PlanData {
  const units: Unit[] = Array.from({ length: 12 }, (_, i) => ({
    id: i + 1,
    name: `Đơn vị thử nghiệm ${i + 1}`,
    fullName: `Đơn vị thử nghiệm số ${i + 1} Tòa án nhân dân tối cao`,
    agency: 'TANDTC',
    color: unitColor(i),
    isCollective: false,
  }));
  const tasks: Task[] = [];
  const taskUnits: TaskUnit[] = [];
  const progressUpdates: ProgressUpdate[] = [];
  let parentId = 0;
  let group = 0;
  let item = 0;
  for (let id = 1; id <= taskCount; id++) {
    if ((id - 1) % 20 === 0) {
      group += 1;
      item = 0;
      parentId = id;
      tasks.push(makeTask(id, String(group), null, { title: `Nhóm nhiệm vụ thử nghiệm ${group}` }));
      continue;
    }
    item += 1;
    const deadline = id % 7 === 0 ? null : addDays('2021-07-01', (id * 37) % 1200);
    tasks.push(
      makeTask(id, `${group}.${item}`, parentId, {
        title: id === 2 && longTitle !== null ? longTitle : `Nhiệm vụ thử nghiệm số ${group}.${item}`,
        deadline,
        deadlineText: deadline === null ? null : `Trước ngày ${deadline.split('-').reverse().join('/')}`,
        deadlinePrecision: deadline === null ? null : 'day',
      }),
    );
    taskUnits.push({ taskId: id, unitId: (id % units.length) + 1, role: 'lead' });
    taskUnits.push({ taskId: id, unitId: ((id + 5) % units.length) + 1, role: 'support' });
    if (id % 3 === 0) {
      progressUpdates.push({
        id: progressUpdates.length + 1,
        taskId: id,
        reportedOn: '2021-08-01',
        percent: id % 5 === 0 ? 100 : 50,
        achieved: 'Đã hoàn thành dự thảo lần thứ nhất.',
        difficulties: id % 5 === 0 ? null : 'Chưa bố trí được kinh phí.',
        enteredBy: null,
        createdAt: '2021-08-01T00:00:00.000Z',
      });
    }
  }
  return emptyPlanData({ plan: PLAN, tasks, units, taskUnits, progressUpdates });
}
