import { describe, expect, it } from 'vitest';
import type { BackupReason } from './backup-names';
import { type RetainedBackup, backupsToDelete, localDayKey } from './retention';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date(Date.UTC(2024, 4, 31, 12, 0, 0));
// Days in UTC, so the test means the same thing in every time zone.
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

function backup(id: string, msBeforeNow: number, reason: BackupReason = 'dinh-ky'): RetainedBackup {
  return { id, createdAt: new Date(NOW.getTime() - msBeforeNow), reason };
}

const kept = (all: RetainedBackup[]) => {
  const doomed = new Set(backupsToDelete(all, NOW, undefined, utcDay));
  return all.filter((b) => !doomed.has(b.id)).map((b) => b.id);
};

describe('backup retention', () => {
  it('keeps everything when there are 20 or fewer', () => {
    const all = Array.from({ length: 20 }, (_, i) => backup(`b${i}`, i * 400 * DAY));
    expect(backupsToDelete(all, NOW, undefined, utcDay)).toEqual([]);
  });

  it('keeps the newest 20 and the first of each earlier day, deleting the other backups of those days', () => {
    // Today: 25 periodic backups, every 20 minutes from 03:40 to 11:40.
    const today = Array.from({ length: 25 }, (_, i) => backup(`today-${i}`, (i + 1) * 20 * 60_000));
    // Yesterday (UTC): three backups at 15:00, 19:00 and 23:00.
    const yesterday = [15, 19, 23].map((h) => backup(`yesterday-${h}`, DAY - (h - 12) * HOUR));
    const result = kept([...today, ...yesterday]);
    // The 20 newest of today, plus today's first (the oldest of today) and yesterday's first.
    expect(result).toEqual([...today.slice(0, 20).map((b) => b.id), 'today-24', 'yesterday-15']);
  });

  it('keeps a day’s first backup for 30 days and no longer', () => {
    const recent = Array.from({ length: 20 }, (_, i) => backup(`recent-${i}`, i * 60_000));
    const daily = [5, 29, 31, 60].map((days) => backup(`day-${days}`, days * DAY));
    expect(kept([...recent, ...daily])).toEqual([...recent.map((b) => b.id), 'day-5', 'day-29']);
  });

  it('keeps a backup taken before a restore, a plan-file opening or an upgrade for 30 days', () => {
    const recent = Array.from({ length: 20 }, (_, i) => backup(`recent-${i}`, i * 60_000));
    const sameDay = [
      backup('first', 3 * DAY + 3 * HOUR),
      backup('restore', 3 * DAY + 2 * HOUR, 'truoc-khoi-phuc'),
      backup('open', 3 * DAY + HOUR, 'truoc-khi-mo-tep'),
      backup('upgrade', 3 * DAY + 30 * 60_000, 'truoc-nang-cap'),
      backup('periodic', 3 * DAY, 'dinh-ky'),
      backup('old-restore', 40 * DAY, 'truoc-khoi-phuc'),
    ];
    expect(kept([...recent, ...sameDay])).toEqual([
      ...recent.map((b) => b.id),
      'first',
      'restore',
      'open',
      'upgrade',
    ]);
  });

  it('keeps only the newest 10 backups taken before a replacement, however often the user restores', () => {
    const recent = Array.from({ length: 20 }, (_, i) => backup(`recent-${i}`, i * 60_000));
    // 30 restores on one afternoon three days ago, one every minute.
    const restores = Array.from({ length: 30 }, (_, i) =>
      backup(`restore-${i}`, 3 * DAY + i * 60_000, 'truoc-khoi-phuc'),
    );
    const result = kept([...recent, ...restores]);
    // The 10 newest restores, plus that day's first backup (the oldest restore).
    expect(result).toEqual([
      ...recent.map((b) => b.id),
      ...restores.slice(0, 10).map((b) => b.id),
      'restore-29',
    ]);
    expect(result.filter((id) => id.startsWith('restore-'))).toHaveLength(11);
  });

  it('does not depend on the order it is given', () => {
    const all = Array.from({ length: 60 }, (_, i) => backup(`b${String(i).padStart(2, '0')}`, i * 7 * HOUR));
    const reversed = [...all].reverse();
    expect(backupsToDelete(reversed, NOW, undefined, utcDay).sort()).toEqual(
      backupsToDelete(all, NOW, undefined, utcDay).sort(),
    );
    expect(backupsToDelete(all, NOW, undefined, utcDay).length).toBeGreaterThan(0);
  });

  it('groups by the laptop’s own calendar day', () => {
    expect(localDayKey(new Date(2024, 0, 2, 0, 30))).toBe('2024-01-02');
    expect(localDayKey(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});
