import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/index';
import { migrate, openDatabase, schemaVersion } from './database';

const temp: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-db-'));
  temp.push(dir);
  return path.join(dir, 'nested', 'plan.sqlite');
}
afterEach(() => temp.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('database', () => {
  it('creates the file and its folder, with WAL, full sync and foreign keys', () => {
    const file = tempFile();
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    db.close();
  });

  it('records each migration once and does not run it again on reopening', () => {
    const file = tempFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    db.close();
  });

  it('refuses a database written by a newer version, in Vietnamese, without changing it', () => {
    const file = tempFile();
    const db = openDatabase(file);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'from-the-future', 'x')").run();
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/phiên bản mới hơn.*lược đồ số 999/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('shows the start-up hook what is pending before anything is migrated', () => {
    const file = tempFile();
    const seen: { pending: number[]; applied: number[]; tables: number }[] = [];
    const record = (
      db: ReturnType<typeof openDatabase>,
      pending: readonly { version: number }[],
      applied: readonly number[],
    ) =>
      seen.push({
        pending: pending.map((m) => m.version),
        applied: [...applied],
        tables: db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra'").pluck().get() as number,
      });
    openDatabase(file, { beforeMigrate: record }).close();
    // One version after the newest released migration, whichever that is.
    const current = MIGRATIONS.map((m) => m.version);
    const next = Math.max(...current) + 1;
    const extra = { version: next, name: 'extra', sql: 'CREATE TABLE extra (x INTEGER);' };
    openDatabase(file, { migrations: [...MIGRATIONS, extra], beforeMigrate: record }).close();
    openDatabase(file, { migrations: [...MIGRATIONS, extra], beforeMigrate: record }).close();
    expect(seen).toEqual([
      { pending: current, applied: [], tables: 0 },
      { pending: [next], applied: current, tables: 0 },
      { pending: [], applied: [...current, next], tables: 1 },
    ]);
  });

  it('refuses a newer file before the start-up hook runs', () => {
    const file = tempFile();
    const next = Math.max(...MIGRATIONS.map((m) => m.version)) + 1;
    openDatabase(file, {
      migrations: [...MIGRATIONS, { version: next, name: 'x', sql: 'SELECT 1;' }],
    }).close();
    let called = false;
    expect(() => openDatabase(file, { beforeMigrate: () => (called = true) })).toThrow(/phiên bản mới hơn/);
    expect(called).toBe(false);
  });

  it('rolls a failing migration back whole', () => {
    const db = openDatabase(':memory:');
    const broken = [
      ...MIGRATIONS,
      {
        version: 1000,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });

  it('allows several lead units per task (đồng chủ trì), each unit linked once', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO plans (id, code, document_type, title, source_name, source_text, imported_at)
             VALUES (1, 'X', 'Kế hoạch', 'T', 'x.txt', '', 'now');
             INSERT INTO tasks (id, plan_id, wbs, title, kind, sort_order) VALUES (1, 1, '1', 'A', 'task', 1);
             INSERT INTO units (id, name, full_name, color, name_key) VALUES (1, 'A', 'A', '#000000', 'a'), (2, 'B', 'B', '#000000', 'b');
             INSERT INTO task_units VALUES (1, 1, 'lead');`);
    expect(() => db.exec("INSERT INTO task_units VALUES (1, 2, 'lead')")).not.toThrow();
    expect(() => db.exec("INSERT INTO task_units VALUES (1, 2, 'support')")).toThrow(/UNIQUE/);
    expect(
      db.prepare("SELECT unit_id FROM task_units WHERE role = 'lead' ORDER BY rowid").pluck().all(),
    ).toEqual([1, 2]);
  });
});
