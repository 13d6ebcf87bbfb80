/**
 * Opening the live database when the app starts: a damaged file is recognised, moved aside (never
 * deleted) and replaced by an empty database while the newest good backup is offered; a file that
 * needs migrating is backed up first; every other start is backed up too.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StartupStateDto } from '../../shared/api/backup-contract';
import { type Db, openDatabase } from '../storage/database';
import type { FileAccess } from '../storage/file-access';
import type { Migration } from '../storage/migrations/index';
import { createPlanRepository } from '../storage/plan-repository';
import { type BackupEntry, createBackupFolder, toInfo } from './backup-folder';
import { databaseStem, formatBackupStamp } from './backup-names';
import { COMPANION_SUFFIXES, renameDurably } from './durable-files';
import { describeDamage } from './startup-message';
import { snapshotNow } from './snapshot';

/** Whether the file opened normally, or was damaged and set aside (with the backup to offer). */
export type StartupState = StartupStateDto;

export type StartContext = {
  databasePath: string;
  migrations: readonly Migration[];
  nativeBinding?: string;
  now: () => Date;
  access?: FileAccess;
};

export type StartResult = { db: Db; state: StartupState };

/** Thrown from inside the open when the quick check finds damage SQLite itself did not report. */
class DamagedDatabaseError extends Error {}

function isDamage(error: unknown): boolean {
  if (error instanceof DamagedDatabaseError) return true;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return /^SQLITE_(CORRUPT|NOTADB|IOERR_SHORT_READ)/.test(code);
}

function hasPlanData(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM plans)').pluck().get() === 1;
}

/**
 * Set in the empty database that replaces a damaged one, so the offer survives a restart until the
 * user restores a backup, opens a plan file, or enters a plan of their own.
 */
const DAMAGED_FILE_SETTING = 'damaged_file_set_aside';

/** Renames the damaged file and its companions to `<name>.hong-<time>.sqlite…`; returns the new name. */
export function moveAside(databasePath: string, now: Date): string {
  const dir = path.dirname(databasePath);
  const aside = path.join(
    dir,
    `${databaseStem(path.basename(databasePath))}.hong-${formatBackupStamp(now)}.sqlite`,
  );
  for (const suffix of ['', ...COMPANION_SUFFIXES]) {
    if (fs.existsSync(`${databasePath}${suffix}`))
      renameDurably(`${databasePath}${suffix}`, `${aside}${suffix}`);
  }
  return aside;
}

export function openAtStart(context: StartContext): StartResult {
  const { databasePath, migrations, nativeBinding, now } = context;
  const folder = createBackupFolder(databasePath, nativeBinding);
  try {
    folder.clearAbandoned(now());
  } catch (error) {
    // Leftovers in a read-only folder cost nothing; the plan must still open.
    console.error('[backup] clearing abandoned copies failed:', error);
  }
  const size = fs.statSync(databasePath, { throwIfNoEntry: false })?.size;
  const existed = (size ?? 0) > 0;
  // SQLite would take an emptied file for a new database: with backups beside it, it is a loss.
  if (size === 0) {
    const offered = folder.newestGood(migrations);
    if (offered) return startAfterDamage(context, offered);
  }
  let backedUp = false;

  let db: Db;
  try {
    db = openDatabase(databasePath, {
      migrations,
      nativeBinding,
      access: context.access,
      beforeMigrate: (opened, pending, applied) => {
        if (!existed) return;
        const check = opened.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw new DamagedDatabaseError(String(check));
        if (applied.length > 0 && pending.length > 0) {
          // Refusing to migrate without a copy of the data as it was: a failed backup stops the start.
          snapshotNow(opened, folder.nextPath('truoc-nang-cap', now()), nativeBinding);
          backedUp = true;
        }
      },
    });
  } catch (error) {
    if (!existed || !isDamage(error)) throw error;
    return startAfterDamage(context, folder.newestGood(migrations));
  }

  if (existed && !backedUp && hasPlanData(db)) {
    try {
      snapshotNow(db, folder.nextPath('khoi-dong', now()), nativeBinding);
    } catch (error) {
      // The data itself is fine; a full disk must not keep the plan from opening.
      console.error('[backup] start-up backup failed:', error);
    }
  }
  try {
    folder.prune(now());
  } catch (error) {
    console.error('[backup] pruning failed:', error);
  }
  const earlierDamage = hasPlanData(db) ? null : createPlanRepository(db).getSetting(DAMAGED_FILE_SETTING);
  if (earlierDamage !== null)
    return { db, state: damagedState(earlierDamage, folder.newestGood(migrations)) };
  return { db, state: { state: 'ok' } };
}

function damagedState(damagedFile: string, offered: BackupEntry | null): StartupState {
  const offeredBackup = offered ? toInfo(offered) : null;
  return {
    state: 'damaged',
    damagedFile,
    offeredBackup,
    message: describeDamage(damagedFile, offeredBackup),
  };
}

function startAfterDamage(context: StartContext, offered: BackupEntry | null): StartResult {
  const { databasePath, migrations, nativeBinding, now } = context;
  const damagedFile = moveAside(databasePath, now());
  const db = openDatabase(databasePath, { migrations, nativeBinding });
  createPlanRepository(db).setSetting(DAMAGED_FILE_SETTING, damagedFile);
  return { db, state: damagedState(damagedFile, offered) };
}
