/**
 * An import in the window, as a secretary sees it at 1366×768: a large Word plan shows what is being
 * done and for how long, with a button that stops it; a crafted workbook is refused with a message
 * she can read; either way the plan she had is still there.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { docxPlanOfXmlSize, xlsxWithMergedRange } from '../hostile-files/crafted-files';
import { type E2eHarness, SHOTS, openHarness } from './harness';
import { chooseImportFile } from './window-actions';

let harness: E2eHarness;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `import-progress-${name}.png`) });

async function planCount(): Promise<number> {
  const reply = await harness.services.dispatch('listPlans', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as unknown[]).length;
}

describe('following and stopping an import in the window', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-import-progress-e2e-');
    page = harness.page;
    await page.setViewportSize({ width: 1366, height: 768 });
  }, 120_000);

  beforeEach(async () => {
    await page.reload();
    await page.locator('[data-testid="task-row"]').first().waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the import reading a large Word plan and stops it on “Dừng nhập”', async () => {
    // Large enough (20 MB of XML, under the 25 MB cap) to be still reading when the button is pressed.
    const { bytes } = docxPlanOfXmlSize(20);
    await chooseImportFile(page, {
      name: 'ke-hoach-rat-lon.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: bytes,
    });
    const progress = page.locator('[data-testid="import-progress"]');
    await progress.waitFor();
    expect(await progress.textContent()).toContain('Đang đọc và kiểm tra tệp…');
    await shot('01-reading');
    await page.click('[data-testid="import-cancel"]');
    const error = page.locator('[data-testid="import-dialog"] .modal-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(
      'Đã dừng nhập tệp “ke-hoach-rat-lon.docx”. Dữ liệu không bị thay đổi.',
    );
    await shot('02-stopped');
    expect(await planCount()).toBe(1);
    expect(harness.pageErrors).toEqual([]);
  });

  it('refuses a tiny workbook that would expand to billions of cells, and the window goes on', async () => {
    await chooseImportFile(page, {
      name: 'bang-tinh-doc-hai.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsxWithMergedRange('A3:XFD1048576'),
    });
    const error = page.locator('[data-testid="import-dialog"] .modal-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('Tệp “bang-tinh-doc-hai.xlsx” quá phức tạp để đọc');
    await shot('03-refused');
    expect(await planCount()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="task-row"]').first().click();
  });
});
