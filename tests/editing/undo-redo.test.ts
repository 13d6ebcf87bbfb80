/**
 * Undo and redo through the real API on a real file: every edit kind undoes and redoes exactly
 * (full table dumps), across closing and reopening the file; and a 1,000-row step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import { type EditingApp, blankFields, dumpTables, openEditingApp } from './editing-fixtures';

let app: EditingApp;
let planId: number;
let view: ApiOutput<'getPlanView'>;
const asOf = '2021-07-20';
const taskId = (wbs: string) => {
  const t = view.tasks.find((x) => x.wbs === wbs);
  if (!t) throw new Error(`no task ${wbs}`);
  return t.id;
};
const refresh = async () => {
  view = await app.call('getPlanView', { planId, asOf });
};

beforeEach(async () => {
  app = openEditingApp();
  planId = (await app.call('listPlans', {}))[0]!.id;
  await refresh();
});
afterEach(() => app.close());

describe('undo and redo', () => {
  it('undoes and redoes every edit kind exactly, across reopening the file', async () => {
    const t = taskId('1.1');
    const unit = view.units[0]!.id;
    // A staged edit prepares its data first (its own undo steps), then the edit under test.
    type Staged = { setup: () => Promise<unknown>; edit: () => Promise<unknown> };
    let occurrenceTask = 0;
    let conclusionId = 0;
    let updateId = 0;
    const edits: ((() => Promise<unknown>) | Staged)[] = [
      () =>
        app.call('addTask', {
          planId,
          parentId: null,
          afterTaskId: null,
          fields: { ...blankFields, title: 'Mới' },
        }),
      () =>
        app.call('updateTask', { taskId: t, fields: { ...blankFields, title: 'Đổi tên', leadUnitId: unit } }),
      () => app.call('moveTask', { taskId: taskId('1.3'), move: 'indent' }),
      () => app.call('moveTask', { taskId: taskId('1.3'), move: 'up' }),
      () =>
        app.call('rescheduleTask', {
          taskId: t,
          start: '2021-06-20',
          deadline: '2021-07-30',
          shiftDependants: true,
        }),
      () =>
        app.call('addUnit', {
          name: 'Cục Kiểm soát thủ tục hành chính',
          fullName: null,
          agency: null,
          color: '#123456',
        }),
      () => app.call('recolorUnit', { unitId: unit, color: '#abcdef' }),
      () => app.call('renameUnit', { unitId: unit, name: 'Tên mới', fullName: null }),
      () => app.call('mergeUnits', { keepId: view.units[0]!.id, mergeId: view.units[1]!.id }),
      () =>
        app.call('addProgressUpdate', {
          taskId: t,
          reportedOn: '2021-07-10',
          percent: 40,
          achieved: 'Đã khảo sát',
          difficulties: 'Thiếu số liệu',
          enteredBy: 'Tổ giúp việc',
        }),
      () =>
        app.call('addDependency', { predecessorId: taskId('1.1'), successorId: taskId('1.2'), lagDays: 3 }),
      () =>
        app.call('addMeeting', {
          planId,
          title: 'Họp Ban Chỉ đạo',
          heldOn: '2021-07-20',
          place: 'Hà Nội',
          chair: 'Chánh án',
        }),
      {
        setup: async () => {
          const ref = await app.call('addTask', {
            planId,
            parentId: null,
            afterTaskId: null,
            fields: { ...blankFields, title: 'Họp định kỳ', start: '2021-07-01', deadlineText: 'hằng tháng' },
          });
          occurrenceTask = ref.taskId;
        },
        edit: () =>
          app.call('setOccurrenceDone', {
            taskId: occurrenceTask,
            dueOn: '2021-07-31',
            doneOn: '2021-07-30',
          }),
      },
      {
        setup: async () => {
          const [m] = await app.call('listMeetings', { planId });
          const withItem = await app.call('addMeetingItem', {
            meetingId: m!.id,
            kind: 'conclusion',
            text: 'Giao Vụ Tổng hợp',
            taskId: null,
          });
          conclusionId = withItem.items[0]!.id;
        },
        edit: () =>
          app.call('createFollowUpTask', { itemId: conclusionId, deadline: '2021-09-30', leadUnitId: null }),
      },
      () => app.call('removeDependency', { predecessorId: taskId('1.1'), successorId: taskId('1.2') }),
      {
        setup: async () => {
          updateId = (await app.call('getProgressHistory', { taskId: taskId('1.1') }))[0]!.id;
        },
        edit: () => app.call('deleteProgressUpdate', { updateId }),
      },
      {
        setup: async () => undefined,
        edit: async () => {
          const [m] = await app.call('listMeetings', { planId });
          return app.call('deleteMeeting', { meetingId: m!.id });
        },
      },
      () => app.call('deleteTask', { taskId: taskId('2'), children: 'delete' }),
      () => app.call('deleteTask', { taskId: taskId('1'), children: 'promote' }),
    ];
    for (const entry of edits) {
      const { setup, edit } =
        typeof entry === 'function' ? { setup: async () => undefined, edit: entry } : entry;
      await setup();
      await refresh();
      const db = () => app.services.repository.database;
      const before = dumpTables(db());
      await edit();
      const after = dumpTables(db());
      expect(after).not.toEqual(before);
      app.reopen();
      expect((await app.call('undo', {})).canRedo).toBe(true);
      expect(dumpTables(db())).toEqual(before);
      app.reopen();
      await app.call('redo', {});
      expect(dumpTables(db())).toEqual(after);
    }
  });

  it('undoes a 1,000-row edit (merging a unit on 1,000 tasks) in one step', async () => {
    const db = app.services.repository.database;
    const a = await app.call('addUnit', { name: 'Đơn vị A', fullName: null, agency: null, color: null });
    const b = await app.call('addUnit', { name: 'Đơn vị B', fullName: null, agency: null, color: null });
    db.transaction(() => {
      const insert = db.prepare(
        `INSERT INTO tasks (plan_id, wbs, title, kind, sort_order) VALUES (?, ?, 'Việc', 'task', ?)`,
      );
      const link = db.prepare("INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, 'support')");
      for (let i = 0; i < 1000; i++)
        link.run(Number(insert.run(planId, `9${i}`, 1000 + i).lastInsertRowid), b.id);
    })();
    const before = dumpTables(db);
    await app.call('mergeUnits', { keepId: a.id, mergeId: b.id });
    const t0 = performance.now();
    await app.call('undo', {});
    const ms = performance.now() - t0;
    console.log(`undo of a 1,000-link merge: ${ms.toFixed(0)} ms`);
    expect(dumpTables(db)).toEqual(before);
    expect(ms).toBeLessThan(2000);
  });
});
