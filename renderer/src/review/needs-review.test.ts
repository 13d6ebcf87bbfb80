import { describe, expect, it } from 'vitest';
import type { ReviewDismissal } from '../../../shared/api/review-contract';
import { fixtureView } from '../testing/plan-fixture';
import { PROBLEM_MESSAGES, collectReviewItems, openProblemCount } from './needs-review';

const problemsOf = (list: ReturnType<typeof collectReviewItems>, wbs: string) =>
  list.open.find((i) => i.task.wbs === wbs)?.problems.map((p) => p.problem) ?? [];

describe('the "Cần bổ sung" list', () => {
  it('computes what 1.5 lacks from the data: lead, deadline, deliverable', () => {
    const list = collectReviewItems(fixtureView('2021-07-20'), []);
    expect(problemsOf(list, '1.5')).toEqual(['missing-lead', 'missing-deadline', 'missing-deliverable']);
    // A group is judged by its children, a complete task is not listed.
    expect(problemsOf(list, '1')).toEqual([]);
    expect(problemsOf(list, '1.1')).toEqual([]);
  });

  it('drops a problem as soon as it is fixed, while the import note stays as history', () => {
    const view = fixtureView('2021-07-20');
    const t15 = view.tasks.find((t) => t.wbs === '1.5')!;
    Object.assign(t15, {
      leads: view.tasks.find((t) => t.wbs === '1.1')!.leads,
      deadline: '2021-08-15',
      deadlineText: 'Tháng 8 năm 2021',
      deliverable: 'Thông báo kết luận',
    });
    const list = collectReviewItems(view, []);
    expect(problemsOf(list, '1.5')).toEqual([]);
    expect(list.importNotes.find((n) => n.task?.wbs === '1.5')?.notes).toEqual([
      { line: 48, message: 'Không thấy “Thời gian hoàn thành”.' },
    ]);
    expect(list.importNotes.at(-1)).toEqual({
      task: null,
      notes: [{ line: 50, message: 'Văn bản kết thúc giữa chừng.' }],
    });
  });

  it('tells a deadline that cannot be read from a missing one', () => {
    const view = fixtureView('2021-07-20');
    Object.assign(
      view.tasks.find((t) => t.wbs === '1.5')!,
      { deadlineText: 'Sau khi có ý kiến của Bộ' },
    );
    const problem = collectReviewItems(view, []).open.find((i) => i.task.wbs === '1.5')!.problems[1]!;
    expect(problem).toMatchObject({ problem: 'unreadable-deadline' });
    expect(problem.message).toContain('“Sau khi có ý kiến của Bộ”');
  });

  it('flags a top-level item left without children when the plan is organised in sections', () => {
    const view = fixtureView('2021-07-20');
    const section = { ...view.tasks[0]!, id: 99, wbs: '2', childIds: [], title: 'Xây dựng Đề án' };
    view.tasks.push(section);
    const list = collectReviewItems(view, []);
    expect(list.open.find((i) => i.task.wbs === '2')?.problems).toEqual([
      { problem: 'empty-section', message: PROBLEM_MESSAGES['empty-section'], dismissal: null },
    ]);
  });

  it('moves a problem marked "Đã xem — giữ nguyên" to the kept list with its reason', () => {
    const view = fixtureView('2021-07-20');
    const t15 = view.tasks.find((t) => t.wbs === '1.5')!;
    const mark: ReviewDismissal = {
      id: 1,
      taskId: t15.id,
      problem: 'missing-deliverable',
      reason: 'Cuộc họp không có sản phẩm riêng',
      createdAt: '2021-07-21T00:00:00Z',
    };
    const before = openProblemCount(collectReviewItems(view, []));
    const list = collectReviewItems(view, [mark]);
    expect(problemsOf(list, '1.5')).toEqual(['missing-lead', 'missing-deadline']);
    expect(list.kept.map((i) => i.problems.map((p) => p.dismissal?.reason))).toEqual([
      ['Cuộc họp không có sản phẩm riêng'],
    ]);
    expect(openProblemCount(list)).toBe(before - 1);
  });

  it('counts the deadline in force: one given only as a revision fills the gap the document left', () => {
    const view = fixtureView('2021-07-20');
    // 1.5 has no wording in the document; a dragged bar or "Thời hạn điều chỉnh" gave it a day.
    Object.assign(
      view.tasks.find((t) => t.wbs === '1.5')!,
      {
        deadlineText: null,
        baselineDeadline: null,
        deadline: '2021-08-31',
        revisionCount: 1,
      },
    );
    expect(problemsOf(collectReviewItems(view, []), '1.5')).toEqual(['missing-lead', 'missing-deliverable']);
  });
});
