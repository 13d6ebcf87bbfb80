import { describe, expect, it } from 'vitest';
import { deadlineTitle } from './deadline-title';

describe('deadlineTitle', () => {
  it('shows the wording and the last allowed day as dd/mm/yyyy', () => {
    expect(
      deadlineTitle({
        deadline: '2021-07-14',
        deadlineText: 'Trước ngày 15 tháng 7 năm 2021',
        recurrence: null,
      }),
    ).toBe('Trước ngày 15 tháng 7 năm 2021 — hạn cuối: 14/07/2021');
  });

  it('says when there is no date', () => {
    expect(deadlineTitle({ deadline: null, deadlineText: null, recurrence: null })).toBe(
      'Văn bản không ghi thời hạn — chưa xác định được ngày',
    );
  });

  it('names both deadlines of a revised task', () => {
    expect(
      deadlineTitle({
        deadline: '2021-09-30',
        deadlineText: 'Tháng 7 năm 2021',
        recurrence: null,
        baselineDeadline: '2021-07-31',
        revisionCount: 2,
      }),
    ).toBe(
      'Thời hạn theo kế hoạch: Tháng 7 năm 2021 — hạn cuối: 31/07/2021\nThời hạn điều chỉnh: 30/09/2021 (điều chỉnh 2 lần)',
    );
  });
});
