/**
 * A task with two lead units ("đồng chủ trì"), as a secretary meets it at 1366×768: imported from a
 * document (both leads seen in the preview, a co-lead added there), both names in the grid row and the
 * task card, found when filtering by the second lead, and a co-lead set in the task form, then undone.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { type E2eHarness, SHOTS, openHarness } from './harness';
import { chooseImportFile, settled as settledWindow } from './window-actions';

const PLAN = [
  'TÒA ÁN NHÂN DÂN TỐI CAO',
  'Số: 64/KH-TANDTC',
  '',
  'Hà Nội, ngày 11 tháng 3 năm 2024',
  '',
  'KẾ HOẠCH',
  'Lưu trữ hồ sơ vụ án điện tử',
  '',
  'II. NHIỆM VỤ',
  '1. Vụ Pháp chế và Quản lý khoa học và Cục Công nghệ thông tin đồng chủ trì, phối hợp với Văn phòng xây dựng Quy chế lưu trữ hồ sơ điện tử; hoàn thành trong quý III/2024.',
  '',
  '2. Bồi dưỡng kỹ năng số cho Thẩm phán',
  '- Chủ trì: Vụ Tổ chức - Cán bộ',
  '- Thời hạn: Quý IV/2024',
  '- Sản phẩm: Khóa bồi dưỡng',
  '',
  '3. Văn phòng chủ trì rà soát danh mục hồ sơ lưu trữ; hoàn thành trong tháng 6/2024.',
  '',
  'Nơi nhận:',
].join('\n');

const BOTH = 'Vụ Pháp chế và Quản lý khoa học, Cục Công nghệ thông tin (đồng chủ trì)';

let harness: E2eHarness;
let services: AppServices;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `co-leads-${name}.png`) });
const previewRow = (wbs: string) => page.locator(`[data-testid="preview-row"][data-wbs="${wbs}"]`);
const row = (wbs: string) => page.locator(`[data-testid="task-row"][data-wbs="${wbs}"]`);
const rowWbs = () =>
  page.$$eval('[data-testid="task-row"]', (rows) => rows.map((r) => r.getAttribute('data-wbs')));

/** Each task's lead units as stored, in order. */
function storedLeads(): Record<string, string[]> {
  const summary = services.repository.listPlanSummaries().find((p) => p.code === '64/KH-TANDTC')!;
  const data = services.repository.loadPlanData(summary.id)!;
  const name = (id: number) => data.units.find((u) => u.id === id)!.name;
  return Object.fromEntries(
    data.tasks.map((t) => [
      t.wbs,
      data.taskUnits.filter((l) => l.taskId === t.id && l.role === 'lead').map((l) => name(l.unitId)),
    ]),
  );
}

const settled = () => settledWindow(page);

