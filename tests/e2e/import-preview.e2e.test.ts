/**
 * Importing a plan as a secretary does it, at 1366×768: the file is read and shown, two rows with
 * problems are corrected and one left out in the preview, and only "Lưu kế hoạch" writes the plan.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { type E2eHarness, SHOTS, openHarness } from './harness';
import { chooseImportFile } from './window-actions';

const PLAN = [
  'TÒA ÁN NHÂN DÂN TỐI CAO',
  'Số: 61/KH-TANDTC',
  '',
  'Hà Nội, ngày 08 tháng 3 năm 2024',
  '',
  'KẾ HOẠCH',
  'Triển khai hồ sơ điện tử năm 2024',
  '',
  'II. NHIỆM VỤ',
  '1. Giao Vụ Tổng hợp chủ trì, phối hợp với Cục Công nghệ thông tin Tòa án nhân dân tối cao xây dựng phần mềm hồ sơ điện tử; hoàn thành trong quý II/2024.',
  '',
  '2. Rà soát quy trình nghiệp vụ xét xử trực tuyến',
  '- Thời hạn: Quý III/2024',
  '- Sản phẩm: Báo cáo rà soát',
  '',
  '3. Học viện Tòa án chủ trì tổ chức tập huấn cho Thư ký Tòa án; thời hạn: sau khi có ý kiến của Lãnh đạo.',
  '',
  '4. Văn phòng chủ trì tổ chức hội nghị sơ kết; hoàn thành trong tháng 12/2024.',
  '',
  'Nơi nhận:',
].join('\n');

let harness: E2eHarness;
let services: AppServices;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `import-preview-${name}.png`) });
const row = (wbs: string) => page.locator(`[data-testid="preview-row"][data-wbs="${wbs}"]`);

describe('import preview (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-import-preview-e2e-');
    ({ services, page } = harness);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-testid="task-row"]').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows problems on their rows, takes two corrections and a dropped row, and saves only on "Lưu kế hoạch"', async () => {
    await chooseImportFile(page, {
      name: 'ke-hoach-61.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(PLAN),
    });
    await page.locator('[data-testid="import-preview"]').waitFor();
    expect(await page.locator('[data-testid="preview-row"]').count()).toBe(4);
    expect(await row('1').textContent()).toContain('Xây dựng phần mềm hồ sơ điện tử');
    expect(await row('2').locator('[data-testid="preview-problem"]').textContent()).toMatch(
      /^Dòng 12: Mục 2 thiếu đơn vị chủ trì/,
    );
    expect(await row('3').locator('[data-testid="preview-problem"]').textContent()).toContain(
      'Không hiểu thời hạn “Sau khi có ý kiến của Lãnh đạo”',
    );
    // Vụ Tổng hợp is in the registry (Kế hoạch 76 named it); Cục Công nghệ thông tin is new.
    expect(await row('1').locator('[data-status="matched"]').textContent()).toMatch(/^Vụ Tổng hợp/);
    expect(await row('1').locator('[data-status="new"]').textContent()).toMatch(
      /^Cục Công nghệ thông tin \(TANDTC\)/,
    );
    await shot('01-read');
    // Nothing is written while the preview is open.
    expect(services.repository.listPlanSummaries()).toHaveLength(1);

    await row('2').locator('[data-testid="preview-edit"]').click();
    await page.fill('[data-testid="preview-edit-lead"]', 'Vụ Hợp tác quốc tế');
    await shot('02-editing-lead');
    await page.click('[data-testid="preview-edit-done"]');
    await row('3').locator('[data-testid="preview-edit"]').click();
    await page.fill('[data-testid="preview-edit-deadline"]', 'Quý IV/2024');
    expect(await page.textContent('[data-testid="preview-edit-reading"]')).toBe(
      'Hiểu là: hạn cuối 31/12/2024.',
    );
    await page.click('[data-testid="preview-edit-done"]');
    await row('4').locator('[data-testid="preview-drop"]').click();
    expect(await page.locator('[data-testid="preview-problem"]').count()).toBe(0);
    expect(await row('4').getAttribute('data-dropped')).toBe('true');
    await shot('03-corrected');

    await page.click('[data-testid="import-save"]');
    await page.locator('[data-testid="import-result"]').waitFor();
    expect(await page.textContent('[data-testid="import-result"]')).toContain(
      'Đã nhập kế hoạch số 61/KH-TANDTC: 3 nhiệm vụ',
    );
    await page.click('[data-testid="import-show"]');
    await expect.poll(() => page.textContent('[data-testid="plan-title"]')).toContain('61/KH-TANDTC');
    await page.locator('[data-testid="task-row"]').first().waitFor();
    expect(await page.locator('[data-testid="task-row"]').count()).toBe(3);
    await shot('04-saved-plan');

    const summary = services.repository.listPlanSummaries().find((p) => p.code === '61/KH-TANDTC')!;
    const data = services.repository.loadPlanData(summary.id)!;
    const unitName = (id: number) => data.units.find((u) => u.id === id)?.name;
    const leadOf = (wbs: string) => {
      const task = data.tasks.find((t) => t.wbs === wbs)!;
      const link = data.taskUnits.find((l) => l.taskId === task.id && l.role === 'lead');
      return link ? unitName(link.unitId) : null;
    };
    expect(data.tasks.map((t) => [t.wbs, t.deadline, t.deadlineText])).toEqual([
      ['1', '2024-06-30', 'Hoàn thành trong quý II/2024'],
      ['2', '2024-09-30', 'Quý III/2024'],
      ['3', '2024-12-31', 'Quý IV/2024'],
    ]);
    expect([leadOf('1'), leadOf('2'), leadOf('3')]).toEqual([
      'Vụ Tổng hợp',
      'Vụ Hợp tác quốc tế',
      'Học viện Tòa án',
    ]);
    expect(data.warnings).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.cspViolations).toEqual([]);
  });
});
