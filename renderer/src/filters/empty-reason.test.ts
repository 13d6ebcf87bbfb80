import { describe, expect, it } from 'vitest';
import { fixtureView } from '../testing/plan-fixture';
import { NO_FILTER } from './filter-tasks';
import { emptyReason } from './empty-reason';

describe('why no task is shown', () => {
  const view = fixtureView('2021-07-20');

  it('says the plan has no tasks when it has none', () => {
    expect(emptyReason({ ...view, tasks: [] }, NO_FILTER)).toEqual({ kind: 'no-tasks' });
  });

  it('names each active filter, and which one alone hides everything', () => {
    const unit = view.tasks.find((t) => t.wbs === '1.1')!.leads[0]!;
    const reason = emptyReason(view, {
      ...NO_FILTER,
      unitId: unit.id,
      statuses: ['done'],
      search: 'khảo sát',
    });
    expect(reason).toEqual({
      kind: 'filtered',
      parts: [
        { part: 'unit', text: `Đơn vị: ${unit.name} (chủ trì)`, alone: false },
        { part: 'statuses', text: 'Trạng thái: Hoàn thành', alone: true },
        { part: 'search', text: 'Tìm: “khảo sát”', alone: false },
      ],
    });
  });
});