describe('co-led tasks (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-co-leads-e2e-');
    ({ services, page } = harness);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-testid="task-row"]').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows both leads in the import preview, takes a co-lead added there, and stores every lead', async () => {
    await chooseImportFile(page, {
      name: 'ke-hoach-64.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(PLAN),
    });
    await page.locator('[data-testid="import-preview"]').waitFor();
    const leadCell = previewRow('1').locator('td').nth(2);
    expect(await leadCell.locator('[data-testid="preview-unit"]').allTextContents()).toEqual([
      expect.stringMatching(/^Vụ Pháp chế và Quản lý khoa học/),
      expect.stringMatching(/^Cục Công nghệ thông tin/),
      expect.stringMatching(/^Văn phòng/),
    ]);
    expect(await previewRow('1').locator('[data-testid="preview-co-lead"]').textContent()).toBe(
      'đồng chủ trì',
    );
    // Nothing says a lead was demoted: the co-led row has no problem.
    expect(await previewRow('1').locator('[data-testid="preview-problem"]').count()).toBe(0);
    await shot('01-preview');

    await previewRow('2').locator('[data-testid="preview-edit"]').click();
    expect(await page.inputValue('[data-testid="preview-edit-lead"]')).toBe('Vụ Tổ chức - Cán bộ');
    await page.fill('[data-testid="preview-edit-coleads"]', 'Học viện Tòa án');
    await shot('02-preview-editing-co-lead');
    await page.click('[data-testid="preview-edit-done"]');
    expect(await previewRow('2').locator('[data-testid="preview-co-lead"]').count()).toBe(1);

    await page.click('[data-testid="import-save"]');
    await page.locator('[data-testid="import-result"]').waitFor();
    await page.click('[data-testid="import-show"]');
    await expect.poll(() => page.textContent('[data-testid="plan-title"]')).toContain('64/KH-TANDTC');
    await row('1').waitFor();
    expect(storedLeads()).toEqual({
      '1': ['Vụ Pháp chế và Quản lý khoa học', 'Cục Công nghệ thông tin'],
      '2': ['Vụ Tổ chức - Cán bộ', 'Học viện Tòa án'],
      '3': ['Văn phòng'],
    });
  });

  it('names both leads in the grid row and on the task card', async () => {
    // One line per lead in the narrow column, the full wording on hover.
    const cell = row('1').locator('.col-lead [data-testid="co-leads"]');
    expect(await cell.locator('.cell-text').allTextContents()).toEqual([
      'Vụ Pháp chế và Quản lý khoa học',
      'Cục Công nghệ thông tin',
    ]);
    expect(await cell.getAttribute('title')).toBe(BOTH);
    // Both names visible in the row: neither line is pushed out of the cell.
    const fits = await cell.evaluate((el) => {
      const box = el.closest('.col-lead')!.getBoundingClientRect();
      return [...el.querySelectorAll('.unit-name')].every((line) => {
        const r = line.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      });
    });
    expect(fits).toBe(true);
    expect(await row('3').locator('.col-lead').textContent()).toBe('Văn phòng');
    await shot('03-grid');
    await row('1').click();
    await page.locator('[data-testid="task-popup"]').waitFor();
    expect(await page.textContent('[data-testid="popup-lead"]')).toContain(BOTH);
    expect(await page.textContent('[data-testid="popup-supports"]')).toContain('Văn phòng');
    await shot('04-popup');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="task-popup"]').waitFor({ state: 'detached' });
  });

  it('finds a co-led task when filtering by its second lead as "chủ trì"', async () => {
    await page.selectOption('[data-testid="unit-filter"]', { label: 'Cục Công nghệ thông tin' });
    await expect.poll(rowWbs).toEqual(['1']);
    await shot('05-filter-second-lead');
    await page.selectOption('[data-testid="unit-filter"]', { label: 'Học viện Tòa án' });
    await expect.poll(rowWbs).toEqual(['2']);
    await page.click('[data-testid="clear-filters"]');
    await expect.poll(rowWbs).toEqual(['1', '2', '3']);
  });

  it('lists a co-led task in the lane of each of its leads, and opens it from either', async () => {
    await page.check('[data-testid="group-by-lead"]');
    await page.waitForSelector('[data-testid="lane-row"]');
    const order = await page.$$eval('[data-testid="lane-row"], [data-testid="task-row"]', (rows) =>
      rows.map((r) =>
        r.getAttribute('data-testid') === 'lane-row'
          ? `lane:${r.querySelector('.lane-name')?.textContent}`
          : r.getAttribute('data-wbs'),
      ),
    );
    expect(order).toEqual([
      'lane:Vụ Pháp chế và Quản lý khoa học',
      '1',
      'lane:Cục Công nghệ thông tin',
      '1',
      'lane:Vụ Tổ chức - Cán bộ',
      '2',
      'lane:Học viện Tòa án',
      '2',
      'lane:Văn phòng',
      '3',
    ]);
    // One bar per row: the task's bar is drawn in both lanes.
    expect(await page.locator('[data-testid="gantt-bar"][data-wbs="1"]').count()).toBe(2);
    await shot('06-lanes');
    await row('1').nth(1).click();
    await page.locator('[data-testid="task-popup"]').waitFor();
    expect(await page.textContent('[data-testid="popup-lead"]')).toContain(BOTH);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="task-popup"]').waitFor({ state: 'detached' });
    await page.uncheck('[data-testid="group-by-lead"]');
    await page.waitForSelector('[data-testid="lane-row"]', { state: 'detached' });
  });

  it('in presentation mode at 1920×1080, spotlights a co-led task for its second lead too', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.click('[data-testid="meeting-mode"]');
    await page.waitForSelector('[data-testid="meeting-bar"]');
    const spotlit = () =>
      page.$$eval('[data-testid="task-row"].is-spotlit', (rows) =>
        rows.map((r) => r.getAttribute('data-wbs')),
      );
    const seen: [string | null, (string | null)[]][] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push([await page.textContent('[data-testid="meeting-unit"]'), await spotlit()]);
      if (seen.at(-1)![0] === 'Cục Công nghệ thông tin') await shot('07-presentation-second-lead');
    }
    expect(seen).toEqual([
      ['Vụ Pháp chế và Quản lý khoa học', ['1']],
      ['Cục Công nghệ thông tin', ['1']],
      ['Vụ Tổ chức - Cán bộ', ['2']],
      ['Học viện Tòa án', ['2']],
      ['Văn phòng', ['3']],
    ]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="unit-filter"]');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('sets a co-lead in the task form, which cannot then be ticked as a support, and undoes it', async () => {
    await row('3').click();
    await page.click('[data-testid="popup-edit"]');
    await page.locator('[data-testid="task-editor"]').waitFor();
    await page.click('[data-testid="add-co-lead"]');
    await page.check('[data-testid="field-coleads"] label:has-text("Vụ Tổ chức - Cán bộ") input');
    expect(
      await page.isDisabled('[data-testid="field-supports"] label:has-text("Vụ Tổ chức - Cán bộ") input'),
    ).toBe(true);
    await shot('08-form-co-lead');
    await page.click('[data-testid="save-task"]');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
    await settled();
    expect(storedLeads()['3']).toEqual(['Văn phòng', 'Vụ Tổ chức - Cán bộ']);
    expect(await row('3').locator('.col-lead [data-testid="co-leads"]').getAttribute('title')).toBe(
      'Văn phòng, Vụ Tổ chức - Cán bộ (đồng chủ trì)',
    );
    await shot('09-grid-after-edit');

    // Opened again, the form shows the co-lead ticked: saving it unchanged keeps it.
    await row('3').click();
    await page.click('[data-testid="popup-edit"]');
    await page.locator('[data-testid="task-editor"]').waitFor();
    expect(
      await page.isChecked('[data-testid="field-coleads"] label:has-text("Vụ Tổ chức - Cán bộ") input'),
    ).toBe(true);
    await page.click('[data-testid="task-editor"] .modal-footer >> text=Đóng');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });

    await page.keyboard.press('Control+z');
    await settled();
    await expect.poll(() => storedLeads()['3']).toEqual(['Văn phòng']);
    await expect.poll(() => row('3').locator('.col-lead').textContent()).toBe('Văn phòng');
    expect(harness.pageErrors).toEqual([]);
    expect(harness.cspViolations).toEqual([]);
  });
});
