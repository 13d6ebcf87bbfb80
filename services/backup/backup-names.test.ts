import { describe, expect, it } from 'vitest';
import { backupFileName, databaseStem, parseBackupName } from './backup-names';

const AT = new Date(Date.UTC(2024, 4, 1, 3, 4, 5, 67));

describe('backup names', () => {
  it('round-trips the time and reason, and sorts as text in time order', () => {
    const name = backupFileName('ke-hoach', AT, 'dinh-ky');
    expect(name).toBe('ke-hoach-2024-05-01T03-04-05-067Z-dinh-ky.sqlite');
    expect(parseBackupName('ke-hoach', name)).toEqual({ createdAt: AT, reason: 'dinh-ky' });
    const later = backupFileName('ke-hoach', new Date(AT.getTime() + 1), 'khoi-dong');
    expect([later, name].sort()).toEqual([name, later]);
  });

  it('tells two backups of the same millisecond apart', () => {
    const second = backupFileName('ke-hoach', AT, 'thu-cong', 1);
    expect(second).toBe('ke-hoach-2024-05-01T03-04-05-067Z-thu-cong-1.sqlite');
    expect(parseBackupName('ke-hoach', second)?.reason).toBe('thu-cong');
  });

  it('ignores other databases’ backups, temporary copies and anything else', () => {
    const name = backupFileName('ke-hoach', AT, 'dinh-ky');
    expect(parseBackupName('ke-hoach-2', name)).toBeNull();
    expect(parseBackupName('ke', name)).toBeNull();
    expect(parseBackupName('ke-hoach', `${name}.123-abcd.tmp`)).toBeNull();
    expect(parseBackupName('ke-hoach', 'ke-hoach-2024-02-31T03-04-05-067Z-dinh-ky.sqlite')).toBeNull();
    expect(parseBackupName('ke-hoach', 'ke-hoach-2024-05-01T03-04-05-067Z-khac.sqlite')).toBeNull();
    expect(parseBackupName('ke-hoach', 'ke-hoach.sqlite')).toBeNull();
  });

  it('takes the stem from the database file name, with any characters in it', () => {
    expect(databaseStem('ke-hoach.sqlite')).toBe('ke-hoach');
    expect(databaseStem('Kế hoạch (bản 2).db')).toBe('Kế hoạch (bản 2)');
    const name = backupFileName('Kế hoạch (bản 2)', AT, 'khoi-dong');
    expect(parseBackupName('Kế hoạch (bản 2)', name)?.createdAt).toEqual(AT);
  });
});
