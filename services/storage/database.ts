/**
 * Opens the SQLite database with the settings every connection needs, and brings its schema
 * up to date with the numbered migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../../shared/api/user-error';
import { MIGRATIONS, type Migration } from './migrations/index';
import {
  type FileAccess,
  type ReadOnlyReason,
  createOwnerOnlyFile,
  readOnlyNeedsUpgrade,
  readOnlyReason,
} from './file-access';

export type Db = Database.Database;

/** How long a write waits for another process's write to finish before giving up with a message. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Every `db.transaction(fn)` on this connection starts with BEGIN IMMEDIATE: it takes the write lock
 * before reading, so it waits (busy_timeout) for another process's write instead of failing at once
 * when a read-then-write transaction finds the data changed under it (SQLITE_BUSY_SNAPSHOT in WAL).
 */
function makeTransactionsImmediate(db: Db): void {
  const deferred = db.transaction.bind(db);
  const immediate = ((fn: (...args: unknown[]) => unknown) => {
    const wrapped = deferred(fn);
    const run = (...args: unknown[]) => wrapped.immediate(...args);
    return Object.assign(run, {
      default: wrapped.immediate,
      deferred: wrapped.deferred,
      immediate: wrapped.immediate,
      exclusive: wrapped.exclusive,
      database: db,
    });
  }) as unknown as Db['transaction'];
  db.transaction = immediate;
}

export type OpenOptions = {
  /** A second build of the native module (Electron's ABI); the default one serves Node. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /**
   * Runs once the connection is set up and before any migration, with the migrations still to apply
   * and those already recorded: the start-up check and the pre-migration backup hook in here.
   */
  beforeMigrate?: (db: Db, pending: readonly Migration[], applied: readonly number[]) => void;
  /** Whether this user may write a path (tests stand in for a read-only disk: root may write anything). */
  access?: FileAccess;
};

/**
 * Opens (creating if needed, readable by its owner only) the live database. A file or folder this
 * user may not write opens read-only: `db.readonly` is then true and every write is refused by SQLite
 * (see storage-errors.ts for the message); a read-only file that still needs a migration is refused.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readOnly = file === ':memory:' ? null : prepareLocation(file, options.access);
  const db = new Database(file, {
    readonly: readOnly !== null,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    makeTransactionsImmediate(db);
    const migrations = options.migrations ?? MIGRATIONS;
    if (readOnly !== null) {
      db.pragma('foreign_keys = ON');
      if (pendingMigrations(db, migrations).length > 0) throw new UserError(readOnlyNeedsUpgrade(readOnly));
      return db;
    }
    db.pragma('journal_mode = WAL');
    // FULL: a laptop losing power mid-meeting must not lose a committed edit.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (options.beforeMigrate) {
      options.beforeMigrate(db, pendingMigrations(db, migrations), appliedVersions(db));
    }
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Makes the folder and an owner-only empty file when missing; says why the file must open read-only, if so. */
function prepareLocation(file: string, access: FileAccess | undefined): ReadOnlyReason | null {
  const dir = path.dirname(file);
  const existing = fs.existsSync(file);
  const reason = readOnlyReason(file, existing, access);
  if (reason !== null) return reason;
  if (!existing) {
    fs.mkdirSync(dir, { recursive: true });
    createOwnerOnlyFile(file);
  }
  return null;
}

/**
 * A connection with no settings and no migrations: for inspecting, checking and finishing copies of
 * the database (backups, plan files), never for the live data.
 */
export function openPlainDatabase(
  file: string,
  options: { nativeBinding?: string; readonly?: boolean } = {},
): Db {
  return new Database(file, {
    fileMustExist: true,
    readonly: options.readonly === true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as
    { version: number | null } | undefined;
  return row?.version ?? 0;
}

/** The versions recorded in the file; none for a new (or foreign) database. Reads only. */
export function appliedVersions(db: Db): number[] {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasTable) return [];
  return db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
}

/** The migrations this file still needs, in order; refuses a file written by a newer version. Reads only. */
export function pendingMigrations(db: Db, migrations: readonly Migration[]): Migration[] {
  const applied = appliedVersions(db);
  const known = new Set(migrations.map((m) => m.version));
  const unknown = applied.filter((v) => !known.has(v));
  if (unknown.length > 0) {
    // A newer app wrote this file: opening it with an older schema could corrupt it.
    throw new UserError(
      `Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ số ${Math.max(...unknown)}). ` +
        'Hãy cập nhật ứng dụng để mở tệp này.',
      'conflict',
    );
  }
  const done = new Set(applied);
  return [...migrations].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  const pending = pendingMigrations(db, migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      migration.migrateData?.(db);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}
