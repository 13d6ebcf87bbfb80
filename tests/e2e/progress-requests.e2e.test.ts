/**
 * Collecting progress as a secretary does it, at 1366×768: ask the units (one .zip downloaded),
 * take two filled forms in at once, look at the preview, accept one row and reject another, then
 * follow the tracker; a form dropped on the window a second time changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import {
  addSharedTasks,
  answer,
  docxText,
  openForm,
  saveForm,
  unzipPackage,
} from '../progress-requests/form-fixtures';
import { type E2eHarness, SHOTS, openHarness } from './harness';

let harness: E2eHarness;
let page: Page;
let forms: { name: string; bytes: Buffer }[] = [];

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `progress-requests-${name}.png`) });

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const reply = await harness.services.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as ApiOutput<M>;
}

async function openMenu(item: string) {
  await page.click('[data-testid="units-menu"]');
  await page.click(`[data-testid="${item}"]`);
}

describe('collecting progress from units (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-progress-e2e-');
    page = harness.page;
    const planId = (await call('listPlans', {}))[0]!.id;
    await addSharedTasks({ call }, planId);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.reload();
    await page.locator('[data-testid="task-row"]').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('asks every unit with an open task and downloads the letters and forms as one .zip', async () => {
    await openMenu('units-request');
    await page.locator('[data-testid="request-units"] tbody tr').first().waitFor();
    await page.fill('[data-testid="request-as-of"]', '20/07/2021');
    await page.fill('[data-testid="request-period"]', 'Tháng 7 năm 2021');
    await page.fill('[data-testid="request-sent-on"]', '10/07/2021');
    await page.fill('[data-testid="request-due-on"]', '25/07/2021');
    // Tổ giúp việc leads a task of the plan, but it is the secretariat: it writes no letter to itself.
    expect(await page.locator('[data-testid="request-units"] tbody tr').count()).toBe(3);
    expect(await page.locator('[data-testid="request-units"]').innerText()).not.toContain('Tổ giúp việc');
    await shot('01-request-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="request-build"]'),
    ]);
    const file = download as Download;
    expect(file.suggestedFilename()).toMatch(/^de-nghi-bao-cao-tien-do-.*\.zip$/);
    const files = unzipPackage(fs.readFileSync(await file.path()).toString('base64'));
    expect([...files.keys()].filter((n) => n.endsWith('.xlsx'))).toHaveLength(3);
    await page.locator('[data-testid="file-notice"]', { hasText: 'cho 3 đơn vị' }).waitFor();
    // Sent once: the button cannot send the same round a second time.
    expect(await page.isDisabled('[data-testid="request-build"]')).toBe(true);
    await shot('02-request-saved');
    await page.click('[data-testid="request-dialog"] .modal-footer button:not(.primary)');

    // Two units fill their forms.
    const fill = async (prefix: string, values: Parameters<typeof answer>[2][]) => {
      const [name, bytes] = [...files.entries()].find(([n]) => n.startsWith(prefix) && n.endsWith('.xlsx'))!;
      const form = await openForm(bytes);
      form.rows().forEach((r, i) => values[i] && answer(form, r.row, values[i]));
      return { name: path.basename(name), bytes: await saveForm(form) };
    };
    forms = [
      await fill('vu-tong-hop/', [
        {
          percent: 60,
          reportedOn: '18/07/2021',
          achieved: 'Đã khảo sát 63 Tòa án tỉnh',
          difficulties: 'Thiếu số liệu',
        },
        { percent: 20, reportedOn: '18/07/2021', achieved: 'Đã lập tổ biên tập' },
      ]),
      await fill('vu-hop-tac-quoc-te/', [{ percent: 150 }]),
    ];
  });

  it('takes two filled forms in at once, previews them, and writes only the ticked row', async () => {
    await openMenu('units-receive');
    await page.locator('[data-testid="receive-dialog"]').waitFor();
    await page.setInputFiles(
      '[data-testid="receive-input"]',
      forms.map((f) => ({
        name: f.name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: f.bytes,
      })),
    );
    await page.locator('[data-testid="preview-file"]').nth(1).waitFor();
    const rows = page.locator('[data-testid="preview-row"]');
    expect(await rows.count()).toBe(3);
    await page.locator('.row-problem', { hasText: 'Tỷ lệ hoàn thành 150% vượt quá 100%' }).waitFor();
    expect(await page.locator('[data-testid="preview-row"] input:disabled').count()).toBe(1);
    await shot('03-preview');
    // Accept the first row, reject the second.
    await rows.nth(1).locator('input[type="checkbox"]').uncheck();
    await page.locator('[data-testid="receive-accept"]', { hasText: 'Ghi 1 dòng' }).waitFor();
    await page.fill('[data-testid="receive-received-on"]', '24/07/2021');
    await page.click('[data-testid="receive-accept"]');
    await page.locator('[data-testid="receive-result"]').waitFor();
    const result = await page.locator('[data-testid="receive-result"]').innerText();
    expect(result).toContain('đã ghi 1 dòng');
    expect(result).toContain('Người dùng không chấp nhận');
    expect(result).toContain('150% vượt quá 100%');
    await shot('04-accepted');
    await page.click('[data-testid="receive-dialog"] .modal-footer button:has-text("Đóng")');
    await page.locator('[data-testid="task-row"]').first().waitFor();
  });

  it('shows the tracker: one unit answered, the others waiting; reminders can be written', async () => {
    await openMenu('units-tracker');
    await page.locator('[data-testid="tracker-row"]').first().waitFor();
    const text = await page.locator('[data-testid="tracker-table"]').innerText();
    expect(text).toContain('Vụ Tổng hợp');
    expect(text).toContain('24/07/2021');
    expect(text).toContain('Đã trả lời đúng hạn');
    expect(text).toContain('Chưa trả lời — quá hạn');
    await page.locator('[data-testid="reminder-section"] li').first().waitFor();
    await shot('05-tracker');
    await page.locator('[aria-label^="Số công văn đôn đốc gửi"]').first().fill('45');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="reminder-build"]'),
    ]);
    const reminder = download as Download;
    expect(reminder.suggestedFilename()).toMatch(/^cong-van-don-doc-.*\.zip$/);
    const letters = [...unzipPackage(fs.readFileSync(await reminder.path()).toString('base64')).values()];
    expect(letters.length).toBe(await page.locator('[data-testid="reminder-section"] li').count());
    expect(letters.map(docxText).some((t) => t.includes('Số: 45/TGV'))).toBe(true);
    await page.click('[data-testid="tracker-dialog"] .modal-footer button');
  });

  it('a form dropped on the window again changes nothing, and says so', async () => {
    const first = forms[0]!;
    await page.evaluate(
      ({ name, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name));
        window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
      },
      { name: first.name, base64: first.bytes.toString('base64') },
    );
    await page.locator('[data-testid="preview-file-problem"]', { hasText: 'không có gì thay đổi' }).waitFor();
    await shot('06-dropped-again');
    expect(harness.pageErrors).toEqual([]);
    expect(harness.cspViolations).toEqual([]);
  });
});
