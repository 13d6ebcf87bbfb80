/** "Lưu tệp kế hoạch…" and "Mở tệp kế hoạch…": the whole plan as one file, checked before it replaces anything. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfoDto } from '../../shared/api/backup-contract';
import type { AppServices } from '../../services/app-services';
import { appliedVersions, openDatabase, openPlainDatabase } from '../../services/storage/database';
import { MIGRATIONS, type Migration } from '../../services/storage/migrations/index';
import { achievedTexts, addProgress, call, callError, makeWorkFolder, open } from './safety-fixtures';

const EXTRA_MIGRATION: Migration = {
  version: Math.max(...MIGRATIONS.map((m) => m.version)) + 1,
  name: 'test-extra-column',
  sql: 'ALTER TABLE progress_updates ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;',
};

type Exported = { fileName: string; base64: string; sizeBytes: number };
type Opened = {
  safetyBackup: BackupInfoDto | null;
  planCount: number;
  taskCount: number;
  migratedFrom: number | null;
};

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f()),
);

/** One laptop: its own data folder and running services. */
function laptop(name: string, migrations: readonly Migration[] = MIGRATIONS) {
  const work = makeWorkFolder();
  const file = path.join(work.dir, 'ke-hoach.sqlite');
  const services: AppServices = open(file, { migrations });
  cleanups.push(() => {
    services.close();
    work.dispose();
  });
  addProgress(services, name);
  const backups = () => services.backups.listBackups();
  /** The live file and its log, byte for byte. */
  const rawState = () =>
    ['', '-wal'].map((s) => (fs.existsSync(file + s) ? fs.readFileSync(file + s).toString('base64') : null));
  return { dir: work.dir, file, services, backups, rawState };
}

async function exportFrom(services: AppServices): Promise<Buffer> {
  const exported = await call<Exported>(services, 'exportPlanFile');
  return Buffer.from(exported.base64, 'base64');
}

async function expectRefused(target: ReturnType<typeof laptop>, bytes: Buffer, message: string | RegExp) {
  const before = target.rawState();
  const backupsBefore = target.backups();
  const error = await callError(target.services, 'openPlanFile', {
    fileName: 'tep.sqlite',
    base64: bytes.toString('base64'),
  });
  expect(error.message).toMatch(message);
  // Refused before anything was done: same bytes on disk, no backup made, the plan still served.
  expect(target.rawState()).toEqual(before);
  expect(target.backups()).toEqual(backupsBefore);
  expect(await call<unknown[]>(target.services, 'listPlans')).toHaveLength(1);
  return error;
}

