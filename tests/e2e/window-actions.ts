/** Steps many end-to-end tests take the same way, as a person does them in the window. */
import type { Page } from 'playwright-core';

/** Waits until the window has shown the data again after a change ("Đang cập nhật…" gone). */
export async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await page.locator('[data-testid="refreshing"]').waitFor({ state: 'detached' });
}

/** Tệp → Nhập kế hoạch…, and the file chosen in the dialog that opens. */
export async function chooseImportFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.click('[data-testid="file-menu"]');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.click('[data-testid="file-import"]'),
  ]);
  await chooser.setFiles(file);
}
