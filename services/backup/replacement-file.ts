/**
 * Getting a candidate plan (a backup, or the bytes of a plan file) ready to become the live database,
 * and then putting it in place. The candidate is always a private copy beside the live file: the
 * chosen backup or the user's file is never opened for writing, and a migration runs on the copy.
 * The copy's rows then go into the live file (storage/replace-content.ts); the file is never renamed.
 */
import fs from 'node:fs';
import { UserError } from '../../shared/api/user-error';
import { openDatabase, openPlainDatabase } from '../storage/database';
import type { Migration } from '../storage/migrations/index';
import { fsyncFile, removeWithCompanions, writeFileDurably } from './durable-files';
import { describePlanProblems, findPlanProblems } from './check-plan-rows';
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
      // A copy takes its source's mode; a backup from an older version may be readable by all.
      fs.chmodSync(file, 0o600);
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
      // Row by row, as the window will read it: refused here, before anything is replaced.
      const refusal = describePlanProblems(findPlanProblems(copy));
      if (refusal !== null) throw new UserError(refusal);
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