describe('saving the plan to a file', () => {
  it('gives one self-contained, consistent SQLite file with everything in it', async () => {
    const a = laptop('máy A');
    const exported = await call<Exported>(a.services, 'exportPlanFile');
    expect(exported.fileName).toMatch(/^Kế hoạch Tòa án điện tử \d{4}-\d{2}-\d{2}\.sqlite$/);
    const bytes = Buffer.from(exported.base64, 'base64');
    expect(exported.sizeBytes).toBe(bytes.length);
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    // Rollback-journal mode: it opens read-only anywhere with no -wal beside it.
    expect([bytes[18], bytes[19]]).toEqual([1, 1]);
    const copy = path.join(a.dir, 'xuat.sqlite');
    fs.writeFileSync(copy, bytes);
    expect(achievedTexts(copy)).toEqual(Array(6).fill('máy A'));
    const db = openPlainDatabase(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // No scratch file left behind.
    expect(fs.readdirSync(path.join(a.dir, 'sao-luu')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('opening a plan file', () => {
  it('replaces the plan with a good file, after backing up the current one', async () => {
    const a = laptop('máy A');
    const b = laptop('máy B');
    const result = await call<Opened>(b.services, 'openPlanFile', {
      fileName: 'Kế hoạch.sqlite',
      base64: (await exportFrom(a.services)).toString('base64'),
    });
    expect(result).toMatchObject({ planCount: 1, taskCount: 6, migratedFrom: null });
    expect(result.safetyBackup?.reason).toBe('truoc-khi-mo-tep');
    expect(achievedTexts(b.file)).toEqual(Array(6).fill('máy A'));
    expect(achievedTexts(path.join(b.dir, 'sao-luu', result.safetyBackup!.id))).toEqual(
      Array(6).fill('máy B'),
    );
    // Still working, on the new data.
    addProgress(b.services, 'máy B sau khi mở');
    expect(achievedTexts(b.file)).toEqual([...Array(6).fill('máy A'), ...Array(6).fill('máy B sau khi mở')]);
  });

  it('refuses a file from a newer version, leaving the current data byte-for-byte unchanged', async () => {
    const newer = laptop('bản mới', [...MIGRATIONS, EXTRA_MIGRATION]);
    const bytes = await exportFrom(newer.services);
    const b = laptop('máy B');
    const error = await expectRefused(
      b,
      bytes,
      new RegExp(`phiên bản mới hơn của ứng dụng \\(lược đồ số ${EXTRA_MIGRATION.version}\\)`),
    );
    expect(error.code).toBe('conflict');
  });

  it('brings a file from an older version up to date on a copy, never touching the source', async () => {
    const older = laptop('bản cũ');
    const source = path.join(older.dir, 'ban-cu.sqlite');
    fs.writeFileSync(source, await exportFrom(older.services));
    const sourceBytes = fs.readFileSync(source);
    const given = Buffer.from(sourceBytes);

    const b = laptop('máy B', [...MIGRATIONS, EXTRA_MIGRATION]);
    const result = await call<Opened>(b.services, 'openPlanFile', {
      fileName: 'ban-cu.sqlite',
      base64: given.toString('base64'),
    });
    expect(result.migratedFrom).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(fs.readFileSync(source).equals(sourceBytes)).toBe(true);
    expect(given.equals(sourceBytes)).toBe(true);
    const live = openPlainDatabase(b.file, { readonly: true });
    expect(appliedVersions(live)).toEqual([...MIGRATIONS.map((m) => m.version), EXTRA_MIGRATION.version]);
    expect(live.prepare('SELECT COUNT(*) FROM progress_updates WHERE reviewed = 0').pluck().get()).toBe(6);
    live.close();
    expect(achievedTexts(b.file)).toEqual(Array(6).fill('bản cũ'));
  });

  it('refuses a file that is not SQLite at all', async () => {
    const b = laptop('máy B');
    await expectRefused(b, Buffer.from('Kế hoạch 76/KH-BCĐ-TANDTC\nI. MỤC ĐÍCH\n'), /không phải tệp SQLite/);
    await expectRefused(b, Buffer.alloc(0), /không phải tệp SQLite/);
  });

  it('refuses a truncated file (a copy that did not finish)', async () => {
    const a = laptop('máy A');
    const bytes = await exportFrom(a.services);
    const b = laptop('máy B');
    await expectRefused(b, bytes.subarray(0, Math.floor(bytes.length / 2)), /bị hỏng hoặc không đầy đủ/);
    await expectRefused(b, bytes.subarray(0, 4096), /bị hỏng hoặc không đầy đủ/);
  });

  it('refuses a SQLite file that is not a plan, or a plan with anything added to its schema', async () => {
    const b = laptop('máy B');
    const other = path.join(b.dir, 'khac.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    await expectRefused(b, fs.readFileSync(other), /không phải tệp kế hoạch/);

    const tampered = path.join(b.dir, 'sua.sqlite');
    const plan = openDatabase(tampered);
    plan.exec('CREATE TRIGGER wipe AFTER INSERT ON progress_updates BEGIN DELETE FROM tasks; END;');
    plan.pragma('journal_mode = DELETE');
    plan.close();
    await expectRefused(b, fs.readFileSync(tampered), /không phải tệp kế hoạch/);
  });

  it('refuses what is not base64, before any work', async () => {
    const b = laptop('máy B');
    const error = await callError(b.services, 'openPlanFile', {
      fileName: 'x.sqlite',
      base64: 'không phải base64',
    });
    expect(error.code).toBe('invalid-input');
    expect(achievedTexts(b.file)).toEqual(Array(6).fill('máy B'));
  });
});
