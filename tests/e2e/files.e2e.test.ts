/**
 * Reports, backups and files as a user reaches them: the real renderer (built fresh) served by the
 * real local bridge over a throwaway database, driven in Chromium. Files leave through downloads and
 * come in through the file chooser, exactly as in a browser; each step leaves a screenshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { type AppServices, openAppServices } from '../../services/app-services';
import { startBridge } from '../../services/bridge/bridge-server';
import { type E2eHarness, SHOTS, openHarness } from './harness';

const PLAN_CODE = '76/KH-BCĐ-TANDTC';

let harness: E2eHarness;
let tmp: string;
let staticDir: string;
let services: AppServices;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const shot = (name: string, target: Page = page): Promise<Buffer> =>
  target.screenshot({ path: path.join(SHOTS, `files-${name}.png`) });

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = await services.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

/** Clicks `selector` and returns the file the page downloads. */
async function download(selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: (file as Download).suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** The text of a .docx: every w:t of the main document, joined. */
function docxText(bytes: Buffer): string {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Picks `file` in the chooser that `selector` opens. */
async function pick(
  selector: string,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(selector)]);
  await chooser.setFiles(file);
}

async function openMenuItem(menu: 'export-menu' | 'file-menu', item: string): Promise<void> {
  await page.click(`[data-testid="${menu}"]`);
  await page.click(`[data-testid="${item}"]`);
}

const rowStatus = (wbs: string): Promise<string | null> =>
  page.getAttribute(`[data-testid="task-row"][data-wbs="${wbs}"]`, 'data-status');

async function waitForPlan(target: Page = page): Promise<void> {
  await target.locator('[data-testid="task-row"]').first().waitFor();
}

async function buildStatusReport(): Promise<{ name: string; text: string }> {
  await openMenuItem('export-menu', 'export-report');
  await page.locator('[data-testid="report-dialog"]').waitFor();
  await page.fill('[data-testid="report-date"]', '20/07/2021');
  await page.fill(
    '[data-testid="report-recommendations"]',
    'Đề nghị các đơn vị khẩn trương hoàn thành báo cáo.',
  );
  const file = await download('[data-testid="report-build"]');
  await page.locator('[data-testid="file-notice"]').waitFor();
  return { name: file.name, text: docxText(file.bytes) };
}

