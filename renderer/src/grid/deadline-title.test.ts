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
});
