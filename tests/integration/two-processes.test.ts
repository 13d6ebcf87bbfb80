/**
 * One data file, two processes: the browser bridge keeps editing while the command line restores a
 * backup and imports a plan into the same file. Every edit the bridge acknowledged is afterwards in
 * the file — or, for an edit made before a restore, in the copy that restore took just before it —
 * and the import does not fail on the lock. (Before, the restore renamed a new file over the live
 * one and the bridge went on writing its acknowledged edits into the deleted file.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServices, openAppServices } from '../../services/app-services';
import { type Bridge, startBridge } from '../../services/bridge/bridge-server';
import { openPlainDatabase } from '../../services/storage/database';
import { useBuiltCli } from './cli-runner';

const cli = useBuiltCli('ecourt-two-processes-');
const cliBundle = path.resolve(__dirname, '..', '..', 'dist', 'node', 'cli.cjs');
const file = path.join(cli.work, 'ke-hoach.sqlite');

let services: AppServices;
let bridge: Bridge;

beforeAll(async () => {
  fs.mkdirSync(path.join(cli.work, 'renderer'), { recursive: true });
  services = openAppServices({ databasePath: file });
  bridge = await startBridge({ services, staticDir: path.join(cli.work, 'renderer') });
});
afterAll(async () => {
  await bridge?.close();
  services?.close();
});

async function api<T>(
  method: string,
  input: unknown,
): Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }> {
  const response = await fetch(`${bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ecourt-token': bridge.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
}

/** The CLI as its own process, not blocking this one (the bridge must answer meanwhile). */
function runCli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliBundle, ...args, '--db', file], {
      env: { ...process.env, ECOURT_PLAN_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function achieved(db: string): Set<string> {
  const conn = openPlainDatabase(db, { readonly: true });
  try {
    return new Set(conn.prepare('SELECT achieved FROM progress_updates').pluck().all() as string[]);
  } finally {
    conn.close();
  }
}

describe('the bridge edits while the command line restores and imports', () => {
  it('keeps every acknowledged edit, and the import is not refused for the lock', async () => {
    const plans = await api<{ id: number }[]>('listPlans', {});
    if (!plans.ok) throw new Error(plans.error.message);
    const data = await api<{ tasks: { id: number }[] }>('getPlanData', { planId: plans.value[0]!.id });
    if (!data.ok) throw new Error(data.error.message);
    const taskId = data.value.tasks[0]!.id;
    const backup = await api<{ id: string }>('createBackupNow', {});
    if (!backup.ok) throw new Error(backup.error.message);

    const acknowledged: { text: string; at: number }[] = [];
    const refused: string[] = [];
    let editing = true;
    const editor = (async () => {
      for (let n = 0; editing; n++) {
        const text = `sửa lần ${n}`;
        const reply = await api('addProgressUpdate', {
          taskId,
          reportedOn: '2021-07-20',
          percent: n % 101,
          achieved: text,
          difficulties: null,
          enteredBy: null,
        });
        if (reply.ok) acknowledged.push({ text, at: Date.now() });
        else refused.push(reply.error.message);
        // Empties the bridge's log into the file now and then, as SQLite's automatic checkpoint does.
        if (n % 5 === 0) services.repository.database.pragma('wal_checkpoint(TRUNCATE)');
      }
    })();

    await new Promise((r) => setTimeout(r, 200));
    const restored = await runCli('restore', backup.value.id);
    const restoreDone = Date.now();
    const plan = fs
      .readFileSync(path.join(__dirname, '..', 'fixtures', 'kh-76-KH-BCD-TANDTC-2021.txt'), 'utf8')
      .replace('76/KH-BCĐ-TANDTC', '99/KH-BCĐ-TANDTC');
    const planFile = path.join(cli.work, 'ke-hoach-99.txt');
    fs.writeFileSync(planFile, plan);
    const imported = await runCli('import', planFile);
    await new Promise((r) => setTimeout(r, 300));
    editing = false;
    await editor;

    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Đã khôi phục/);
    expect(imported.stderr).not.toMatch(/database is locked|Lỗi không mong đợi/);
    expect(imported.code).toBe(0);
    // A refusal, if any, says why in Vietnamese; none is an unexpected error.
    for (const message of refused)
      expect(message).toBe('Dữ liệu đang được một cửa sổ khác ghi; thử lại sau.');

    const final = achieved(file);
    const beforeRestore = services.backups
      .listBackups()
      .filter((b) => b.reason === 'truoc-khoi-phuc')
      .flatMap((b) => [...achieved(path.join(services.backups.backupFolder, b.id))]);
    const kept = new Set([...final, ...beforeRestore]);
    const lost = acknowledged.filter((e) => !kept.has(e.text)).map((e) => e.text);
    expect(lost).toEqual([]);
    // Edits went on while the command line ran …
    expect(acknowledged.filter((e) => e.at <= restoreDone).length).toBeGreaterThan(0);
    // … and everything acknowledged after the restore is in the live file itself.
    const after = acknowledged.filter((e) => e.at > restoreDone);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((e) => !final.has(e.text))).toEqual([]);
    // Both processes' work is in the one file: the imported plan beside the bridge's edits.
    const planCodes = await api<{ code: string }[]>('listPlans', {});
    expect(planCodes.ok && planCodes.value.map((p) => p.code)).toContain('99/KH-BCĐ-TANDTC');
  }, 60_000);
});
