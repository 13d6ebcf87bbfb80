/**
 * The connection the app is using now. Restoring a backup or opening a plan file replaces the
 * content inside the live file (see replace-content.ts), never the file itself. Should another
 * program still replace or move the file (an older version of this app, a copy made by hand), the
 * change of file identity is noticed before the next call, and every call is refused until the app
 * is reopened: writing on would go into a file no one will ever read again, and switching to the
 * new file while the old connection's write-ahead log shares its name is not safe.
 */
import fs from 'node:fs';
import { UserError } from '../../shared/api/user-error';
import type { Db } from './database';
import { type FileAccess, type ReadOnlyReason, readOnlyReason, realFileAccess } from './file-access';
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
  /** Throws (in Vietnamese) when the file at the path is no longer the one open (moved or replaced). */
  ensureCurrent(): void;
  /** Called after the content was replaced. */
  onReopen(listener: () => void): void;
  close(): void;
};

export const FILE_REPLACED_MESSAGE =
  'Tệp dữ liệu vừa bị một chương trình khác thay, chuyển đi hoặc xoá, nên ứng dụng không ghi tiếp vào ' +
  'tệp cũ; thay đổi vừa rồi chưa được lưu. Hãy đóng rồi mở lại ứng dụng.';

type Identity = { dev: number; ino: number } | null;

function identityOf(file: string): Identity {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

function sameFile(a: Identity, b: Identity): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

function reasonFor(db: Db, file: string, access: FileAccess): ReadOnlyReason | null {
  if (!db.readonly) return null;
  return readOnlyReason(file, true, access) ?? 'file';
}

export function createLiveDatabase(
  file: string,
  initial: Db,
  access: FileAccess = realFileAccess,
): LiveDatabase {
  const db = initial;
  const repository = createPlanRepository(db);
  const identity = identityOf(file);
  const readOnly = reasonFor(db, file, access);
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
      if (!sameFile(identityOf(file), identity)) throw new UserError(FILE_REPLACED_MESSAGE, 'conflict');
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
