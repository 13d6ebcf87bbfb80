import { describe, expect, it } from 'vitest';
import { emptyPlanData, makeProgressUpdate, makeTask, makeUnit } from '../testing/model-fixtures';
import { requestCandidates } from '../progress-requests/request-scope';
import { COUNTED_STATUSES } from '../status/task-status';
import { legendItems } from '../timeline-picture/timeline-legend';
import { buildPlanView } from './build-plan-view';

describe('a task a newer version of the plan dropped', () => {
  // 1 has two tasks: 1.1 in force and overdue, 1.2 dropped on 20/06/2024, overdue and half done.
  const data = emptyPlanData({
    tasks: [
      makeTask(1, '1', null),
      makeTask(2, '1.1', 1, { deadline: '2024-06-30' }),
      makeTask(3, '(1.2)', 1, { deadline: '2024-05-31', removedOn: '2024-06-20' }),
    ],
    units: [makeUnit(1, 'Vụ Tổng hợp'), makeUnit(2, 'Vụ Hợp tác quốc tế')],
    taskUnits: [
      { taskId: 2, unitId: 1, role: 'lead' },
      { taskId: 3, unitId: 2, role: 'lead' },
    ],
    progressUpdates: [makeProgressUpdate(1, 3, '2024-05-10', 50), makeProgressUpdate(2, 2, '2024-05-10', 10)],
  });
  const view = buildPlanView(data, '2024-07-15');
  const byId = new Map(view.tasks.map((t) => [t.id, t]));

  it('is shown as removed, with its progress kept, and is neither late nor counted', () => {
    expect(byId.get(3)).toMatchObject({ status: 'removed', progress: 50, removedOn: '2024-06-20' });
    expect(byId.get(3)!.leads[0]?.name).toBe('Vụ Hợp tác quốc tế');
    expect(byId.get(2)!.status).toBe('overdue');
    expect(COUNTED_STATUSES).not.toContain('removed');
  });

  it('does not weigh on its parent or its unit', () => {
    // The parent's progress is its one task in force.
    expect(byId.get(1)).toMatchObject({ status: 'overdue', progress: 10, childIds: [2, 3] });
    const cooperation = view.units.find((u) => u.id === 2)!;
    expect(cooperation).toMatchObject({ leadCount: 0, lateTaskIds: [] });
    expect(view.span).toEqual({ start: '2021-06-10', end: '2024-06-30' });
  });

  it('is not asked about in a progress request', () => {
    expect(requestCandidates(view).map((c) => c.name)).toEqual(['Vụ Tổng hợp']);
  });

  it('lends no colour to the legend of the timeline picture, where its bar is grey', () => {
    const labels = legendItems(view).map((item) => item.label);
    expect(labels).toContain('Chủ trì: Vụ Tổng hợp');
    expect(labels).not.toContain('Chủ trì: Vụ Hợp tác quốc tế');
  });
});
