/**
 * Stored data the window cannot draw, however it got into the file, never leaves a blank page: the
 * error screen keeps restore and plan-file open in reach, and a restore brings the plan back. A data
 * file that cannot be written opens visibly read-only and an edit is refused with the reason.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServices, openAppServices } from '../../services/app-services';
import { type Bridge, startBridge } from '../../services/bridge/bridge-server';
import { openPlainDatabase } from '../../services/storage/database';
import { SHOTS } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser;
let tmp: string;
const running: { services: AppServices; bridge: Bridge }[] = [];

async function serve(file: string, options: Partial<Parameters<typeof openAppServices>[0]> = {}) {
  const services = openAppServices({ databasePath: file, ...options });
  const bridge = await startBridge({ services, staticDir: inject('rendererDir'), port: 0 });
  running.push({ services, bridge });
  return { services, bridge };
}

async function pageAt(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  // Each step's own limit, well inside the test's: a failure names the step.
  page.setDefaultTimeout(8000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

describe('stored data the window cannot draw (Chromium, local bridge)', () => {
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-e2e-stored-'));
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    for (const { services, bridge } of running.splice(0)) {
      await bridge.close();
      services.close();
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('shows a screen with the ways back instead of a blank page, and a restore brings the plan back', async () => {
    const file = path.join(tmp, 'hong', 'ke-hoach.sqlite');
    fs.mkdirSync(path.dirname(file));
    const first = openAppServices({ databasePath: file });
    const backup = await first.dispatch('createBackupNow', {});
    expect(backup.ok).toBe(true);
    first.close();
    // Written behind the app's back (another tool, an older version): two tasks each other's parent.
    const db = openPlainDatabase(file);
    db.exec(`UPDATE tasks SET parent_id = (SELECT id FROM tasks WHERE wbs = '1.2') WHERE wbs = '1.1';
             UPDATE tasks SET parent_id = (SELECT id FROM tasks WHERE wbs = '1.1') WHERE wbs = '1.2';`);
    db.close();

    const { bridge } = await serve(file);
    const { page } = await pageAt(bridge.url);
    await page.locator('[data-testid="drawing-failed"]').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'stored-data-01-cannot-draw.png') });
    expect(await page.textContent('h1')).toBe('Không hiển thị được kế hoạch');
    expect(await page.textContent('[data-testid="recovery-plan-file"]')).toBe('Mở tệp kế hoạch…');
    // The way back: the backup list, and the backup made before the data went bad.
    await page.click('[data-testid="recovery-backups"]');
    await page.locator('[data-testid="backup-list"]').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'stored-data-02-backups.png') });
    const restoreRow = async (reason: string) => {
      await page
        .locator('[data-testid="backup-row"]', { hasText: reason })
        .locator('[data-testid="backup-restore"]')
        .click();
      await page.click('[data-testid="restore-confirm-yes"]');
    };
    // The copy taken at this start holds the same broken rows: refused, naming them.
    await restoreRow('Khi khởi động');
    await page
      .locator('[data-testid="file-error"]', { hasText: 'là cấp trên của nhau thành vòng' })
      .waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'stored-data-03-refused.png') });
    await restoreRow('Do người dùng tạo');
    await page.locator('[data-testid="task-row"][data-wbs="1.1"]').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'stored-data-04-restored.png') });
    expect(await page.locator('[data-testid="drawing-failed"]').count()).toBe(0);
  });

  it('offers restore on the error screen when the plan list itself cannot be read', async () => {
    const file = path.join(tmp, 'sai-ngay', 'ke-hoach.sqlite');
    fs.mkdirSync(path.dirname(file));
    const first = openAppServices({ databasePath: file });
    expect((await first.dispatch('createBackupNow', {})).ok).toBe(true);
    first.close();
    const db = openPlainDatabase(file);
    db.exec("UPDATE plans SET issued_on = 'ngày mai'");
    db.close();

    const { bridge } = await serve(file);
    const { page } = await pageAt(bridge.url);
    await page.locator('[data-testid="error-state"]').waitFor();
    expect(await page.textContent('[data-testid="error-message"]')).toMatch(/issuedOn|Ngày không hợp lệ/);
    await page.screenshot({ path: path.join(SHOTS, 'stored-data-07-list-error.png') });
    await page.click('[data-testid="recovery-backups"]');
    await page
      .locator('[data-testid="backup-row"]', { hasText: 'Do người dùng tạo' })
      .locator('[data-testid="backup-restore"]')
      .click();
    await page.click('[data-testid="restore-confirm-yes"]');
    await page.locator('[data-testid="task-row"][data-wbs="1.1"]').waitFor();
  });

  it('opens a read-only data file read-only, says so, and refuses an edit with the reason', async () => {
    const file = path.join(tmp, 'chi-doc', 'ke-hoach.sqlite');
    fs.mkdirSync(path.dirname(file));
    openAppServices({ databasePath: file }).close();
    const before = fs.readFileSync(file);
    const { bridge } = await serve(file, { fileAccess: { canWrite: (p) => p !== file } });
    const { page, errors } = await pageAt(bridge.url);
    const banner = page.locator('[data-testid="read-only-banner"]');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Chế độ chỉ xem\. Tệp dữ liệu chỉ cho phép đọc/);
    await page.locator('[data-testid="task-row"][data-wbs="1.1"]').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'stored-data-05-read-only.png') });
    // An edit through the form is refused with the same reason, and nothing is written.
    await page.click('[data-testid="add-task"]');
    await page.fill('[data-testid="field-title"]', 'Nhiệm vụ không được lưu');
    await page.click('[data-testid="save-task"]');
    const refusal = page.locator('[data-testid="editor-error"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Tệp dữ liệu chỉ cho phép đọc/);
    await page.screenshot({ path: path.join(SHOTS, 'stored-data-06-read-only-edit.png') });
    expect(errors).toEqual([]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
