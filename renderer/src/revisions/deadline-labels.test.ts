import { describe, expect, it } from 'vitest';
import type { TaskRevision } from '../../../shared/revisions/revision-schema';
import { planDeadlineLabel, revisedDeadlineLabel, revisionGrounds, revisionSummary } from './deadline-labels';

const plan = { deadlineText: 'Tháng 7 năm 2021', baselineDeadline: '2021-07-31' };

describe('deadline labels', () => {
  it('names the plan’s deadline by its wording and day, and the revised one with its count', () => {
    expect(planDeadlineLabel({ ...plan, deadline: '2021-07-31', revisionCount: 0 })).toBe(
      'Tháng 7 năm 2021 (31/07/2021)',
    );
    expect(revisedDeadlineLabel({ ...plan, deadline: '2021-07-31', revisionCount: 0 })).toBeNull();
    expect(revisedDeadlineLabel({ ...plan, deadline: '2021-09-30', revisionCount: 2 })).toBe(
      '30/09/2021 — điều chỉnh 2 lần',
    );
    expect(
      planDeadlineLabel({
        deadlineText: '20/09/2021',
        baselineDeadline: '2021-09-20',
        deadline: null,
        revisionCount: 0,
      }),
    ).toBe('20/09/2021');
  });

  it('writes a revision as what changed, then why and by which decision', () => {
    const r: TaskRevision = {
      id: 1,
      taskId: 4,
      start: '2021-07-01',
      deadline: '2021-09-30',
      previousStart: null,
      previousDeadline: '2021-07-31',
      decidedOn: '2021-08-05',
      kind: 'decided',
      reason: 'Chờ ý kiến các bộ',
      meetingItemId: 3,
      meetingLabel: '“Họp Ban Chỉ đạo” ngày 05/08/2021',
      decisionRef: null,
      createdAt: '2021-08-05T10:00:00Z',
    };
    expect(revisionSummary(r)).toBe(
      'Điều chỉnh ngày 05/08/2021: hạn 31/07/2021 → 30/09/2021; bắt đầu — → 01/07/2021',
    );
    expect(revisionGrounds(r)).toBe(
      'Chờ ý kiến các bộ · Kết luận cuộc họp “Họp Ban Chỉ đạo” ngày 05/08/2021',
    );
    expect(revisionGrounds({ ...r, reason: null, meetingItemId: null, meetingLabel: null })).toBeNull();
  });
});
