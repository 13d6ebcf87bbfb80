/**
 * Baseline and revisions through the API, as the window uses them: the plan's wording and its last day
 * never change; a change of dates is a revision with its reason; status is judged on the current deadline.
 */
import { describe, expect, it } from 'vitest';
import { blankFields, datesOf, useKh76Session } from './editing-fixtures';

const kh76 = useKh76Session('2021-08-10');
const note = (reason: string | null, decisionRef: string | null = null) => ({
  decidedOn: '2021-08-05',
  reason,
  decisionRef,
  meetingItemId: null,
});
const task = (wbs: string) => kh76.view.tasks.find((t) => t.wbs === wbs)!;

describe('revisions of a task’s dates', () => {
  it('keeps the plan’s wording and last day as baseline when the deadline is extended, and judges status on the new one', async () => {
    expect(task('1.4').status).toBe('overdue');
    await kh76.app.call('rescheduleTask', {
      taskId: kh76.taskId('1.4'),
      start: '2021-07-01',
      deadline: '2021-09-30',
      shiftDependants: false,
      revision: note('Ban Chỉ đạo cho lùi hạn', 'Thông báo kết luận số 12/TB-BCĐ ngày 05/8/2021'),
    });
    await kh76.refresh();
    const t = task('1.4');
    expect([t.deadlineText, t.baselineDeadline, t.baselinePrecision, t.baselineStart]).toEqual([
      'Tháng 7 năm 2021',
      '2021-07-31',
      'month',
      null,
    ]);
    expect([t.start, t.deadline, t.deadlinePrecision, t.revisionCount]).toEqual([
      '2021-07-01',
      '2021-09-30',
      'day',
      1,
    ]);
    expect(t.status).not.toBe('overdue');
    const [revision] = await kh76.app.call('listRevisions', { taskId: t.id });
    expect(revision).toMatchObject({
      kind: 'decided',
      reason: 'Ban Chỉ đạo cho lùi hạn',
      decisionRef: 'Thông báo kết luận số 12/TB-BCĐ ngày 05/8/2021',
      decidedOn: '2021-08-05',
      previousDeadline: '2021-07-31',
      deadline: '2021-09-30',
    });
  });

  it('records "Bỏ qua" as a quick correction, and a date edit in the form as a revision', async () => {
    const id = kh76.taskId('1.1');
    await kh76.app.call('rescheduleTask', {
      taskId: id,
      start: null,
      deadline: '2021-07-16',
      shiftDependants: false,
      revision: note(null),
    });
    const t = task('1.1');
    await kh76.app.call('updateTask', {
      taskId: id,
      fields: { ...blankFields, ...datesOf(t), title: t.title, deadline: '2021-07-20' },
      revision: note('Đơn vị xin thêm thời gian'),
    });
    const revisions = await kh76.app.call('listRevisions', { taskId: id });
    expect(revisions.map((r) => [r.kind, r.reason, r.deadline])).toEqual([
      ['quick', null, '2021-07-16'],
      ['decided', 'Đơn vị xin thêm thời gian', '2021-07-20'],
    ]);
    await kh76.refresh();
    expect([task('1.1').deadlineText, task('1.1').baselineDeadline]).toEqual([
      'Trước ngày 15 tháng 7 năm 2021',
      '2021-07-14',
    ]);
  });

  it('refuses to rewrite the wording a document gave', async () => {
    const t = task('1.4');
    const message = await kh76.app.refuse('updateTask', {
      taskId: t.id,
      fields: { ...blankFields, ...datesOf(t), title: t.title, deadlineText: 'Tháng 9 năm 2021' },
    });
    expect(message).toMatch(/Thời hạn theo kế hoạch là lời văn của văn bản/);
  });

  it('adds the wording a document left out as the plan’s deadline, which is then kept like any other', async () => {
    const t = task('1.5');
    expect([t.sourceLine, t.deadlineText, t.deadline]).toEqual([expect.any(Number), null, null]);
    await kh76.app.call('updateTask', {
      taskId: t.id,
      fields: {
        ...blankFields,
        ...datesOf(t),
        title: t.title,
        deadlineText: 'Tháng 8 năm 2021',
        deadline: '2021-08-31',
      },
    });
    await kh76.refresh();
    const added = task('1.5');
    expect([added.deadlineText, added.baselineDeadline, added.deadline, added.revisionCount]).toEqual([
      'Tháng 8 năm 2021',
      '2021-08-31',
      '2021-08-31',
      0,
    ]);
    expect(await kh76.app.call('listRevisions', { taskId: t.id })).toEqual([]);
    // Once written, it is the plan's wording: a change of it is refused, a new day is a revision.
    const message = await kh76.app.refuse('updateTask', {
      taskId: t.id,
      fields: { ...blankFields, ...datesOf(added), title: t.title, deadlineText: 'Tháng 9 năm 2021' },
    });
    expect(message).toMatch(/Thời hạn theo kế hoạch là lời văn của văn bản/);
  });

  it('undoes any revision: the dates in force follow those left, back to the baseline', async () => {
    const id = kh76.taskId('1.4');
    for (const deadline of ['2021-08-31', '2021-09-30']) {
      await kh76.app.call('rescheduleTask', {
        taskId: id,
        start: null,
        deadline,
        shiftDependants: false,
        revision: note(`Đến ${deadline}`),
      });
    }
    const [first, second] = await kh76.app.call('listRevisions', { taskId: id });
    await kh76.app.call('undoRevision', { revisionId: first!.id });
    await kh76.refresh();
    expect([task('1.4').deadline, task('1.4').revisionCount]).toEqual(['2021-09-30', 1]);
    await kh76.app.call('undoRevision', { revisionId: second!.id });
    await kh76.refresh();
    expect([task('1.4').deadline, task('1.4').deadlinePrecision, task('1.4').revisionCount]).toEqual([
      '2021-07-31',
      'month',
      0,
    ]);
    expect(task('1.4').status).toBe('overdue');
    // Taking a revision back is itself an edit that Ctrl+Z reverses.
    await kh76.app.call('undo', {});
    await kh76.refresh();
    expect(task('1.4').deadline).toBe('2021-09-30');
  });

  it('gives every dependant moved along its own revision with the same reason', async () => {
    const [a, b, c] = ['1.1', '1.2', '1.3'].map((w) => kh76.taskId(w));
    await kh76.app.call('addDependency', { predecessorId: a!, successorId: b!, lagDays: 0 });
    await kh76.app.call('addDependency', { predecessorId: b!, successorId: c!, lagDays: 0 });
    await kh76.app.call('rescheduleTask', {
      taskId: a!,
      start: null,
      deadline: '2021-07-24',
      shiftDependants: true,
      revision: note('Khảo sát kéo dài'),
    });
    for (const id of [a!, b!, c!]) {
      const revisions = await kh76.app.call('listRevisions', { taskId: id });
      expect(revisions.map((r) => [r.reason, r.previousDeadline, r.deadline])).toEqual([
        ['Khảo sát kéo dài', '2021-07-14', '2021-07-24'],
      ]);
    }
    await kh76.refresh();
    expect([b, c].map((id) => kh76.view.tasks.find((t) => t.id === id)!.baselineDeadline)).toEqual([
      '2021-07-14',
      '2021-07-14',
    ]);
  });

  it('refuses a revision pointing to a conclusion that does not exist', async () => {
    const message = await kh76.app.refuse('rescheduleTask', {
      taskId: kh76.taskId('1.4'),
      start: null,
      deadline: '2021-09-30',
      shiftDependants: false,
      revision: { ...note('x'), meetingItemId: 999 },
    });
    expect(message).toMatch(/Không tìm thấy kết luận cuộc họp/);
  });
});
