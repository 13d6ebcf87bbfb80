/** "Đã xem — giữ nguyên" marks: kept with their reason, per plan, undone exactly, gone with their task. */
import { describe, expect, it } from 'vitest';
import { dumpTables, useKh76Session } from './editing-fixtures';

const kh76 = useKh76Session('2021-07-20');

describe('review dismissals', () => {
  it('keeps the reason, lists it for the plan only, and undoes exactly', async () => {
    const taskId = kh76.taskId('1.5');
    const before = dumpTables(kh76.app.services.repository.database);
    const mark = await kh76.app.call('dismissReviewProblem', {
      taskId,
      problem: 'missing-deliverable',
      reason: 'Cuộc họp không có sản phẩm riêng',
    });
    expect(await kh76.app.call('listReviewDismissals', { planId: kh76.planId })).toEqual([mark]);
    expect((await kh76.app.call('getUndoState', {})).undoLabel).toBe('Đánh dấu đã xem — giữ nguyên');
    await kh76.app.call('undo', {});
    expect(dumpTables(kh76.app.services.repository.database)).toEqual(before);
    await kh76.app.call('redo', {});
    await kh76.app.call('reopenReviewProblem', { dismissalId: mark.id });
    expect(await kh76.app.call('listReviewDismissals', { planId: kh76.planId })).toEqual([]);
  });

  it('refuses a mark without a reason, and forgets the mark when its task is deleted', async () => {
    const taskId = kh76.taskId('1.5');
    expect(
      await kh76.app.refuse('dismissReviewProblem', { taskId, problem: 'missing-lead', reason: '  ' }),
    ).toContain('lý do');
    await kh76.app.call('dismissReviewProblem', {
      taskId,
      problem: 'missing-lead',
      reason: 'Chờ Ban Chỉ đạo',
    });
    await kh76.app.call('deleteTask', { taskId, children: 'delete' });
    expect(await kh76.app.call('listReviewDismissals', { planId: kh76.planId })).toEqual([]);
    await kh76.app.call('undo', {});
    expect(await kh76.app.call('listReviewDismissals', { planId: kh76.planId })).toHaveLength(1);
  });
});
