/** Automatic backups (at start, before a migration, every interval while the plan changes), listing and restore. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfoDto } from '../../shared/api/backup-contract';
import type { AppServices } from '../../services/app-services';
import { TEMPORARY_SUFFIX } from '../../services/backup/snapshot';
import { appliedVersions, openPlainDatabase } from '../../services/storage/database';
import { MIGRATIONS, type Migration } from '../../services/storage/migrations/index';
import { achievedTexts, addProgress, call, callError, makeWorkFolder, open } from './safety-fixtures';

const EXTRA_MIGRATION: Migration = {
  // Above the highest number in use: migration numbers are reserved per branch and may skip.
  version: Math.max(...MIGRATIONS.map((m) => m.version)) + 1,
  name: 'test-extra-column',
  sql: 'ALTER TABLE progress_updates ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;',
};

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f()),
);

function setUp() {
  const work = makeWorkFolder();
  const file = path.join(work.dir, 'ke-hoach.sqlite');
  const opened: AppServices[] = [];
  cleanups.push(() => {
    opened.forEach((s) => s.close());
    work.dispose();
  });
  const start = (options: Parameters<typeof open>[1] = {}) => {
    const services = open(file, options);
    opened.push(services);
    return services;
  };
  const backupDir = path.join(work.dir, 'sao-luu');
  const backupFiles = () => (fs.existsSync(backupDir) ? fs.readdirSync(backupDir).sort() : []);
  return { dir: work.dir, file, start, backupDir, backupFiles };
}

describe('automatic backups', () => {
  it('backs up at every start of an existing plan, never a brand-new file, and the copy holds the data', () => {
    const t = setUp();
    const first = t.start();
    expect(t.backupFiles()).toEqual([]);
    addProgress(first, 'trước khi đóng');
    first.close();

    t.start().close();
    const files = t.backupFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^ke-hoach-\d{4}-\d{2}-\d{2}T[\d-]+Z-khoi-dong\.sqlite$/);
    const copy = path.join(t.backupDir, files[0]!);
    expect(achievedTexts(copy)).toContain('trước khi đóng');
    // One self-contained file in rollback-journal mode, complete and checked.
    const header = fs.readFileSync(copy).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);
    const db = openPlainDatabase(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('backs up before a pending migration — only then, with the data as it was before it', () => {
    const t = setUp();
    const before = t.start();
    addProgress(before, 'lược đồ cũ');
    before.close();

    const upgraded = t.start({ migrations: [...MIGRATIONS, EXTRA_MIGRATION] });
    const files = t.backupFiles();
    expect(files.map((f) => f.replace(/^.*Z-/, ''))).toEqual(['truoc-nang-cap.sqlite']);
    const copy = openPlainDatabase(path.join(t.backupDir, files[0]!), { readonly: true });
    expect(appliedVersions(copy)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(copy.prepare('SELECT COUNT(*) FROM progress_updates').pluck().get()).toBe(6);
    copy.close();
    upgraded.close();
    const live = openPlainDatabase(t.file, { readonly: true });
    expect(appliedVersions(live)).toContain(EXTRA_MIGRATION.version);
    live.close();

    // Nothing pending the next time: a plain start-up backup.
    t.start({ migrations: [...MIGRATIONS, EXTRA_MIGRATION] }).close();
    expect(t.backupFiles().filter((f) => f.endsWith('-khoi-dong.sqlite'))).toHaveLength(1);
  });

  it('does not back up a new file that is created with every migration', () => {
    const t = setUp();
    t.start({ migrations: [...MIGRATIONS, EXTRA_MIGRATION] }).close();
    expect(t.backupFiles()).toEqual([]);
  });

  it('backs up every interval while the plan changes, and not while it does not', async () => {
    const t = setUp();
    t.start().close();
    const services = t.start({ backupIntervalMs: 40 });
    // Finished copies only: a copy being written has a temporary name until it is complete.
    const periodic = () =>
      t.backupFiles().filter((f) => f.includes('-dinh-ky') && !f.endsWith(TEMPORARY_SUFFIX));
    await sleep(200);
    expect(periodic()).toEqual([]);

    addProgress(services, 'thay đổi 1');
    await waitFor(() => periodic().length === 1);
    await sleep(200);
    expect(periodic()).toHaveLength(1);
    expect(achievedTexts(path.join(t.backupDir, periodic()[0]!))).toContain('thay đổi 1');

    addProgress(services, 'thay đổi 2');
    await waitFor(() => periodic().length === 2);
    services.close();
    // Closed services stop their timer: nothing more appears.
    await sleep(200);
    expect(periodic()).toHaveLength(2);
  });

  it('never lists a half-written copy, and clears one left by an interrupted backup', () => {
    const t = setUp();
    t.start().close();
    fs.mkdirSync(t.backupDir, { recursive: true });
    const abandoned = path.join(t.backupDir, 'ke-hoach-2024-05-01T03-04-05-067Z-dinh-ky.sqlite.99-abcd.tmp');
    const fresh = path.join(t.backupDir, 'ke-hoach-2024-05-01T03-04-06-067Z-dinh-ky.sqlite.98-abcd.tmp');
    fs.writeFileSync(abandoned, 'half');
    fs.writeFileSync(fresh, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(abandoned, twoHoursAgo, twoHoursAgo);

    const services = t.start();
    expect(services.backups.listBackups().map((b) => b.reason)).toEqual(['khoi-dong']);
    expect(fs.existsSync(abandoned)).toBe(false);
    // Young: it may be another process's backup at work.
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it('applies the retention rule on disk: the newest 20 and the first of the day', async () => {
    const t = setUp();
    let clock = new Date(2024, 4, 1, 8, 0, 0).getTime();
    const now = () => new Date(clock);
    t.start({ now }).close();
    const services = t.start({ now });
    for (let i = 0; i < 25; i++) {
      clock += 60_000;
      await call(services, 'createBackupNow');
    }
    const listed = await call<BackupInfoDto[]>(services, 'listBackups');
    expect(listed).toHaveLength(21);
    // The first of the day is the start-up backup at 08:00; the other 20 are the newest manual ones.
    expect(listed.at(-1)!.reason).toBe('khoi-dong');
    expect(listed.slice(0, 20).every((b) => b.reason === 'thu-cong')).toBe(true);
    expect(new Date(listed[0]!.createdAt).getTime()).toBe(clock);
    expect(t.backupFiles()).toHaveLength(21);
  });
});

describe('listing and restoring backups through the API', () => {
  it('lists backups newest first with their time, reason, size and task count', async () => {
    const t = setUp();
    t.start().close();
    const services = t.start();
    const made = await call<BackupInfoDto>(services, 'createBackupNow');
    const listed = await call<BackupInfoDto[]>(services, 'listBackups');
    expect(listed.map((b) => b.reason)).toEqual(['thu-cong', 'khoi-dong']);
    expect(listed[0]).toEqual(made);
    expect(made).toMatchObject({ reasonLabel: 'Do người dùng tạo', taskCount: 6 });
    expect(made.sizeBytes).toBe(fs.statSync(path.join(t.backupDir, made.id)).size);
    expect(listed[1]!.reasonLabel).toBe('Khi khởi động');
  });

  it('restores a backup after backing up the current plan, and the API keeps working on the restored data', async () => {
    const t = setUp();
    const services = t.start();
    addProgress(services, 'A');
    const backup = await call<BackupInfoDto>(services, 'createBackupNow');
    addProgress(services, 'B');

    const result = await call<{
      safetyBackup: BackupInfoDto;
      restoredFrom: BackupInfoDto;
      taskCount: number;
    }>(services, 'restoreBackup', { id: backup.id });
    expect(result.restoredFrom.id).toBe(backup.id);
    expect(result.safetyBackup.reason).toBe('truoc-khoi-phuc');
    expect(result.taskCount).toBe(6);
    expect(achievedTexts(t.file)).toEqual(Array(6).fill('A'));
    expect(achievedTexts(path.join(t.backupDir, result.safetyBackup.id))).toEqual([
      ...Array(6).fill('A'),
      ...Array(6).fill('B'),
    ]);

    // Same services object, no restart: reads and writes reach the restored file.
    const [plan] = await call<{ id: number }[]>(services, 'listPlans');
    const view = await call<{ tasks: unknown[] }>(services, 'getPlanView', {
      planId: plan!.id,
      asOf: '2021-07-20',
    });
    expect(view.tasks).toHaveLength(6);
    addProgress(services, 'C');
    services.close();
    expect(achievedTexts(t.file)).toEqual([...Array(6).fill('A'), ...Array(6).fill('C')]);

    // And the way back: the safety copy restores what was there before.
    const again = t.start();
    await call(again, 'restoreBackup', { id: result.safetyBackup.id });
    expect(achievedTexts(t.file)).toEqual([...Array(6).fill('A'), ...Array(6).fill('B')]);
  });

  it('waits for a backup that is still copying before it replaces the file', async () => {
    const t = setUp();
    const services = t.start();
    addProgress(services, 'A');
    const first = await call<BackupInfoDto>(services, 'createBackupNow');
    addProgress(services, 'B');
    const [made, restored] = await Promise.all([
      services.dispatch('createBackupNow', {}),
      services.dispatch('restoreBackup', { id: first.id }),
    ]);
    expect(made.ok && restored.ok).toBe(true);
    expect(achievedTexts(t.file)).toEqual(Array(6).fill('A'));
  });

  it('accepts only an id from the list — never a path — and leaves the plan as it was', async () => {
    const t = setUp();
    const services = t.start();
    addProgress(services, 'giữ nguyên');
    await call(services, 'createBackupNow');
    const outside = path.join(t.dir, 'khac.sqlite');
    fs.copyFileSync(path.join(t.backupDir, t.backupFiles()[0]!), outside);

    for (const id of [
      '../khac.sqlite',
      outside,
      'sao-luu/../khac.sqlite',
      'C:\\khac.sqlite',
      '.hidden.sqlite',
    ]) {
      expect((await callError(services, 'restoreBackup', { id })).code).toBe('invalid-input');
    }
    const missing = await callError(services, 'restoreBackup', { id: 'khac.sqlite' });
    expect(missing).toMatchObject({ code: 'not-found' });
    expect(missing.message).toContain('Không tìm thấy bản sao lưu');
    expect(achievedTexts(t.file)).toEqual(Array(6).fill('giữ nguyên'));
  });

  it('refuses a damaged backup before touching anything', async () => {
    const t = setUp();
    const services = t.start();
    addProgress(services, 'hiện tại');
    const backup = await call<BackupInfoDto>(services, 'createBackupNow');
    const copy = path.join(t.backupDir, backup.id);
    const bytes = fs.readFileSync(copy);
    fs.writeFileSync(copy, bytes.subarray(0, bytes.length / 2));
    const before = t.backupFiles();

    const error = await callError(services, 'restoreBackup', { id: backup.id });
    expect(error.message).toContain('bị hỏng hoặc không đầy đủ');
    expect(t.backupFiles()).toEqual(before);
    expect(achievedTexts(t.file)).toEqual(Array(6).fill('hiện tại'));
    expect(await call<unknown[]>(services, 'listPlans')).toHaveLength(1);
  });

  it('refuses a backup written by a newer version', async () => {
    const t = setUp();
    t.start({ migrations: [...MIGRATIONS, EXTRA_MIGRATION] }).close();
    const newer = t.start({ migrations: [...MIGRATIONS, EXTRA_MIGRATION] });
    const backup = await call<BackupInfoDto>(newer, 'createBackupNow');
    newer.close();
    fs.rmSync(t.file);

    const older = t.start();
    addProgress(older, 'phiên bản cũ');
    const error = await callError(older, 'restoreBackup', { id: backup.id });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toContain('phiên bản mới hơn');
    expect(achievedTexts(t.file)).toEqual(Array(6).fill('phiên bản cũ'));
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await sleep(10);
  }
}
