/**
 * A damaged data file at start, made for real: cut to half its length, its header overwritten,
 * bytes flipped inside a table page. Each time the app starts, says what happened in Vietnamese,
 * keeps the damaged file aside, and restoring the offered backup brings the data back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BackupInfoDto } from '../../shared/api/backup-contract';
import { runCli } from '../../services/cli/run-cli';
import { openPlainDatabase } from '../../services/storage/database';
import { achievedTexts, addProgress, call, makeWorkFolder, open } from './safety-fixtures';

/** A plan with updates before its last start-up backup ("đã sao lưu") and after it ("chưa sao lưu"). */
function planWithBackup(dir: string): string {
  const file = path.join(dir, 'ke-hoach.sqlite');
  const first = open(file);
  addProgress(first, 'đã sao lưu');
  first.close();
  const second = open(file);
  addProgress(second, 'chưa sao lưu');
  second.close();
  return file;
}

function rootPage(file: string, table: string): { page: number; pageSize: number } {
  const db = openPlainDatabase(file, { readonly: true });
  try {
    return {
      page: db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number,
      pageSize: db.pragma('page_size', { simple: true }) as number,
    };
  } finally {
    db.close();
  }
}

const DAMAGES: Record<string, (file: string) => void> = {
  'cut to half its length': (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
  'header overwritten with garbage': (file) => {
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(100, 0xa5), 0, 100, 0);
    fs.closeSync(fd);
  },
  'bytes flipped in the tasks table page': (file) => {
    const { page, pageSize } = rootPage(file, 'tasks');
    const bytes = fs.readFileSync(file);
    for (let i = 0; i < 8; i++) bytes[(page - 1) * pageSize + i]! ^= 0xff;
    fs.writeFileSync(file, bytes);
  },
};

const work = makeWorkFolder();
afterAll(() => work.dispose());

describe('a damaged data file at start', () => {
  for (const [name, damage] of Object.entries(DAMAGES)) {
    it(`${name}: keeps it aside, says so, and the offered backup brings the data back`, async () => {
      const dir = fs.mkdtempSync(path.join(work.dir, 'case-'));
      const file = planWithBackup(dir);
      damage(file);
      const damagedBytes = fs.readFileSync(file);

      const services = open(file);
      try {
        const state = services.startupState;
        if (state.state !== 'damaged') throw new Error(`expected a damaged start, got ${state.state}`);
        expect(state.message).toContain('Tệp dữ liệu kế hoạch bị hỏng nên không mở được');
        expect(state.message).toContain('Hãy khôi phục bản sao lưu này');
        expect(await call(services, 'getStartupState')).toEqual(state);
        // Aside, byte for byte, never deleted; the app runs on an empty file meanwhile.
        expect(path.dirname(state.damagedFile)).toBe(dir);
        expect(path.basename(state.damagedFile)).toMatch(/^ke-hoach\.hong-.*Z\.sqlite$/);
        expect(fs.readFileSync(state.damagedFile).equals(damagedBytes)).toBe(true);
        expect(await call<unknown[]>(services, 'listPlans')).toEqual([]);

        const offered = state.offeredBackup!;
        expect(offered).toMatchObject({ reason: 'khoi-dong', taskCount: 6 });
        const restored = await call<{ restoredFrom: BackupInfoDto }>(services, 'restoreBackup', {
          id: offered.id,
        });
        expect(restored.restoredFrom.id).toBe(offered.id);
        expect(await call(services, 'getStartupState')).toEqual({ state: 'ok' });
        expect(await call<unknown[]>(services, 'listPlans')).toHaveLength(1);
        expect(achievedTexts(file)).toEqual(Array(6).fill('đã sao lưu'));
      } finally {
        services.close();
      }
      // The next start is a normal one.
      const again = open(file);
      expect(again.startupState).toEqual({ state: 'ok' });
      again.close();
    });
  }

  it('a file emptied to nothing is a loss too, when there are backups beside it', async () => {
    const dir = fs.mkdtempSync(path.join(work.dir, 'case-'));
    const file = planWithBackup(dir);
    fs.truncateSync(file, 0);
    const services = open(file);
    try {
      const state = services.startupState;
      expect(state).toMatchObject({ state: 'damaged', offeredBackup: { reason: 'khoi-dong' } });
      expect(state.state === 'damaged' && fs.statSync(state.damagedFile).size).toBe(0);
      await call(services, 'restoreBackup', { id: state.state === 'damaged' ? state.offeredBackup!.id : '' });
      expect(achievedTexts(file)).toEqual(Array(6).fill('đã sao lưu'));
    } finally {
      services.close();
    }
  });

  it('keeps offering the backup after a restart, until the user decides', () => {
    const dir = fs.mkdtempSync(path.join(work.dir, 'case-'));
    const file = planWithBackup(dir);
    DAMAGES['header overwritten with garbage']!(file);
    const first = open(file);
    const firstState = first.startupState;
    first.close();

    const second = open(file);
    try {
      expect(second.startupState).toEqual(firstState);
      // No default plan slipped in meanwhile: nothing suggests the plan is back.
      expect(second.repository.listPlanSummaries()).toEqual([]);
    } finally {
      second.close();
    }
  });

  it('offers the newest backup that is still good, skipping a damaged one', () => {
    const dir = fs.mkdtempSync(path.join(work.dir, 'case-'));
    const file = planWithBackup(dir);
    const services = open(file);
    services.close();
    const backups = fs.readdirSync(path.join(dir, 'sao-luu')).sort();
    expect(backups).toHaveLength(2);
    fs.truncateSync(path.join(dir, 'sao-luu', backups[1]!), 4096);
    DAMAGES['header overwritten with garbage']!(file);

    const damaged = open(file);
    const state = damaged.startupState;
    damaged.close();
    expect(state.state === 'damaged' && state.offeredBackup?.id).toBe(backups[0]);
  });

  it('says so plainly when there is no backup at all', () => {
    const dir = fs.mkdtempSync(path.join(work.dir, 'case-'));
    const file = path.join(dir, 'ke-hoach.sqlite');
    open(file).close();
    DAMAGES['header overwritten with garbage']!(file);
    const services = open(file);
    const state = services.startupState;
    services.close();
    expect(state).toMatchObject({ state: 'damaged', offeredBackup: null });
    expect(state.state === 'damaged' && state.message).toContain(
      'Không tìm thấy bản sao lưu nào còn dùng được',
    );
  });

  it('the command line prints the message, lists the backups and restores one', () => {
    const dir = fs.mkdtempSync(path.join(work.dir, 'case-'));
    const file = planWithBackup(dir);
    DAMAGES['cut to half its length']!(file);
    const run = (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
        stderr += String(chunk);
        return true;
      });
      try {
        runCli([...args, '--db', file], (text) => {
          stdout += `${text}\n`;
        });
        return { stdout, stderr };
      } finally {
        spy.mockRestore();
      }
    };

    const listed = run('backups');
    expect(listed.stderr).toContain('Cảnh báo: Tệp dữ liệu kế hoạch bị hỏng');
    const id = /npm run cli -- restore "([^"]+)"/.exec(listed.stderr)![1]!;
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('Khi khởi động');

    const restored = run('restore', id);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('Đã khôi phục bản lúc');
    expect(restored.stdout).toContain('1 kế hoạch, 6 nhiệm vụ');
    expect(achievedTexts(file)).toEqual(Array(6).fill('đã sao lưu'));

    const tasks = run('tasks', '--as-of', '2021-07-20');
    expect(tasks.stderr).toBe('');
    expect(tasks.stdout).toContain('76/KH-BCĐ-TANDTC');
  });
});
