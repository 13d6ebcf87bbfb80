/**
 * Progress reports as the secretariat records them: who reported, what they propose, the day the task
 * was actually finished; corrections and deletions undo exactly; a submit sent twice writes once.
 */
import { describe, expect, it } from 'vitest';
import { dumpTables, useKh76Session } from './editing-fixtures';

const kh76 = useKh76Session('2021-09-30');

const report = (taskId: number, extra: Record<string, unknown> = {}) => ({
  taskId,
  reportedOn: '2021-07-10',
  percent: 60,
  achieved: 'Đã có dự thảo',
  difficulties: null,
  enteredBy: null,
  ...extra,
});

describe('progress reports', () => {
  it('keeps the reporting unit, the person, the proposals and the actual completion day', async () => {
    const t = kh76.taskId('1.1');
    const unitId = (await kh76.app.call('listUnits', {})).find((u) => u.name === 'Vụ Tổng hợp')!.id;
    await kh76.app.call(
      'addProgressUpdate',
      report(t, {
        reportedOn: '2021-07-20',
        percent: 100,
        reportedByUnitId: unitId,
        reportedByPerson: 'Đ/c Lan',
        proposals: 'Đề nghị Ban Chỉ đạo cho ý kiến',
        completedOn: '2021-07-15',
      }),
    );
    const [saved] = await kh76.app.call('getProgressHistory', { taskId: t });
    expect(saved).toMatchObject({
      reportedByUnitId: unitId,
      reportedByPerson: 'Đ/c Lan',
      proposals: 'Đề nghị Ban Chỉ đạo cho ý kiến',
      completedOn: '2021-07-15',
    });
    await kh76.refresh();
    expect(kh76.view.tasks.find((x) => x.id === t)).toMatchObject({
      completedOn: '2021-07-15',
      progress: 100,
    });
  });

  it('refuses a report dated after today, and a completion that does not add up', async () => {
    const t = kh76.taskId('1.1');
    expect(await kh76.app.refuse('addProgressUpdate', report(t, { reportedOn: '2099-01-01' }))).toContain(
      'không thể sau hôm nay',
    );
    expect(
      await kh76.app.refuse('addProgressUpdate', report(t, { percent: 80, completedOn: '2021-07-01' })),
    ).toContain('100%');
    expect(
      await kh76.app.refuse('addProgressUpdate', report(t, { percent: 100, completedOn: '2021-08-01' })),
    ).toContain('sau ngày báo cáo');
    expect(await kh76.app.call('getProgressHistory', { taskId: t })).toEqual([]);
  });

  it('corrects and deletes a report, each undone exactly', async () => {
    const t = kh76.taskId('1.2');
    const added = await kh76.app.call('addProgressUpdate', report(t));
    const before = dumpTables(kh76.app.services.repository.database);
    await kh76.app.call('updateProgressUpdate', {
      updateId: added.id,
      reportedOn: '2021-07-12',
      percent: 65,
      achieved: 'Đã có dự thảo lần 2',
      difficulties: null,
      enteredBy: null,
      proposals: 'Gia hạn 15 ngày',
    });
    const [corrected] = await kh76.app.call('getProgressHistory', { taskId: t });
    expect(corrected).toMatchObject({ id: added.id, percent: 65, proposals: 'Gia hạn 15 ngày' });
    expect((await kh76.app.call('getUndoState', {})).undoLabel).toBe('Sửa báo cáo tiến độ');
    await kh76.app.call('undo', {});
    expect(dumpTables(kh76.app.services.repository.database)).toEqual(before);
    await kh76.app.call('deleteProgressUpdate', { updateId: added.id });
    expect(await kh76.app.call('getProgressHistory', { taskId: t })).toEqual([]);
    await kh76.app.call('undo', {});
    expect(dumpTables(kh76.app.services.repository.database)).toEqual(before);
  });

  it('writes once when the same submit arrives twice, and refuses the key reused for other content', async () => {
    const t = kh76.taskId('1.3');
    const input = report(t, { requestKey: 'k-0123456789' });
    const [first, second] = await Promise.all([
      kh76.app.call('addProgressUpdate', input),
      kh76.app.call('addProgressUpdate', input),
    ]);
    expect(second.id).toBe(first.id);
    expect(await kh76.app.call('getProgressHistory', { taskId: t })).toHaveLength(1);
    expect(await kh76.app.refuse('addProgressUpdate', { ...input, percent: 70 })).toContain('nội dung khác');
    await kh76.app.call('addProgressUpdate', { ...input, requestKey: 'k-9876543210' });
    expect(await kh76.app.call('getProgressHistory', { taskId: t })).toHaveLength(2);
  });
});
