/**
 * Consistent, complete copies of a live database in a single file. A copy is written under a
 * temporary name, switched to rollback-journal mode (one self-contained file that opens read-only
 * anywhere), checked, flushed, and only then renamed to its final name: a name that exists is a
 * finished copy.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { type Db, openPlainDatabase } from '../storage/database';
import { createOwnerOnlyFile } from '../storage/file-access';
import { fsyncFile, removeWithCompanions, renameDurably } from './durable-files';

export const TEMPORARY_SUFFIX = '.tmp';

export function temporaryName(destination: string): string {
  return `${destination}.${process.pid}-${crypto.randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`;
}

function finish(temporary: string, destination: string, nativeBinding: string | undefined): void {
  const copy = openPlainDatabase(temporary, { nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`The copy failed its check: ${String(check)}`);
  } finally {
    copy.close();
  }
  fsyncFile(temporary);
  if (fs.existsSync(destination)) throw new Error(`${destination} already exists`);
  renameDurably(temporary, destination);
}

/**
 * Synchronous copy with `VACUUM INTO` (a read transaction: one consistent state). Used where the
 * caller cannot wait — opening at start, before a migration, just before replacing the live file —
 * and where nothing else may write in between. Takes milliseconds for a plan (see the report figures).
 */
export function snapshotNow(db: Db, destination: string, nativeBinding?: string): void {
  const temporary = temporaryName(destination);
  try {
    // VACUUM INTO writes into an empty file that exists: made first, it is the owner's alone.
    createOwnerOnlyFile(temporary);
    db.prepare('VACUUM INTO ?').run(temporary);
    finish(temporary, destination, nativeBinding);
  } catch (error) {
    removeWithCompanions(temporary);
    throw error;
  }
}

/**
 * SQLite's online backup API: copies pages a batch at a time between event-loop turns, so the window
 * stays responsive; edits made meanwhile on the same connection are carried into the copy.
 */
export async function snapshotOnline(db: Db, destination: string, nativeBinding?: string): Promise<void> {
  const temporary = temporaryName(destination);
  try {
    createOwnerOnlyFile(temporary);
    await db.backup(temporary);
    finish(temporary, destination, nativeBinding);
  } catch (error) {
    removeWithCompanions(temporary);
    throw error;
  }
}
