/**
 * Which backups to delete, as a pure rule: keep the newest 20; keep the first backup of each day
 * for 30 days; keep for 30 days the newest 10 backups taken just before a restore, a plan-file opening
 * or a migration (the way back from a replacement the user may regret — counted, so that restoring
 * again and again cannot fill the disk); delete the rest.
 */
import type { BackupReason } from './backup-names';

export type RetentionPolicy = { keepLatest: number; keepDays: number; keepBeforeReplace: number };

export const DEFAULT_RETENTION: RetentionPolicy = { keepLatest: 20, keepDays: 30, keepBeforeReplace: 10 };

const PROTECTED_REASONS: ReadonlySet<BackupReason> = new Set([
  'truoc-khoi-phuc',
  'truoc-khi-mo-tep',
  'truoc-nang-cap',
]);

export type RetainedBackup = { id: string; createdAt: Date; reason: BackupReason };

const DAY_MS = 86_400_000;

/** The calendar day a backup belongs to on this laptop's clock (a Vietnamese day, not UTC's). */
export function localDayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function backupsToDelete(
  backups: readonly RetainedBackup[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  dayKey: (date: Date) => string = localDayKey,
): string[] {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id),
  );
  const keep = new Set(newestFirst.slice(0, policy.keepLatest).map((b) => b.id));
  const cutoff = now.getTime() - policy.keepDays * DAY_MS;
  const firstOfDay = new Map<string, RetainedBackup>();
  let protectedKept = 0;
  for (const backup of newestFirst) {
    if (backup.createdAt.getTime() < cutoff) continue;
    if (PROTECTED_REASONS.has(backup.reason) && protectedKept < policy.keepBeforeReplace) {
      keep.add(backup.id);
      protectedKept++;
    }
    // Walking newest to oldest, the last one seen for a day is that day's first.
    firstOfDay.set(dayKey(backup.createdAt), backup);
  }
  for (const backup of firstOfDay.values()) keep.add(backup.id);
  return newestFirst.filter((b) => !keep.has(b.id)).map((b) => b.id);
}
