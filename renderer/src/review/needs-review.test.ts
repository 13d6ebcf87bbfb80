import { describe, expect, it } from 'vitest';
import { fixtureView } from '../testing/plan-fixture';
import { MISSING_LEAD, collectReviewItems } from './needs-review';

describe('collectReviewItems', () => {
  const items = collectReviewItems(fixtureView('2021-07-20'));

  it('lists 1.5 with the import warning and its missing lead', () => {
    const item = items.find((i) => i.task?.wbs === '1.5');
    expect(item?.notes).toEqual([
      { line: 48, message: 'Không thấy “Thời gian hoàn thành”.' },
      { line: null, message: MISSING_LEAD },
    ]);
  });

  it('adds warnings about the document as a whole, after the tasks', () => {
    expect(items.at(-1)).toEqual({
      key: 'plan-2',
      task: null,
      notes: [{ line: 50, message: 'Văn bản kết thúc giữa chừng.' }],
    });
  });

  it('does not repeat a gap the import already named', () => {
    const view = fixtureView('2021-07-20');
    const task = view.tasks.find((t) => t.wbs === '1.5');
    if (!task) throw new Error('fixture has no 1.5');
    task.warnings = [{ line: 48, message: 'Mục 1.5 thiếu đơn vị chủ trì, thời gian hoàn thành.' }];
    const [item] = collectReviewItems(view);
    expect(item?.notes).toEqual([
      { line: 48, message: 'Mục 1.5 thiếu đơn vị chủ trì, thời gian hoàn thành.' },
    ]);
  });

  it('leaves complete tasks and groups out', () => {
    expect(items.map((i) => i.task?.wbs ?? null)).toEqual(['1.5', null]);
  });
});
