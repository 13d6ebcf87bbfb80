/**
 * Backups, restore and plan files for one live database. Replacing the plan runs in one synchronous
 * stretch under the write lock — back up the current state, replace the content in place — so no
 * write of this or another process can come in between and be lost; it first waits for any online
 * backup still copying.
 */
import { formatFileSize } from '../../shared/files/file-size';
import fs from 'node:fs';
import { MAX_PLAN_FILE_BYTES } from '../../shared/api/backup-contract';
import { UserError } from '../../shared/api/user-error';
import { openPlainDatabase } from '../storage/database';
import type { LiveDatabase } from '../storage/live-database';
import type { Migration } from '../storage/migrations/index';
import { type BackupInfo, createBackupFolder, toInfo } from './backup-folder';
import type { BackupReason } from './backup-names';
import { removeWithCompanions } from './durable-files';
import { type ReplacementSource, prepareReplacement } from './replacement-file';
import { snapshotNow, snapshotOnline } from './snapshot';
import { planFileName } from './plan-file-name';

export type BackupContext = {
  databasePath: string;
  migrations: readonly Migration[];
  nativeBinding?: string;
  now: () => Date;
};

export type ReplaceResult = {
  /** The copy of the plan as it was just before, or null when there was no plan to keep. */
  safetyBackup: BackupInfo | null;
  planCount: number;
  taskCount: number;
  migratedFrom: number | null;
};

export type PlanFile = { fileName: string; bytes: Buffer };

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(context: BackupContext, live: LiveDatabase) {
  const { databasePath, migrations, nativeBinding, now } = context;
  const folder = createBackupFolder(databasePath, nativeBinding);
  const inFlight = new Set<Promise<unknown>>();
  // `total_changes()` counts every row this connection wrote; a new connection starts again from 0.
  let lastBackedUp = { db: live.db, changes: totalChanges() };

  function totalChanges(): number {
    return live.db.prepare('SELECT total_changes()').pluck().get() as number;
  }

  function hasPlanData(): boolean {
    return live.db.prepare('SELECT EXISTS (SELECT 1 FROM plans)').pluck().get() === 1;
  }

  function markBackedUp(): void {
    lastBackedUp = { db: live.db, changes: totalChanges() };
  }

  live.onReopen(markBackedUp);

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work);
    const forget = () => inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Resolves once no online backup is copying from the live connection. */
  async function whenIdle(): Promise<void> {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }

  function prune(): void {
    try {
      folder.prune(now());
    } catch (error) {
      // A backup that cannot be deleted costs disk space, never data.
      console.error('[backup] pruning failed:', error);
    }
  }

  async function createBackup(reason: BackupReason): Promise<BackupInfo> {
    const file = folder.nextPath(reason, now());
    const changes = totalChanges();
    const db = live.db;
    await track(snapshotOnline(db, file, nativeBinding));
    // Edits made while copying are in the copy; later ones will be in the next.
    if (live.db === db) lastBackedUp = { db, changes };
    prune();
    return folder.info(file);
  }

  /**
   * Synchronous backup of the current state (null when there is no plan in it to keep), through a
   * second connection: the live one holds the write transaction (VACUUM INTO cannot run inside one),
   * and that lock is what keeps other processes' edits out until the content is replaced.
   */
  function backupBesideTransaction(reason: BackupReason): BackupInfo | null {
    if (!hasPlanData()) return null;
    const file = folder.nextPath(reason, now());
    const reader = openPlainDatabase(databasePath, { nativeBinding });
    try {
      snapshotNow(reader, file, nativeBinding);
    } finally {
      reader.close();
    }
    return folder.info(file);
  }

  function replaceLive(source: ReplacementSource, reason: BackupReason): ReplaceResult {
    live.ensureCurrent();
    const prepared = prepareReplacement(source, databasePath, migrations, nativeBinding);
    try {
      // Checked before anything is changed: the current plan stays as it is if the candidate is refused.
      let safetyBackup: BackupInfo | null = null;
      live.replaceContent(prepared.file, () => {
        safetyBackup = backupBesideTransaction(reason);
      });
      prune();
      return {
        safetyBackup,
        planCount: prepared.planCount,
        taskCount: prepared.taskCount,
        migratedFrom: prepared.migratedFrom,
      };
    } finally {
      prepared.discard();
    }
  }

  function restoreBackupNow(id: string): ReplaceResult & { restoredFrom: BackupInfo } {
    const entry = folder.find(id);
    if (!entry)
      throw new UserError(
        'Không tìm thấy bản sao lưu này (có thể đã bị xoá). Hãy tải lại danh sách.',
        'not-found',
      );
    const result = replaceLive({ kind: 'file', file: entry.file }, 'truoc-khoi-phuc');
    return { ...result, restoredFrom: toInfo(entry) };
  }

  return {
    backupFolder: folder.folder,
    listBackups: (): BackupInfo[] => folder.list().map(toInfo),
    createBackup,
    whenIdle,
    restoreBackupNow,
    async restoreBackup(id: string) {
      await whenIdle();
      return restoreBackupNow(id);
    },

    async exportPlanFile(): Promise<PlanFile> {
      const file = folder.temporaryPath('xuat-tep');
      try {
        await track(snapshotOnline(live.db, file, nativeBinding));
        const bytes = fs.readFileSync(file);
        if (bytes.length > MAX_PLAN_FILE_BYTES) {
          throw new UserError(
            `Dữ liệu kế hoạch quá lớn để lưu thành một tệp (giới hạn ${formatFileSize(MAX_PLAN_FILE_BYTES)}).`,
            'conflict',
          );
        }
        return { fileName: planFileName(now()), bytes };
      } finally {
        removeWithCompanions(file);
      }
    },

    async openPlanFile(bytes: Uint8Array): Promise<ReplaceResult> {
      if (bytes.length > MAX_PLAN_FILE_BYTES) {
        throw new UserError(
          `Tệp quá lớn để là tệp kế hoạch (giới hạn ${formatFileSize(MAX_PLAN_FILE_BYTES)}).`,
        );
      }
      await whenIdle();
      return replaceLive({ kind: 'bytes', bytes }, 'truoc-khi-mo-tep');
    },

    /** Whether anything was written since the last backup (for the periodic one). */
    hasChangesSinceBackup: (): boolean =>
      lastBackedUp.db !== live.db || totalChanges() !== lastBackedUp.changes,
  };
}
