/**
 * Getting a candidate plan (a backup, or the bytes of a plan file) ready to become the live database,
 * and then putting it in place. The candidate is always a private copy beside the live file: the
 * chosen backup or the user's file is never opened for writing, and a migration runs on the copy.
 */
import fs from 'node:fs';
import { UserError } from '../../shared/api/user-error';
import { openDatabase, openPlainDatabase } from '../storage/database';
import type { Migration } from '../storage/migrations/index';
import {
  fileSize,
  fsyncFile,
  removeIfExists,
  removeWithCompanions,
  renameDurably,
  writeFileDurably,
} from './durable-files';
import { inspectDatabaseFile } from './inspect-file';
import { temporaryName } from './snapshot';

export type PreparedReplacement = {
  file: string;
  planCount: number;
  taskCount: number;
  /** The schema version the candidate had, when it was older and has been migrated (on the copy). */
  migratedFrom: number | null;
  discard(): void;
};

export type ReplacementSource = { kind: 'file'; file: string } | { kind: 'bytes'; bytes: Uint8Array };

export function prepareReplacement(
  source: ReplacementSource,
  livePath: string,
  migrations: readonly Migration[],
  nativeBinding?: string,
): PreparedReplacement {
  const file = temporaryName(livePath);
  const discard = () => removeWithCompanions(file);
  try {
    if (source.kind === 'file') {
      // COPYFILE_EXCL: never overwrite; the copy is ours alone.
      fs.copyFileSync(source.file, file, fs.constants.COPYFILE_EXCL);
      fsyncFile(file);
    } else {
      writeFileDurably(file, source.bytes);
    }
    const verdict = inspectDatabaseFile(file, migrations, { nativeBinding });
    if (!verdict.ok)
      throw new UserError(verdict.message, verdict.problem === 'newer' ? 'conflict' : 'invalid-input');
    if (verdict.needsMigration) openDatabase(file, { migrations, nativeBinding }).close();
    // One self-contained file in rollback-journal mode: no write-ahead log of its own to lose on the way in.
    const copy = openPlainDatabase(file, { nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncFile(file);
    return {
      file,
      planCount: verdict.planCount,
      taskCount: verdict.taskCount,
      migratedFrom: verdict.needsMigration ? verdict.schemaVersion : null,
      discard,
    };
  } catch (error) {
    discard();
    throw error;
  }
}

export const DATABASE_IN_USE_MESSAGE =
  'Tệp dữ liệu đang được một chương trình khác mở (ví dụ một cửa sổ khác của ứng dụng hoặc dòng lệnh). ' +
  'Hãy đóng chương trình đó rồi thử lại; dữ liệu chưa bị thay đổi.';

/**
 * Puts the prepared file in place of the live one. Call with no connection open on `livePath`.
 * The rename replaces the file in one step: after a power cut there is either the old plan or the new.
 */
export function putInPlace(prepared: PreparedReplacement, livePath: string): void {
  // Our own close checkpoints and removes the log; one left with content means another connection is open.
  if ((fileSize(`${livePath}-wal`) ?? 0) > 0) throw new UserError(DATABASE_IN_USE_MESSAGE, 'conflict');
  // A leftover log or journal of the old file must never be replayed onto the new one.
  for (const suffix of ['-wal', '-shm', '-journal']) removeIfExists(`${livePath}${suffix}`);
  renameDurably(prepared.file, livePath);
}
