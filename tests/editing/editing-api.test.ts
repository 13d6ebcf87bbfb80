/**
 * Editing through the real API on a real file: every edit kind undoes and redoes exactly (full table
 * dumps), across closing and reopening the file; refused edits write nothing.
 */
import { describe, expect, it } from 'vitest';
import { blankFields, datesOf, dumpTables, useKh76Session } from './editing-fixtures';

const kh76 = useKh76Session('2021-07-20');

describe('tasks', () => {
  it('adds a task after a sibling and renumbers the codes after it', async () => {
    const ref = await kh76.app.call('addTask', {
      planId: kh76.planId,
      parentId: kh76.taskId('1'),
      afterTaskId: kh76.taskId('1.1'),
      fields: { ...blankFields, title: 'Khảo sát bổ sung', deadlineText: 'Trước ngày 15 tháng 8 năm 2021' },
    });
    expect(ref.wbs).toBe('1.2');
    await kh76.refresh();
    const added = kh76.view.tasks.find((t) => t.id === ref.taskId)!;
    expect(added.deadline).toBe('2021-08-14');
    expect(added.deadlinePrecision).toBe('day');
    expect(kh76.view.tasks.filter((t) => t.parentId === kh76.taskId('1')).map((t) => t.wbs)).toEqual(
      kh76.view.tasks.filter((t) => t.parentId === kh76.taskId('1')).map((_, i) => `1.${i + 1}`),
    );
  });

  it('deletes a parent only as told: children deleted with it, or moved up in its place', async () => {
    const parent = kh76.taskId('1');
    const childCount = kh76.view.tasks.filter((t) => t.parentId === parent).length;
    const before = kh76.view.tasks.length;
    await kh76.app.call('deleteTask', { taskId: parent, children: 'promote' });
    await kh76.refresh();
    expect(kh76.view.tasks.length).toBe(before - 1);
    expect(kh76.view.tasks.slice(0, childCount).map((t) => [t.wbs, t.parentId])).toEqual(
      Array.from({ length: childCount }, (_, i) => [String(i + 1), null]),
    );
    await kh76.app.call('undo', {});
    await kh76.refresh();
    // A second top-level item, to see it renumbered once section 1 and its children are gone.
    const other = await kh76.app.call('addTask', {
      planId: kh76.planId,
      parentId: null,
      afterTaskId: null,
      fields: blankFields,
    });
    expect(other.wbs).toBe('2');
    await kh76.app.call('deleteTask', { taskId: kh76.taskId('1'), children: 'delete' });
    await kh76.refresh();
    expect(kh76.view.tasks.map((t) => [t.id, t.wbs])).toEqual([[other.taskId, '1']]);
    expect(before).toBe(childCount + 1);
  });

  it('indents, outdents and reorders with consistent codes', async () => {
    const t12 = kh76.taskId('1.2');
    expect((await kh76.app.call('moveTask', { taskId: t12, move: 'indent' })).wbs).toBe('1.1.1');
    expect((await kh76.app.call('moveTask', { taskId: t12, move: 'outdent' })).wbs).toBe('1.2');
    expect((await kh76.app.call('moveTask', { taskId: t12, move: 'up' })).wbs).toBe('1.1');
    expect((await kh76.app.call('moveTask', { taskId: t12, move: 'outdent' })).wbs).toBe('2');
    expect(await kh76.app.refuse('moveTask', { taskId: t12, move: 'outdent' })).toContain('cấp cao nhất');
    await kh76.refresh();
    const codes = kh76.view.tasks.map((t) => t.wbs);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('validation writes nothing', () => {
  it('refuses bad input with a Vietnamese message and leaves every table as it was', async () => {
    const db = kh76.app.services.repository.database;
    const before = dumpTables(db);
    const t = kh76.taskId('1.1');
    const unit = kh76.view.units[0]!.id;
    const other = kh76.view.units[1]!.id;
    const cases: [string, unknown, string][] = [
      [
        'addTask',
        { planId: kh76.planId, parentId: null, afterTaskId: null, fields: { ...blankFields, title: '  ' } },
        'tên nhiệm vụ',
      ],
      ['updateTask', { taskId: t, fields: { ...blankFields, start: '2021-02-30' } }, 'Ngày không hợp lệ'],
      [
        'updateTask',
        { taskId: t, fields: { ...blankFields, start: '2021-08-01', deadline: '2021-07-01' } },
        'không thể trước ngày bắt đầu (01/08/2021)',
      ],
      ['updateTask', { taskId: t, fields: { ...blankFields, leadUnitId: 99999 } }, 'Không tìm thấy đơn vị'],
      [
        'updateTask',
        { taskId: t, fields: { ...blankFields, leadUnitId: unit, supportUnitIds: [unit] } },
        'vừa chủ trì vừa phối hợp',
      ],
      [
        'updateTask',
        {
          taskId: t,
          fields: { ...blankFields, leadUnitId: unit, coLeadUnitIds: [other], supportUnitIds: [other] },
        },
        'vừa chủ trì vừa phối hợp',
      ],
      [
        'updateTask',
        { taskId: t, fields: { ...blankFields, coLeadUnitIds: [other] } },
        'Hãy chọn đơn vị chủ trì',
      ],
      [
        'updateTask',
        { taskId: t, fields: { ...blankFields, leadUnitId: unit, coLeadUnitIds: [99999] } },
        'Không tìm thấy đơn vị',
      ],
      [
        'updateTask',
        { taskId: t, fields: { ...blankFields, leadUnitIds: [unit, unit] } },
        'Dữ liệu không hợp lệ',
      ],
      [
        'rescheduleTask',
        { taskId: t, start: '2021-09-01', deadline: '2021-08-01', shiftDependants: false },
        'trước ngày bắt đầu',
      ],
      [
        'addProgressUpdate',
        {
          taskId: t,
          reportedOn: '2021-07-01',
          percent: 140,
          achieved: null,
          difficulties: null,
          enteredBy: null,
        },
        'Dữ liệu',
      ],
      ['deleteUnit', { unitId: unit }, 'Không thể xóa đơn vị'],
      ['addDependency', { predecessorId: t, successorId: t, lagDays: 0 }, 'vòng lặp'],
      ['undo', {}, 'Không còn thao tác'],
    ];
    for (const [method, input, message] of cases) {
      expect(await kh76.app.refuse(method as 'addTask', input), method).toContain(message);
    }
    expect(dumpTables(db)).toEqual(before);
  });
});

describe('co-leads (đồng chủ trì)', () => {
  it('saves every lead in order, keeps supports apart, and undo brings the one lead back', async () => {
    const task = kh76.view.tasks.find((t) => t.wbs === '1.2')!;
    const [first, second, third] = kh76.view.units.filter((u) => !u.isCollective).map((u) => u.id);
    await kh76.app.call('updateTask', {
      taskId: task.id,
      fields: {
        ...blankFields,
        ...datesOf(task),
        title: task.title,
        leadUnitId: second!,
        coLeadUnitIds: [first!],
        supportUnitIds: [third!],
      },
    });
    await kh76.refresh();
    const saved = kh76.view.tasks.find((t) => t.id === task.id)!;
    expect(saved.leads.map((u) => u.id)).toEqual([second, first]);
    expect(saved.supports.map((u) => u.id)).toEqual([third]);
    const counts = (id: number) => kh76.view.units.find((u) => u.id === id)!.leadCount;
    const firstLeads = counts(first!);
    await kh76.app.call('undo', {});
    await kh76.refresh();
    expect(kh76.view.tasks.find((t) => t.id === task.id)!.leads.map((u) => u.id)).toEqual(
      task.leads.map((u) => u.id),
    );
    expect(counts(first!)).toBe(firstLeads - 1);
  });
});

describe('dependencies', () => {
  it('refuses a cycle naming its tasks by code and title, and previews the dependants a move carries', async () => {
    const [a, b, c] = [kh76.taskId('1.1'), kh76.taskId('1.2'), kh76.taskId('1.3')];
    await kh76.app.call('addDependency', { predecessorId: a, successorId: b, lagDays: 0 });
    await kh76.app.call('addDependency', { predecessorId: b, successorId: c, lagDays: 2 });
    const message = await kh76.app.refuse('addDependency', { predecessorId: c, successorId: a, lagDays: 0 });
    expect(message).toMatch(
      /^Không thể thêm liên kết vì tạo thành vòng lặp: 1\.3 “.+” → 1\.1 “Tổ chức điều tra.+” → 1\.2 “.+” → 1\.3 “/,
    );

    const preview = await kh76.app.call('previewReschedule', {
      taskId: a,
      start: null,
      deadline: '2021-07-24',
      shiftDependants: true,
    });
    expect(preview.map((p) => [p.wbs, p.deadline, p.newDeadline])).toEqual([
      ['1.2', '2021-07-14', '2021-07-24'],
      ['1.3', '2021-07-14', '2021-07-24'],
    ]);
    const moved = await kh76.app.call('rescheduleTask', {
      taskId: a,
      start: null,
      deadline: '2021-07-24',
      shiftDependants: true,
    });
    expect(moved.movedTaskIds).toEqual([a, b, c]);
    await kh76.refresh();
    expect(kh76.view.tasks.find((t) => t.id === c)!.deadline).toBe('2021-07-24');
    // The plan's wording stays; the new day is the current deadline, a revision on each task moved.
    expect(kh76.view.tasks.find((t) => t.id === a)!.deadlineText).toBe('Trước ngày 15 tháng 7 năm 2021');
    expect(kh76.view.tasks.find((t) => t.id === c)!.baselineDeadline).toBe('2021-07-14');
    expect(kh76.view.tasks.find((t) => t.id === c)!.revisionCount).toBe(1);
  });
});

describe('units', () => {
  it('merges two spellings into one unit: one link per task, the lead wins', async () => {
    const dup = await kh76.app.call('addUnit', {
      name: 'Vụ TH',
      fullName: 'Vụ Tổng hợp (viết tắt)',
      agency: null,
      color: null,
    });
    const lead = kh76.view.tasks.find((t) => t.wbs === '1.1')!;
    const keep = lead.leads[0]!.id;
    // A task where the duplicate leads and the kept unit supports.
    const other = kh76.view.tasks.find((t) => t.wbs === '1.2')!;
    await kh76.app.call('updateTask', {
      taskId: other.id,
      fields: {
        ...blankFields,
        ...datesOf(other),
        title: other.title,
        leadUnitId: dup.id,
        supportUnitIds: [keep],
      },
    });
    await kh76.app.call('mergeUnits', { keepId: keep, mergeId: dup.id });
    await kh76.refresh();
    const merged = kh76.view.tasks.find((t) => t.id === other.id)!;
    expect(merged.leads.map((u) => u.id)).toEqual([keep]);
    expect(merged.supports.map((s) => s.id)).not.toContain(keep);
    expect((await kh76.app.call('listUnits', {})).some((u) => u.id === dup.id)).toBe(false);
    expect(
      await kh76.app.refuse('addUnit', { name: 'vụ tổng  hợp', fullName: null, agency: null, color: null }),
    ).toContain('Đã có đơn vị');
  });
});

describe('progress, occurrences and meetings', () => {
  it('keeps a history of progress; the latest update is the current progress', async () => {
    const t = kh76.taskId('1.1');
    await kh76.app.call('addProgressUpdate', {
      taskId: t,
      reportedOn: '2021-07-01',
      percent: 30,
      achieved: 'Bắt đầu',
      difficulties: null,
      enteredBy: 'An',
    });
    await kh76.app.call('addProgressUpdate', {
      taskId: t,
      reportedOn: '2021-07-10',
      percent: 70,
      achieved: 'Gần xong',
      difficulties: 'Chậm số liệu',
      enteredBy: 'Bình',
    });
    const history = await kh76.app.call('getProgressHistory', { taskId: t });
    expect(history.map((h) => [h.reportedOn, h.percent, h.enteredBy])).toEqual([
      ['2021-07-01', 30, 'An'],
      ['2021-07-10', 70, 'Bình'],
    ]);
    await kh76.refresh();
    expect(kh76.view.tasks.find((x) => x.id === t)!.progress).toBe(70);
  });

  it('lists occurrences of a recurring duty and marks them done one by one', async () => {
    const ref = await kh76.app.call('addTask', {
      planId: kh76.planId,
      parentId: null,
      afterTaskId: null,
      fields: {
        ...blankFields,
        title: 'Họp đầu mối',
        start: '2021-07-14',
        deadlineText: 'Định kỳ 06 tháng/lần',
      },
    });
    const span = { planId: kh76.planId, from: '2021-01-01', to: '2022-12-31' };
    const listed = (await kh76.app.call('listOccurrences', span)).filter((o) => o.taskId === ref.taskId);
    expect(listed.map((o) => o.dueOn)).toEqual(['2021-12-31', '2022-06-30', '2022-12-31']);
    await kh76.app.call('setOccurrenceDone', {
      taskId: ref.taskId,
      dueOn: '2022-06-30',
      doneOn: '2022-06-25',
    });
    const after = (await kh76.app.call('listOccurrences', span)).filter((o) => o.taskId === ref.taskId);
    expect(after.map((o) => o.doneOn)).toEqual([null, '2022-06-25', null]);
    expect(
      await kh76.app.refuse('setOccurrenceDone', {
        taskId: kh76.taskId('1.1'),
        dueOn: '2022-06-30',
        doneOn: '2022-06-25',
      }),
    ).toContain('không lặp lại');
  });

  it('records a meeting with agenda and a conclusion that becomes a follow-up task', async () => {
    const meeting = await kh76.app.call('addMeeting', {
      planId: kh76.planId,
      title: 'Phiên họp thứ nhất',
      heldOn: '2021-07-20',
      place: 'Hà Nội',
      chair: 'Phó Chánh án',
    });
    await kh76.app.call('addMeetingItem', {
      meetingId: meeting.id,
      kind: 'agenda',
      text: 'Báo cáo khảo sát',
      taskId: kh76.taskId('1.1'),
    });
    const withConclusion = await kh76.app.call('addMeetingItem', {
      meetingId: meeting.id,
      kind: 'conclusion',
      text: 'Bổ sung số liệu khảo sát',
      taskId: null,
    });
    const conclusion = withConclusion.items.find((i) => i.kind === 'conclusion')!;
    const ref = await kh76.app.call('createFollowUpTask', {
      itemId: conclusion.id,
      deadline: '2021-08-15',
      leadUnitId: null,
    });
    const [listed] = await kh76.app.call('listMeetings', { planId: kh76.planId });
    expect(listed!.items.find((i) => i.id === conclusion.id)!.followUpTaskId).toBe(ref.taskId);
    await kh76.refresh();
    expect(kh76.view.tasks.find((t) => t.id === ref.taskId)!.title).toBe('Bổ sung số liệu khảo sát');
    expect(
      await kh76.app.refuse('createFollowUpTask', {
        itemId: conclusion.id,
        deadline: null,
        leadUnitId: null,
      }),
    ).toContain('đã có');
  });
});
