/**
 * Decides whether a file may become the live plan: SQLite at all, undamaged, a schema this version
 * knows (exactly the tables our migrations make, nothing added), and no broken references. Reads only.
 */
import fs from 'node:fs';
import { type Db, appliedVersions, openDatabase, openPlainDatabase } from '../storage/database';
import type { Migration } from '../storage/migrations/index';

export type FileProblem = 'not-sqlite' | 'damaged' | 'newer' | 'not-a-plan';

export type FileVerdict =
  | { ok: true; schemaVersion: number; needsMigration: boolean; planCount: number; taskCount: number }
  | { ok: false; problem: FileProblem; message: string };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

const MESSAGES: Record<FileProblem, (version: number) => string> = {
  'not-sqlite': () => 'Tệp này không phải tệp dữ liệu kế hoạch (không phải tệp SQLite).',
  damaged: () =>
    'Tệp này bị hỏng hoặc không đầy đủ (có thể chép chưa xong hoặc thiết bị lưu trữ bị lỗi), nên không dùng được.',
  newer: (version) =>
    `Tệp này được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ số ${version}). ` +
    'Hãy cập nhật ứng dụng rồi mở lại tệp.',
  'not-a-plan': () =>
    'Tệp này là tệp SQLite nhưng không phải tệp kế hoạch của ứng dụng này (không có đúng các bảng dữ liệu kế hoạch).',
};

function refuse(problem: FileProblem, version = 0): FileVerdict {
  return { ok: false, problem, message: MESSAGES[problem](version) };
}

type SchemaEntry = { type: string; name: string; tbl_name: string; sql: string | null };

function schemaOf(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )
    .all() as SchemaEntry[];
  return rows.map((r) => JSON.stringify([r.type, r.name, r.tbl_name, r.sql]));
}

/** The schema our own migrations produce up to `version`: the only shape a plan file may have. */
function referenceSchema(
  migrations: readonly Migration[],
  version: number,
  nativeBinding?: string,
): string[] {
  const reference = openDatabase(':memory:', {
    nativeBinding,
    migrations: migrations.filter((m) => m.version <= version),
  });
  try {
    return schemaOf(reference);
  } finally {
    reference.close();
  }
}

function isSqliteDamage(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code);
}

/**
 * Read-only for a file in rollback-journal mode (our backups). A file that may be in WAL mode must be
 * a private copy, opened read-write (it cannot be read otherwise without its companion files);
 * nothing is written to it either way.
 */
export function inspectDatabaseFile(
  file: string,
  migrations: readonly Migration[],
  options: { nativeBinding?: string; readonly?: boolean } = {},
): FileVerdict {
  if (!hasSqliteHeader(file)) return refuse('not-sqlite');
  let db: Db;
  try {
    db = openPlainDatabase(file, options);
  } catch (error) {
    if (isSqliteDamage(error)) return refuse('damaged');
    throw error;
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return refuse('damaged');
    const applied = appliedVersions(db);
    if (applied.length === 0) return refuse('not-a-plan');
    const known = new Set(migrations.map((m) => m.version));
    const newest = Math.max(...applied);
    if (applied.some((v) => !known.has(v))) return refuse('newer', newest);
    const expectedVersions = migrations.filter((m) => m.version <= newest).map((m) => m.version);
    if (expectedVersions.length !== applied.length) return refuse('not-a-plan');
    const actual = schemaOf(db);
    const expected = referenceSchema(migrations, newest, options.nativeBinding);
    if (actual.length !== expected.length || actual.some((entry, i) => entry !== expected[i])) {
      return refuse('not-a-plan');
    }
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) return refuse('damaged');
    return {
      ok: true,
      schemaVersion: newest,
      needsMigration: migrations.some((m) => m.version > newest),
      planCount: db.prepare('SELECT COUNT(*) FROM plans').pluck().get() as number,
      taskCount: db.prepare('SELECT COUNT(*) FROM tasks').pluck().get() as number,
    };
  } catch (error) {
    if (isSqliteDamage(error)) return refuse('damaged');
    throw error;
  } finally {
    db.close();
  }
}
