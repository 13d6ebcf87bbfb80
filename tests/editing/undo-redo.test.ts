/**
 * Undo and redo through the real API on a real file: every edit kind undoes and redoes exactly
 * (full table dumps), across closing and reopening the file; and a 1,000-row step.
 */
import { describe, expect, it } from 'vitest';
import { blankFields, datesOf, dumpTables, useKh76Session } from './editing-fixtures';

const kh76 = useKh76Session('2021-07-20');

describe('undo and redo', () => {
  it('undoes and redoes every edit kind exactly, across reopening the file', async () => {
    const t = kh76.taskId('1.1');
    const unit = kh76.view.units[0]!.id;
    // A staged edit prepares its data first (its own undo steps), then the edit under test.
    type Staged = { setup: () => Promise<unknown>; edit: () => Promise<unknown> };
    let occurrenceTask = 0;
    let conclusionId = 0;
    let updateId = 0;
    const edits: ((() => Promise<unknown>) | Staged)[] = [
      () =>
        kh76.app.call('addTask', {
          planId: kh76.planId,
          parentId: null,
          afterTaskId: null,
          fields: { ...blankFields, title: 'Mới' },
        }),
      () =>
        kh76.app.call('updateTask', {
          taskId: t,
          fields: {
            ...blankFields,
            ...datesOf(kh76.view.tasks.find((task) => task.id === t)!),
            title: 'Đổi tên',
            leadUnitId: unit,
          },
        }),
      () => kh76.app.call('moveTask', { taskId: kh76.taskId('1.3'), move: 'indent' }),
      () => kh76.app.call('moveTask', { taskId: kh76.taskId('1.3'), move: 'up' }),
      () =>
        kh76.app.call('rescheduleTask', {
          taskId: t,
          start: '2021-06-20',
          deadline: '2021-07-30',
          shiftDependants: true,
        }),
      () =>
        kh76.app.call('addUnit', {
          name: 'Cục Kiểm soát thủ tục hành chính',
          fullName: null,
          agency: null,
          color: '#123456',
        }),
      () => kh76.app.call('recolorUnit', { unitId: unit, color: '#abcdef' }),
      () => kh76.app.call('renameUnit', { unitId: unit, name: 'Tên mới', fullName: null }),
      () => kh76.app.call('mergeUnits', { keepId: kh76.view.units[0]!.id, mergeId: kh76.view.units[1]!.id }),
      () =>
        kh76.app.call('addProgressUpdate', {
          taskId: t,
          reportedOn: '2021-07-10',
          percent: 40,
          achieved: 'Đã khảo sát',
          difficulties: 'Thiếu số liệu',
          enteredBy: 'Tổ giúp việc',
        }),
      () =>
        kh76.app.call('addDependency', {
          predecessorId: kh76.taskId('1.1'),
          successorId: kh76.taskId('1.2'),
          lagDays: 3,
        }),
      () =>
        kh76.app.call('addMeeting', {
          planId: kh76.planId,
          title: 'Họp Ban Chỉ đạo',
          heldOn: '2021-07-20',
          place: 'Hà Nội',
          chair: 'Chánh án',
        }),
      {
        setup: async () => {
          const ref = await kh76.app.call('addTask', {
            planId: kh76.planId,
            parentId: null,
            afterTaskId: null,
            fields: { ...blankFields, title: 'Họp định kỳ', start: '2021-07-01', deadlineText: 'hằng tháng' },
          });
          occurrenceTask = ref.taskId;
        },
        edit: () =>
          kh76.app.call('setOccurrenceDone', {
            taskId: occurrenceTask,
            dueOn: '2021-07-31',
            doneOn: '2021-07-30',
          }),
      },
      {
        setup: async () => {
          const [m] = await kh76.app.call('listMeetings', { planId: kh76.planId });
          const withItem = await kh76.app.call('addMeetingItem', {
            meetingId: m!.id,
            kind: 'conclusion',
            text: 'Giao Vụ Tổng hợp',
            taskId: null,
          });
          conclusionId = withItem.items[0]!.id;
        },
        edit: () =>
          kh76.app.call('createFollowUpTask', {
            itemId: conclusionId,
            deadline: '2021-09-30',
            leadUnitId: null,
          }),
      },
      {
        setup: async () => undefined,
        edit: async () => {
          const [m] = await kh76.app.call('listMeetings', { planId: kh76.planId });
          return kh76.app.call('postponeMeeting', { meetingId: m!.id, toDate: '2021-08-20', reason: 'Hoãn' });
        },
      },
      () =>
        kh76.app.call('updateMeetingItem', {
          itemId: conclusionId,
          text: 'Giao Vụ Tổng hợp chủ trì',
          taskId: null,
        }),
      () =>
        kh76.app.call('rescheduleTask', {
          taskId: kh76.taskId('1.4'),
          start: null,
          deadline: '2021-09-30',
          shiftDependants: false,
          revision: {
            decidedOn: '2021-08-05',
            reason: 'Lùi hạn',
            decisionRef: null,
            meetingItemId: conclusionId,
          },
        }),
      {
        setup: async () => undefined,
        edit: async () => {
          const [r] = await kh76.app.call('listRevisions', { taskId: kh76.taskId('1.4') });
          return kh76.app.call('undoRevision', { revisionId: r!.id });
        },
      },
      () =>
        kh76.app.call('removeDependency', {
          predecessorId: kh76.taskId('1.1'),
          successorId: kh76.taskId('1.2'),
        }),
      {
        setup: async () => {
          updateId = (await kh76.app.call('getProgressHistory', { taskId: kh76.taskId('1.1') }))[0]!.id;
        },
        edit: () => kh76.app.call('deleteProgressUpdate', { updateId }),
      },
      {
        setup: async () => undefined,
        edit: async () => {
          const [m] = await kh76.app.call('listMeetings', { planId: kh76.planId });
          return kh76.app.call('deleteMeeting', { meetingId: m!.id });
        },
      },
      () => kh76.app.call('deleteTask', { taskId: kh76.taskId('2'), children: 'delete' }),
      () => kh76.app.call('deleteTask', { taskId: kh76.taskId('1'), children: 'promote' }),
    ];
    for (const entry of edits) {
      const { setup, edit } =
        typeof entry === 'function' ? { setup: async () => undefined, edit: entry } : entry;
      await setup();
      await kh76.refresh();
      const db = () => kh76.app.services.repository.database;
      const before = dumpTables(db());
      await edit();
      const after = dumpTables(db());
      expect(after).not.toEqual(before);
      kh76.app.reopen();
      expect((await kh76.app.call('undo', {})).canRedo).toBe(true);
      expect(dumpTables(db())).toEqual(before);
      kh76.app.reopen();
      await kh76.app.call('redo', {});
      expect(dumpTables(db())).toEqual(after);
    }
  });

  it('undoes a 1,000-row edit (merging a unit on 1,000 tasks) in one step', async () => {
    const db = kh76.app.services.repository.database;
    const a = await kh76.app.call('addUnit', { name: 'Đơn vị A', fullName: null, agency: null, color: null });
    const b = await kh76.app.call('addUnit', { name: 'Đơn vị B', fullName: null, agency: null, color: null });
    db.transaction(() => {
      const insert = db.prepare(
        `INSERT INTO tasks (plan_id, wbs, title, kind, sort_order) VALUES (?, ?, 'Việc', 'task', ?)`,
      );
      const link = db.prepare("INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, 'support')");
      for (let i = 0; i < 1000; i++)
        link.run(Number(insert.run(kh76.planId, `9${i}`, 1000 + i).lastInsertRowid), b.id);
    })();
    const before = dumpTables(db);
    await kh76.app.call('mergeUnits', { keepId: a.id, mergeId: b.id });
    const t0 = performance.now();
    await kh76.app.call('undo', {});
    const ms = performance.now() - t0;
    console.log(`undo of a 1,000-link merge: ${ms.toFixed(0)} ms`);
    expect(dumpTables(db)).toEqual(before);
    expect(ms).toBeLessThan(2000);
  });
});
