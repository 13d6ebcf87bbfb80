import { describe, expect, it } from 'vitest';
import { formatBackupDay, formatBackupTime, formatTaskCount } from './backup-format';

describe('backup formatting', () => {
  it('shows the local time as dd/mm/yyyy HH:mm', () => {
    const local = new Date(2021, 6, 20, 9, 5);
    expect(formatBackupTime(local.toISOString())).toBe('20/07/2021 09:05');
    expect(formatBackupDay(local.toISOString())).toBe('20/07/2021');
    expect(formatBackupTime('không phải ngày')).toBe('');
  });

  it('says when a copy cannot be read', () => {
    expect(formatTaskCount({ taskCount: 6 })).toBe('6 nhiệm vụ');
    expect(formatTaskCount({ taskCount: null })).toBe('Không đọc được');
  });
});
