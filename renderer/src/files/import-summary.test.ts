import { describe, expect, it } from 'vitest';
import { importSummary, importWarningsNote } from './import-summary';

const result = { planId: 2, code: '12/KH-TANDTC', taskCount: 14, unitCount: 5, warningCount: 0 };

describe('import summary', () => {
  it('names the plan and what it holds', () => {
    expect(importSummary(result)).toBe('Đã nhập kế hoạch số 12/KH-TANDTC: 14 nhiệm vụ, 5 đơn vị.');
  });

  it('counts the warnings and says where to review them', () => {
    expect(importWarningsNote(result)).toMatch(/^Không có cảnh báo/);
    expect(importWarningsNote({ ...result, warningCount: 3 })).toMatch(/^Có 3 cảnh báo .*“Cần rà soát”/);
  });
});
