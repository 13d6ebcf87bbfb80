/**
 * The connection the app is using now. Restoring a backup or opening a plan file replaces the
 * content inside the live file (see replace-content.ts), never the file itself. Should another
 * program still replace the file (an older version of this app, a copy made by hand), the change of
 * file identity is noticed before the next call and the connection reopened on the new file, so no
 * write ever goes into a deleted file.
 */
import fs from 'node:fs';
import { UserError } from '../../shared/api/user-error';
import type { Db } from './database';
import { type ReadOnlyReason, readOnlyReason } from './file-access';
import { type PlanRepository, createPlanRepository } from './plan-repository';
import { replaceContentInPlace } from './replace-content';

export type LiveDatabase = {
  readonly file: string;
  readonly db: Db;
  readonly repository: PlanRepository;
  /** Why the plan is open read-only, or null when it can be edited. */
  readonly readOnly: ReadOnlyReason | null;
  /** Replaces the content with the candidate file's, running `whileLocked` first under the write lock. */
  replaceContent(candidateFile: string, whileLocked: () => void): void;
  /** Reopens the connection if the file at the path is no longer the one open (replaced by another program). */
  ensureCurrent(): void;
  /** Called after the content was replaced or the connection reopened. */
  onReopen(listener: () => void): void;
  close(): void;
};

export const FILE_GONE_MESSAGE =
  'Tệp dữ liệu đã bị một chương trình khác chuyển đi hoặc xoá, nên thay đổi không được ghi. ' +
  'Hãy đóng rồi mở lại ứng dụng.';

type Identity = { dev: number; ino: number } | null;

function identityOf(file: string): Identity {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

function sameFile(a: Identity, b: Identity): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

function reasonFor(db: Db, file: string): ReadOnlyReason | null {
  if (!db.readonly) return null;
  return readOnlyReason(file, true) ?? 'file';
}

export function createLiveDatabase(file: string, initial: Db, open: (file: string) => Db): LiveDatabase {
  let db = initial;
  let repository = createPlanRepository(db);
  let identity = identityOf(file);
  let readOnly = reasonFor(db, file);
  let closed = false;
  const listeners: (() => void)[] = [];
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    file,
    get db() {
      return db;
    },
    get repository() {
      return repository;
    },
    get readOnly() {
      return readOnly;
    },
    replaceContent(candidateFile, whileLocked) {
      if (closed) throw new Error('The database is closed');
      replaceContentInPlace(db, candidateFile, whileLocked);
      notify();
    },
    ensureCurrent() {
      if (closed) throw new Error('The database is closed');
      const now = identityOf(file);
      if (sameFile(now, identity)) return;
      if (now === null) throw new UserError(FILE_GONE_MESSAGE, 'conflict');
      // Opened before the old one is closed: a failure leaves nothing half-switched.
      const next = open(file);
      db.close();
      db = next;
      repository = createPlanRepository(db);
      identity = identityOf(file);
      readOnly = reasonFor(db, file);
      notify();
    },
    onReopen(listener) {
      listeners.push(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