describe('reports, backups and files (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-files-e2e-');
    ({ tmp, staticDir, services, browser, page, pageErrors } = harness);
    await waitForPlan();
  }, 120_000);

  // Each step starts from a freshly loaded window: a failed step leaves no dialog open for the next.
  beforeEach(async () => {
    if (!page) return;
    await page.reload();
    await waitForPlan();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('exports the status report as of 20/07/2021 as a Word file with the plan number', async () => {
    await page.click('[data-testid="export-menu"]');
    await page.locator('[data-testid="export-report"]').waitFor();
    await shot('00-export-menu');
    await page.keyboard.press('Escape');
    const report = await buildStatusReport();
    expect(report.name).toMatch(/\.docx$/);
    expect(report.text).toContain('BÁO CÁO');
    expect(report.text).toContain(PLAN_CODE);
    expect(report.text).toContain('Đề nghị các đơn vị khẩn trương hoàn thành báo cáo.');
    await shot('01-report-dialog');
    await page.click('[data-testid="report-dialog"] .modal-footer button:not(.primary):not(.link)');
  });

  it('uses a changed letterhead setting in the next report, and refuses an empty place', async () => {
    await openMenuItem('file-menu', 'file-report-settings');
    await page.locator('[data-testid="setting-signerName"]').waitFor();
    await page.fill('[data-testid="setting-place"]', '');
    await page.click('[data-testid="settings-save"]');
    await page.locator('.form-field-error', { hasText: 'Không được để trống.' }).waitFor();
    await shot('02-settings-invalid');
    await page.fill('[data-testid="setting-place"]', 'Hà Nội');
    await page.fill('[data-testid="setting-signerName"]', 'Nguyễn Văn Bình');
    await page.click('[data-testid="settings-save"]');
    await page.locator('[data-testid="report-settings-dialog"] [data-testid="file-notice"]').waitFor();
    await shot('03-settings-saved');
    await page.click('[data-testid="report-settings-dialog"] .modal-footer button:not(.primary)');

    const report = await buildStatusReport();
    expect(report.text).toContain('Nguyễn Văn Bình');
    await page.click('[data-testid="report-dialog"] .modal-footer button:not(.primary):not(.link)');
  });

  it('warns about a signer that does not fit the letterhead, numbers a report from the register and lists it', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openMenuItem('file-menu', 'file-report-settings');
    await page.locator('[data-testid="setting-signerName"]').waitFor();
    // A Steering Committee letterhead signed by the working group's head, with no name: both told.
    await page.click('[data-testid="settings-preset-steering-committee"]');
    await page.fill('[data-testid="setting-signingAuthority"]', '');
    await page.fill('[data-testid="setting-signerTitle"]', 'TỔ TRƯỞNG TỔ GIÚP VIỆC');
    await page.fill('[data-testid="setting-signerName"]', '');
    const warnings = page.locator('[data-testid="settings-warnings"]');
    await warnings.waitFor();
    expect(await warnings.textContent()).toContain('Chưa có họ và tên người ký');
    expect(await warnings.textContent()).toContain('Văn bản mang tên Ban Chỉ đạo phải do Trưởng Ban ký');
    await shot('02b-settings-signer-warnings');
    await page.click('[data-testid="settings-preset-working-group"]');
    await page.fill('[data-testid="setting-signerName"]', 'Nguyễn Văn Bình');
    expect(await page.locator('[data-testid="settings-warnings"]').count()).toBe(0);
    await page.click('[data-testid="settings-save"]');
    await page.locator('[data-testid="report-settings-dialog"] [data-testid="file-notice"]').waitFor();
    await page.click('[data-testid="report-settings-dialog"] .modal-footer button:not(.primary)');

    await openMenuItem('export-menu', 'export-report');
    await page.locator('[data-testid="report-dialog"]').waitFor();
    await page.fill('[data-testid="report-date"]', '20/09/2021');
    // The next number of the reports' series, and the recommendations drafted from the data.
    const number = page.locator('[data-testid="report-number"]');
    await expect.poll(() => number.inputValue()).toMatch(/^\d+$/);
    const proposed = Number(await number.inputValue());
    await expect
      .poll(() => page.inputValue('[data-testid="report-recommendations"]'))
      .toContain('Đề nghị Ban Chỉ đạo xem xét, quyết định gia hạn hoặc giao lại đơn vị chủ trì');
    expect(await page.textContent('[data-testid="report-dialog"]')).toContain('/BC-TGV');
    await shot('01c-report-number-and-draft');
    const report = await download('[data-testid="report-build"]');
    const padded = proposed < 10 ? `0${proposed}` : String(proposed);
    expect(docxText(report.bytes)).toContain(`Số: ${padded}/BC-TGV`);
    await expect
      .poll(() => page.textContent('[data-testid="report-dialog"] [data-testid="file-notice"]'))
      .toContain(`Đã ghi vào sổ văn bản đi số ${padded}/BC-TGV.`);
    // The next one is proposed at once.
    await expect.poll(() => number.inputValue()).toBe(String(proposed + 1));

    await page.click('[data-testid="open-register"]');
    const register = page.locator('[data-testid="register-table"]');
    await register.waitFor();
    expect(await register.textContent()).toContain(`${padded}/BC-TGV`);
    expect(await register.textContent()).toContain(
      'Báo cáo tình hình thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC',
    );
    await shot('04-register');
    const sheet = await download('[data-testid="register-export"]');
    expect(sheet.name).toBe('so-van-ban-di-2021.xlsx');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('exports one unit’s task list and the meeting papers with their agenda', async () => {
    await openMenuItem('export-menu', 'export-report');
    await page.click('[data-testid="report-kind-unit"]');
    await page.selectOption('[data-testid="report-unit"]', { label: 'Vụ Tổng hợp' });
    const unitList = await download('[data-testid="report-build"]');
    expect(unitList.name).toMatch(/\.docx$/);
    expect(docxText(unitList.bytes)).toContain('Vụ Tổng hợp');

    await page.click('[data-testid="report-kind-meeting"]');
    await page.fill('[data-testid="report-date"]', '20/07/2021');
    await page.fill('[data-testid="report-next-meeting"]', '15/07/2021');
    await page.click('[data-testid="report-build"]');
    expect(await page.textContent('[data-testid="report-dialog"]')).toContain(
      'Ngày họp tiếp theo phải sau ngày họp.',
    );
    await page.fill('[data-testid="report-next-meeting"]', '20/08/2021');
    await page.fill(
      '[data-testid="report-agenda"]',
      'Nghe báo cáo tiến độ khảo sát\nThảo luận đề cương Đề án',
    );
    await shot('01b-meeting-pack');
    const pack = await download('[data-testid="report-build"]');
    expect(docxText(pack.bytes)).toContain('Thảo luận đề cương Đề án');
  });

  it('exports the timeline picture, Excel and MS Project files from the “Xuất” menu', async () => {
    const expected: [string, RegExp, string][] = [
      ['export-picture', /\.png$/, '\x89PNG'],
      ['export-excel', /\.xlsx$/, 'PK'],
      ['export-ms-project', /\.xml$/, '<?xml'],
    ];
    for (const [item, name, magic] of expected) {
      await page.click('[data-testid="export-menu"]');
      const file = await download(`[data-testid="${item}"]`);
      expect(file.name, item).toMatch(name);
      expect(file.bytes.subarray(0, magic.length).toString('latin1'), item).toBe(magic);
    }
  });

  it('restores a backup through the screen: a progress update made after it is gone', async () => {
    const before = await rowStatus('1.1');
    await openMenuItem('file-menu', 'file-backups');
    const rowsBefore = (await call<unknown[]>('listBackups', {})).length;
    await page.locator('[data-testid="backup-dialog"] .modal-body').waitFor();
    await expect.poll(() => page.locator('[data-testid="backup-row"]').count()).toBe(rowsBefore);
    await page.click('[data-testid="backup-now"]');
    await page.locator('[data-testid="backup-dialog"] [data-testid="file-notice"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="backup-row"]').count()).toBe(rowsBefore + 1);
    const newest = await page.locator('[data-testid="backup-row"]').first().textContent();
    expect(newest).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}Do người dùng tạo/);
    await shot('04-backups');
    await page.click('[data-testid="backup-dialog"] .modal-footer button:not(.primary)');

    // The change: task 1.1 reported finished.
    const [plan] = await call<{ id: number }[]>('listPlans', {});
    const view = await call<PlanView>('getPlanView', { planId: plan!.id, asOf: '2021-07-20' });
    const task = view.tasks.find((t) => t.wbs === '1.1')!;
    await call('addProgressUpdate', {
      taskId: task.id,
      reportedOn: '2021-06-20',
      percent: 100,
      achieved: 'Đã hoàn thành khảo sát.',
      difficulties: null,
      enteredBy: 'Thư ký',
    });
    await page.reload();
    await waitForPlan();
    expect(await rowStatus('1.1')).not.toBe(before);

    await openMenuItem('file-menu', 'file-backups');
    await page
      .locator('[data-testid="backup-row"]')
      .first()
      .locator('[data-testid="backup-restore"]')
      .click();
    await page.locator('[data-testid="restore-confirm"]').waitFor();
    expect(await page.textContent('[data-testid="restore-confirm"]')).toContain(
      'Trước khi khôi phục, ứng dụng tự sao lưu dữ liệu hiện tại',
    );
    await shot('05-restore-confirm');
    await page.click('[data-testid="restore-confirm-yes"]');
    await page.locator('[data-testid="backup-dialog"]').waitFor({ state: 'detached' });
    await waitForPlan();
    expect(await rowStatus('1.1')).toBe(before);
    const history = await call<unknown[]>('getProgressHistory', { taskId: task.id });
    expect(history).toEqual([]);
    await shot('06-restored');
  });

  it('saves the plan file and opens it again', async () => {
    await page.click('[data-testid="file-menu"]');
    const saved = await download('[data-testid="file-save-plan"]');
    expect(saved.name).toMatch(/\.sqlite$/);
    expect(saved.bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('sao lưu dữ liệu hiện tại');
      void dialog.accept();
    });
    await page.click('[data-testid="file-menu"]');
    const reloaded = page.waitForResponse((r) => r.url().endsWith('/api/listPlans'));
    await pick('[data-testid="file-open-plan"]', {
      name: saved.name,
      mimeType: 'application/vnd.sqlite3',
      buffer: saved.bytes,
    });
    await reloaded;
    await waitForPlan();
    expect(await page.textContent('[data-testid="plan-title"]')).toContain(PLAN_CODE);
    const backups = await call<{ reason: string }[]>('listBackups', {});
    expect(backups[0]?.reason).toBe('truoc-khi-mo-tep');
  });

  it('imports a plan from a .txt file through the file chooser', async () => {
    const text = DEFAULT_PLAN_TEXT.replace('Số: 76/KH-BCĐ-TANDTC', 'Số: 88/KH-BCĐ-TANDTC');
    await page.click('[data-testid="file-menu"]');
    await pick('[data-testid="file-import"]', {
      name: 'ke-hoach-88.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    // The plan is shown first; nothing is written before "Lưu kế hoạch".
    await page.locator('[data-testid="import-preview"]').waitFor();
    expect(await page.locator('[data-testid="preview-row"]').count()).toBe(6);
    expect(services.repository.findPlanIdByCode('88/KH-BCĐ-TANDTC')).toBeNull();
    await page.click('[data-testid="import-save"]');
    await page.locator('[data-testid="import-result"]').waitFor();
    const summary = (await page.textContent('[data-testid="import-result"]')) ?? '';
    expect(summary).toContain('Đã nhập kế hoạch số 88/KH-BCĐ-TANDTC');
    expect(summary).toMatch(/\d+ nhiệm vụ, \d+ đơn vị/);
    await shot('07-import-result');
    await page.click('[data-testid="import-show"]');
    await waitForPlan();
    await expect.poll(() => page.textContent('[data-testid="plan-title"]')).toContain('88/KH-BCĐ-TANDTC');
    expect(await page.locator('[data-testid="plan-chooser"] option').count()).toBe(2);
    await shot('08-imported-plan');
    // A common laptop width: the header's menus stay whole beside the plan chooser.
    await page.setViewportSize({ width: 1280, height: 800 });
    const fileMenu = await page.locator('[data-testid="file-menu"]').boundingBox();
    expect(fileMenu!.x + fileMenu!.width).toBeLessThanOrEqual(1280);
    await shot('08b-header-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows the recovery screen for a damaged data file, and the newest backup brings Kế hoạch 76 back', async () => {
    const dir = path.join(tmp, 'damaged');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'ke-hoach.sqlite');
    // Two starts: the second backs up the plan the first loaded.
    openAppServices({ databasePath: file }).close();
    openAppServices({ databasePath: file }).close();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));

    const damaged = openAppServices({ databasePath: file });
    const damagedBridge = await startBridge({ services: damaged, staticDir, port: 0 });
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    try {
      await other.goto(damagedBridge.url);
      await other.locator('[data-testid="recovery-screen"]').waitFor();
      const restoreButton = (await other.textContent('[data-testid="restore-latest"]')) ?? '';
      expect(restoreButton).toMatch(/^Khôi phục bản sao lưu mới nhất \(ngày \d{2}\/\d{2}\/\d{4}\)$/);
      expect(await other.textContent('[data-testid="damaged-file"]')).toMatch(/\S/);
      expect(await other.locator('[data-testid="recovery-open-file"]').textContent()).toBe(
        'Mở tệp kế hoạch…',
      );
      await shot('09-recovery', other);
      await other.click('[data-testid="restore-latest"]');
      await waitForPlan(other);
      expect(await other.textContent('[data-testid="plan-title"]')).toContain(PLAN_CODE);
      await shot('10-recovered', other);
    } finally {
      await other.close();
      await damagedBridge.close();
      damaged.close();
    }
  });

  it('left no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
