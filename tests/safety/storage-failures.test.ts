/**
 * What the user is told when the disk, the file's permissions or another process stand in the way,
 * and that nothing in the file changes then; and that a plan replaced by another connection is
 * replaced inside the same file, so every process keeps writing where the others read.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { FILE_REPLACED_MESSAGE } from '../../services/storage/live-database';
import { BUSY_MESSAGE, DISK_FULL_MESSAGE } from '../../services/storage/storage-errors';
import { achievedTexts, call, callError, makeWorkFolder, open } from './safety-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f()),
);

function workFile(): { dir: string; file: string } {
  const work = makeWorkFolder();
  cleanups.push(work.dispose);
  return { dir: work.dir, file: path.join(work.dir, 'ke-hoach.sqlite') };
}

function openTracked(file: string, options: Parameters<typeof open>[1] = {}): AppServices {
  const services = open(file, options);
  cleanups.push(() => services.close());
  return services;
}

function firstTaskId(services: AppServices): number {
  const [plan] = services.repository.listPlanSummaries();
  return services.repository.loadPlanData(plan!.id)!.tasks[0]!.id;
}

const progress = (services: AppServices, achieved: string) =>
  services.dispatch('addProgressUpdate', {
    taskId: firstTaskId(services),
    reportedOn: '2021-07-20',
    percent: 10,
    achieved,
    difficulties: null,
    enteredBy: null,
  });

describe('one data file, several connections', () => {
  it('a restore made by one keeps the other writing into the same, live file', async () => {
    const { file } = workFile();
    const window = openTracked(file);
    const cli = openTracked(file, { loadDefaultPlan: false });
    const backup = await call<{ id: string }>(cli, 'createBackupNow');
    expect((await progress(window, 'trước khi khôi phục')).ok).toBe(true);
    // The window's log emptied into the file, as SQLite's automatic checkpoint does: the moment a
    // rename-based restore took for "no one else has it open".
    window.repository.database.pragma('wal_checkpoint(TRUNCATE)');
    await call(cli, 'restoreBackup', { id: backup.id });
    // The window's next edits land in the restored plan, in the file on disk.
    expect((await progress(window, 'sau khi khôi phục 1')).ok).toBe(true);
    expect((await progress(window, 'sau khi khôi phục 2')).ok).toBe(true);
    const onDisk = achievedTexts(file);
    expect(onDisk).toEqual(['sau khi khôi phục 1', 'sau khi khôi phục 2']);
    // The edit made before the restore is in the backup taken just before it.
    const safety = cli.backups.listBackups().find((b) => b.reason === 'truoc-khoi-phuc')!;
    expect(achievedTexts(path.join(cli.backups.backupFolder, safety.id))).toEqual(['trước khi khôi phục']);
  });

  it('a process whose file was replaced or moved by another program refuses to write on', async () => {
    const { dir, file } = workFile();
    const window = openTracked(file);
    // Another program puts a different plan file in place, by rename (as versions before this one did).
    const other = path.join(dir, 'khac.sqlite');
    const otherServices = open(other);
    await progress(otherServices, 'trong tệp khác');
    otherServices.close();
    fs.renameSync(other, file);
    const replaced = fs.readFileSync(file);
    const response = await progress(window, 'ghi sau khi tệp bị thay');
    expect(response).toEqual({ ok: false, error: { code: 'conflict', message: FILE_REPLACED_MESSAGE } });
    expect(fs.readFileSync(file).equals(replaced)).toBe(true);
    // Moved away altogether: the same refusal.
    fs.renameSync(file, path.join(dir, 'da-chuyen.sqlite'));
    expect((await progress(window, 'mất tệp')).ok).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('tells a busy database apart from an unexpected error, and writes nothing', async () => {
    const { file } = workFile();
    const window = openTracked(file);
    const before = achievedTexts(file);
    // Another process holds the write lock for longer than the window waits (5 s).
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = require('better-sqlite3')(${JSON.stringify(file)});
         db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked\\n');
         setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, 8000);`,
      ],
      { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    cleanups.push(() => holder.kill());
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const started = Date.now();
    const error = await callError(window, 'addProgressUpdate', {
      taskId: firstTaskId(window),
      reportedOn: '2021-07-20',
      percent: 5,
      achieved: 'bị chặn',
      difficulties: null,
      enteredBy: null,
    });
    expect(error).toEqual({ code: 'conflict', message: BUSY_MESSAGE });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    holder.kill();
    expect(achievedTexts(file)).toEqual(before);
  }, 20_000);
});

describe('disk and permissions', () => {
  it('says the disk is full, and the file keeps what it had', async () => {
    const { file } = workFile();
    const window = openTracked(file);
    await progress(window, 'đã có');
    const db = window.repository.database;
    // The file may not grow by a single page: what a full disk does to SQLite.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const plan = fs
      .readFileSync(path.join(__dirname, '..', 'fixtures', 'kh-76-KH-BCD-TANDTC-2021.txt'), 'utf8')
      .replace('76/KH-BCĐ-TANDTC', '99/KH-BCĐ-TANDTC');
    const response = await window.dispatch('importPlan', {
      fileName: 'ke-hoach-99.txt',
      base64: Buffer.from(plan).toString('base64'),
    });
    expect(response).toEqual({ ok: false, error: { code: 'conflict', message: DISK_FULL_MESSAGE } });
    expect(achievedTexts(file)).toEqual(['đã có']);
  });

  it('opens a read-only file read-only, says so, and refuses edits with the reason', async () => {
    const { file } = workFile();
    const first = open(file);
    await progress(first, 'chỉ đọc');
    first.close();
    const before = fs.readFileSync(file);
    const window = openTracked(file, { fileAccess: { canWrite: (p) => p !== file } });
    const state = await call<{ state: string; readOnlyMessage?: string }>(window, 'getStartupState');
    expect(state.state).toBe('ok');
    expect(state.readOnlyMessage).toMatch(/^Tệp dữ liệu chỉ cho phép đọc.*chế độ chỉ xem/);
    // Reading works …
    expect((await call<unknown[]>(window, 'listPlans')).length).toBe(1);
    // … writing is refused with the same reason, and the file is untouched.
    const error = await callError(window, 'addProgressUpdate', {
      taskId: firstTaskId(window),
      reportedOn: '2021-07-20',
      percent: 5,
      achieved: 'không được ghi',
      difficulties: null,
      enteredBy: null,
    });
    expect(error).toEqual({ code: 'conflict', message: state.readOnlyMessage });
    window.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('names a read-only folder as the reason, not the file', async () => {
    const { dir, file } = workFile();
    open(file).close();
    const window = openTracked(file, { fileAccess: { canWrite: (p) => p !== dir } });
    const state = await call<{ readOnlyMessage?: string }>(window, 'getStartupState');
    expect(state.readOnlyMessage).toMatch(/^Thư mục chứa tệp dữ liệu chỉ cho phép đọc/);
  });

  it('refuses to create a data file in a read-only folder, in Vietnamese', () => {
    const { dir } = workFile();
    const file = path.join(dir, 'moi', 'ke-hoach.sqlite');
    expect(() => open(file, { fileAccess: { canWrite: () => false } })).toThrow(
      /Không tạo được tệp dữ liệu vì thư mục .* chỉ cho phép đọc/,
    );
    expect(fs.existsSync(file)).toBe(false);
  });

  it('creates the data file, its log and every backup readable by the owner only', async () => {
    if (process.platform === 'win32') return; // Windows keeps the profile folder's ACL.
    const { file } = workFile();
    const window = openTracked(file);
    await progress(window, 'riêng tư');
    const backup = await call<{ id: string }>(window, 'createBackupNow');
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(path.join(window.backups.backupFolder, backup.id))).toBe(0o600);
    const exported = await call<{ base64: string }>(window, 'exportPlanFile');
    await call(window, 'openPlanFile', { fileName: 'tep.sqlite', base64: exported.base64 });
    for (const b of window.backups.listBackups())
      expect(mode(path.join(window.backups.backupFolder, b.id))).toBe(0o600);
  });
});
