/**
 * The `sao-luu` folder beside the database: where the next backup goes, which finished backups of this
 * database it holds, and pruning by the retention rule. Half-written copies (temporary names) are
 * never listed, and are cleared once they are clearly abandoned.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfoDto } from '../../shared/api/backup-contract';
import { openPlainDatabase } from '../storage/database';
import {
  BACKUP_EXTENSION,
  BACKUP_FOLDER_NAME,
  BACKUP_REASON_LABELS,
  type BackupReason,
  backupFileName,
  databaseStem,
  parseBackupName,
} from './backup-names';
import type { Migration } from '../storage/migrations/index';
import { removeIfExists } from './durable-files';
import { inspectDatabaseFile } from './inspect-file';
import { backupsToDelete } from './retention';
import { TEMPORARY_SUFFIX, temporaryName } from './snapshot';

export type BackupInfo = BackupInfoDto;

export type BackupEntry = BackupInfo & { file: string };

export function toInfo(entry: BackupEntry): BackupInfo {
  const { id, createdAt, reason, reasonLabel, sizeBytes, taskCount } = entry;
  return { id, createdAt, reason, reasonLabel, sizeBytes, taskCount };
}

/** A temporary copy older than this belongs to a backup that was interrupted (power cut, killed process). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

function listFolder(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

export type BackupFolder = ReturnType<typeof createBackupFolder>;

export function createBackupFolder(databasePath: string, nativeBinding?: string) {
  const folder = path.join(path.dirname(databasePath), BACKUP_FOLDER_NAME);
  const stem = databaseStem(path.basename(databasePath));

  function countTasks(file: string): number | null {
    try {
      const db = openPlainDatabase(file, { nativeBinding, readonly: true });
      try {
        return db.prepare('SELECT COUNT(*) FROM tasks').pluck().get() as number;
      } finally {
        db.close();
      }
    } catch {
      return null;
    }
  }

  const fileNames = () => listFolder(folder);

  function entries(withTaskCounts: boolean): BackupEntry[] {
    const found: BackupEntry[] = [];
    for (const name of fileNames()) {
      const parsed = parseBackupName(stem, name);
      if (!parsed) continue;
      const file = path.join(folder, name);
      let sizeBytes: number;
      try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) continue;
        sizeBytes = stat.size;
      } catch {
        continue;
      }
      found.push({
        id: name,
        file,
        createdAt: parsed.createdAt.toISOString(),
        reason: parsed.reason,
        reasonLabel: BACKUP_REASON_LABELS[parsed.reason],
        sizeBytes,
        taskCount: withTaskCounts ? countTasks(file) : null,
      });
    }
    // Newest first; the name breaks ties (same millisecond) the same way every time.
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  return {
    folder,

    /** A fresh, unused path for a backup made now for `reason`. */
    nextPath(reason: BackupReason, now: Date): string {
      fs.mkdirSync(folder, { recursive: true });
      for (let sequence = 0; ; sequence++) {
        const file = path.join(folder, backupFileName(stem, now, reason, sequence));
        if (!fs.existsSync(file)) return file;
      }
    },

    /** A scratch file in the folder (e.g. for saving the plan to a file); cleared if abandoned. */
    temporaryPath(label: string): string {
      fs.mkdirSync(folder, { recursive: true });
      return `${temporaryName(path.join(folder, `${stem}-${label}`))}${BACKUP_EXTENSION}`;
    },

    list: (): BackupEntry[] => entries(true),

    /** The newest backup that passes every check a restore would make, or null. */
    newestGood(migrations: readonly Migration[]): BackupEntry | null {
      for (const entry of entries(false)) {
        try {
          const verdict = inspectDatabaseFile(entry.file, migrations, { nativeBinding, readonly: true });
          if (verdict.ok) return { ...entry, taskCount: verdict.taskCount };
        } catch {
          // Unreadable: try the next older one.
        }
      }
      return null;
    },

    /** Only an id the listing itself produced resolves to a file: an id is never joined to a path as given. */
    find(id: string): BackupEntry | null {
      const match = entries(false).find((e) => e.id === id);
      return match ? { ...match, taskCount: countTasks(match.file) } : null;
    },

    info(file: string): BackupInfo {
      const match = entries(false).find((e) => e.file === file);
      if (!match) throw new Error(`${file} is not a finished backup`);
      return toInfo({ ...match, taskCount: countTasks(file) });
    },

    /** Applies the retention rule; returns the ids it deleted. */
    prune(now: Date): string[] {
      const all = entries(false);
      const doomed = backupsToDelete(
        all.map((e) => ({ id: e.id, createdAt: new Date(e.createdAt), reason: e.reason })),
        now,
      );
      const byId = new Map(all.map((e) => [e.id, e.file]));
      for (const id of doomed) removeIfExists(byId.get(id)!);
      return doomed;
    },

    /** Removes this database's temporary copies left by an interrupted backup, restore or save. */
    clearAbandoned(now: Date): void {
      const liveName = path.basename(databasePath);
      const candidates = [
        ...fileNames()
          .filter((n) => n.startsWith(`${stem}-`))
          .map((n) => path.join(folder, n)),
        ...listFolder(path.dirname(databasePath))
          .filter((n) => n.startsWith(`${liveName}.`))
          .map((n) => path.join(path.dirname(databasePath), n)),
      ];
      for (const file of candidates) {
        if (!path.basename(file).includes(TEMPORARY_SUFFIX)) continue;
        try {
          if (now.getTime() - fs.statSync(file).mtimeMs > ABANDONED_AFTER_MS) removeIfExists(file);
        } catch {
          // Already gone.
        }
      }
    },
  };
}
