/**
 * A newer version of a plan, as a secretary meets it at 1366×768: the plan is imported, progress is
 * recorded on two tasks, then a "sửa đổi, bổ sung" of the plan is opened. The window lists what
 * changes (a re-worded task, a deadline moved, one task dropped, two added, a new lead, a renumbered
 * task), a correction in the document tab changes the list at once, and "Cập nhật kế hoạch" applies
 * it: the progress is still there and the dropped task is shown as "Đã bỏ khỏi kế hoạch".
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import {
  PLAN_V1,
  PLAN_V1_PARTIAL_AMENDMENT,
  PLAN_V2_AMENDMENT,
} from '../../shared/plan-amendment/amendment-test-documents';
import { type E2eHarness, SHOTS, openHarness } from './harness';
import { chooseImportFile, settled as settledWindow } from './window-actions';

let harness: E2eHarness;
let services: AppServices;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `reimport-${name}.png`) });
const taskRow = (wbs: string) => page.locator(`[data-testid="task-row"][data-wbs="${wbs}"]`);
const group = (kind: string) => page.locator(`[data-testid="amendment-group"][data-kind="${kind}"]`);

const settled = () => settledWindow(page);

async function openFile(name: string, text: string): Promise<void> {
  await chooseImportFile(page, { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

async function recordProgress(wbs: string, percent: string, achieved: string): Promise<void> {
  await taskRow(wbs).locator('[data-testid="row-record-progress"]').click();
  const dialog = page.locator('[data-testid="progress-dialog"]');
  await dialog.waitFor();
  await page.fill('[data-testid="progress-date"]', '20/05/2024');
  await page.fill('[data-testid="progress-percent"]', percent);
  await page.fill('[data-testid="progress-achieved"]', achieved);
  await page.click('[data-testid="progress-save"]');
  await dialog.waitFor({ state: 'detached' });
  await settled();
}

const planId = () => services.repository.listPlanSummaries().find((p) => p.code === '12/KH-TANDTC')!.id;

describe('re-importing a changed version of a plan (Chromium, 1366×768)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-reimport-e2e-');
    ({ services, page } = harness);
    await page.setViewportSize({ width: 1366, height: 768 });
    page.setDefaultTimeout(10_000);
    await page.locator('[data-testid="task-row"]').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('imports the plan and records progress on two of its tasks', async () => {
    await openFile('ke-hoach-12.txt', PLAN_V1);
    await page.locator('[data-testid="import-preview"]').waitFor();
    await page.click('[data-testid="import-save"]');
    await page.locator('[data-testid="import-result"]').waitFor();
    await page.click('[data-testid="import-show"]');
    await expect.poll(() => page.textContent('[data-testid="plan-title"]')).toContain('12/KH-TANDTC');
    await taskRow('1.2').waitFor();
    await recordProgress('1.2', '40', 'Đã đánh giá tại 20 Tòa án nhân dân cấp tỉnh');
    await recordProgress('1.3', '10', 'Đã liên hệ chuyên gia');
    expect(await taskRow('1.2').textContent()).toContain('40%');
  });

  it('opens the amendment and lists its differences, grouped, old → new', async () => {
    await openFile('ke-hoach-30-sua-doi.txt', PLAN_V2_AMENDMENT);
    await page.locator('[data-testid="amendment-diff"]').waitFor();
    expect(await page.textContent('[data-testid="amendment-target"]')).toContain(
      'Văn bản sửa đổi, bổ sung Kế hoạch số 12/KH-TANDTC ngày 15/03/2024',
    );
    expect(await page.isChecked('[data-testid="mode-update"]')).toBe(true);
    expect(await page.textContent('[data-testid="amendment-summary"]')).toBe(
      '2 nhiệm vụ thêm mới, 1 bỏ khỏi kế hoạch, 4 có thay đổi, 2 không thay đổi.',
    );
    const entries = (kind: string) =>
      group(kind).locator('[data-testid="amendment-entry"]').allTextContents();
    expect(await entries('added')).toEqual([
      '1.3Xây dựng bộ tiêu chí đánh giá mức độ sẵn sàng chuyển đổi sốChủ trì: Vụ Tổng hợp; Thời hạn: Quý III/2024 (hạn 30/09/2024)',
      '2.2Đào tạo, tập huấn sử dụng hồ sơ điện tử cho thẩm phán, thư kýChủ trì: Học viện Tòa án; Thời hạn: Tháng 11/2024 (hạn 30/11/2024)',
    ]);
    expect(await entries('removed')).toEqual(['1.3Tổ chức hội thảo lấy ý kiến chuyên gia quốc tế']);
    expect(await entries('title')).toEqual([
      '1.1Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh → Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh và cấp huyện',
    ]);
    expect(await entries('deadline')).toEqual([
      '1.2Đánh giá nhu cầu số hóa hồ sơ vụ ánQuý III/2024 (hạn 30/09/2024) → Tháng 12/2024 (hạn 31/12/2024)',
    ]);
    expect(await entries('lead')).toEqual([
      '2.1Xây dựng Quy chế quản lý hồ sơ điện tửVụ Pháp chế và Quản lý khoa học → Vụ Tổng hợp',
    ]);
    expect(await entries('wbs')).toEqual([
      '2.3Triển khai thí điểm tại Tòa án nhân dân thành phố Hà Nội2.2 → 2.3',
    ]);
    await shot('01-differences');
    // Nothing is written while the differences are shown.
    expect(services.repository.loadPlanData(planId())!.tasks).toHaveLength(7);
  });

  it('follows a correction made to the document as read', async () => {
    await page.click('[data-testid="view-document"]');
    await page.locator('[data-testid="preview-row"][data-wbs="2.2"] [data-testid="preview-drop"]').click();
    await shot('02-document-tab');
    await page.click('[data-testid="view-changes"]');
    expect(await group('added').locator('[data-testid="amendment-entry"]').count()).toBe(1);
    await page.click('[data-testid="view-document"]');
    await page.locator('[data-testid="preview-row"][data-wbs="2.2"]').getByText('Giữ lại').click();
    await page.click('[data-testid="view-changes"]');
    expect(await group('added').locator('[data-testid="amendment-entry"]').count()).toBe(2);
  });

  it('applies the update: progress kept, the dropped task shown as removed, the moved deadline revised', async () => {
    expect(await page.textContent('[data-testid="import-save"]')).toBe('Cập nhật kế hoạch');
    await page.click('[data-testid="import-save"]');
    await page.locator('[data-testid="import-result"]').waitFor();
    expect(await page.textContent('[data-testid="import-result"]')).toContain(
      'Đã cập nhật kế hoạch số 12/KH-TANDTC: 2 nhiệm vụ thêm mới, 1 bỏ khỏi kế hoạch (vẫn giữ cùng tiến độ đã có), 4 có thay đổi, 2 không thay đổi.',
    );
    await page.click('[data-testid="import-show"]');
    await taskRow('2.3').waitFor();
    await settled();
    expect(await taskRow('1.2').textContent()).toContain('40%');
    expect(await taskRow('1.1').textContent()).toContain('cấp tỉnh và cấp huyện');
    const removed = taskRow('(1.3)');
    expect(await removed.getAttribute('data-status')).toBe('removed');
    // The chip says it in short, to fit its column; the full wording is its tooltip.
    const chip = removed.locator('[data-status="removed"].status-chip');
    expect(await chip.textContent()).toContain('Đã bỏ');
    expect(await chip.getAttribute('title')).toBe('Đã bỏ khỏi kế hoạch');
    expect(await removed.textContent()).toContain('10%');
    expect(await removed.textContent()).toContain('Vụ Hợp tác quốc tế');
    expect(await page.locator('[data-testid="status-filter-removed"]').count()).toBe(0);
    await shot('03-updated-plan');

    await removed.click();
    await page.locator('[data-testid="task-popup"]').waitFor();
    expect(await page.textContent('[data-testid="popup-removed"]')).toContain('từ ngày 20/06/2024');
    expect(await page.textContent('[data-testid="progress-history"]')).toContain('Đã liên hệ chuyên gia');
    await shot('04-removed-task-popup');
    await page.keyboard.press('Escape');

    // The task keeps the plan's former wording, shown in its editor with the amending document.
    await taskRow('1.1').click();
    await page.click('[data-testid="popup-edit"]');
    const history = page.locator('[data-testid="amendment-history"]');
    await history.waitFor();
    expect(await history.locator('[data-testid="amendment-history-item"]').allTextContents()).toEqual([
      'Kế hoạch số 30/KH-TANDTC ngày 20/06/2024: Tên nhiệm vụ Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh → Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh và cấp huyện',
    ]);
    await history.scrollIntoViewIfNeeded();
    await shot('04b-task-amendment-history');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });

    const data = services.repository.loadPlanData(planId())!;
    const evaluation = data.tasks.find((t) => t.wbs === '1.2')!;
    // The amended wording is the plan's word: its date moves with it, not as an extension.
    expect(evaluation).toMatchObject({
      deadlineText: 'Tháng 12/2024',
      deadline: '2024-12-31',
      baselineDeadline: '2024-12-31',
      revisionCount: 0,
    });
    expect(data.progressUpdates.filter((u) => u.taskId === evaluation.id).map((u) => u.percent)).toEqual([
      40,
    ]);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.cspViolations).toEqual([]);
  });

  it('keeps what a later amendment listing only its changes does not mention, once the user says so', async () => {
    await openFile('ke-hoach-45-sua-doi.txt', PLAN_V1_PARTIAL_AMENDMENT);
    await page.locator('[data-testid="amendment-diff"]').waitFor();
    // Read as the whole plan, it would drop every task it does not repeat.
    expect(await group('removed').locator('[data-testid="amendment-entry"]').count()).toBe(7);
    await page.check('[data-testid="keep-unmentioned"]');
    expect(await group('removed').count()).toBe(0);
    expect(await page.textContent('[data-testid="amendment-summary"]')).toBe(
      '1 nhiệm vụ thêm mới, 1 có thay đổi, 0 không thay đổi, 7 văn bản không nhắc tới (giữ nguyên).',
    );
    // Compared with the wording the first amendment left, not with the plan's first deadline.
    expect(await group('deadline').locator('[data-testid="amendment-entry"]').allTextContents()).toEqual([
      '1.2Đánh giá nhu cầu số hóa hồ sơ vụ ánTháng 12/2024 (hạn 31/12/2024) → Quý I/2025 (hạn 31/03/2025)',
    ]);
    await shot('05-partial-amendment');
    await page.click('[data-testid="import-save"]');
    await page.locator('[data-testid="import-result"]').waitFor();
    await page.click('[data-testid="import-show"]');
    await taskRow('1.4').waitFor();
    await settled();
    expect(await taskRow('1.4').textContent()).toContain('Xây dựng kho dữ liệu hồ sơ điện tử dùng chung');
    expect(await taskRow('2.3').textContent()).toContain('Triển khai thí điểm');
    expect(await taskRow('1.2').textContent()).toContain('40%');
    await shot('06-after-partial');
  });

  it('takes the whole update back with one "Hoàn tác"', async () => {
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain(
      'Cập nhật Kế hoạch số 12/KH-TANDTC',
    );
    await page.click('[data-testid="undo"]');
    await taskRow('1.4').waitFor({ state: 'detached' });
    await settled();
    expect(await taskRow('1.2').textContent()).toContain('Tháng 12/2024');
  });

  it('proposes the update, with no other choice, for a file of the same number', async () => {
    await openFile('ke-hoach-12-ban-cu.txt', PLAN_V1);
    await page.locator('[data-testid="amendment-diff"]').waitFor();
    expect(await page.textContent('[data-testid="amendment-target"]')).toContain(
      'Kế hoạch số 12/KH-TANDTC ngày 15/03/2024 đã có trong ứng dụng',
    );
    expect(await page.locator('[data-testid="mode-new"]').count()).toBe(0);
    // The workshop the amendment dropped is in this version: it would come back, with its history.
    expect(await group('restored').locator('[data-testid="amendment-entry"]').allTextContents()).toEqual([
      '1.3Tổ chức hội thảo lấy ý kiến chuyên gia quốc tế',
    ]);
    await shot('07-same-number');
    await page.getByRole('button', { name: 'Hủy, không lưu' }).click();
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
  });
});
