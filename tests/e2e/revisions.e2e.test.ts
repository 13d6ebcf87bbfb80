/**
 * A deadline changed from the window, as the secretariat does it at 1366×768: drag a bar, say why,
 * then see the plan's deadline kept beside the new one (grid, card, ghost bar) and take it back.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { type E2eHarness, SHOTS, openHarness } from './harness';
import { settled as settledWindow } from './window-actions';

let harness: E2eHarness;
let services: AppServices;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `revisions-${name}.png`) });
const row = (wbs: string) => page.locator(`[data-testid="task-row"][data-wbs="${wbs}"]`);
const planData = () => services.repository.loadPlanData(services.repository.listPlanSummaries()[0]!.id)!;
const task = (wbs: string) => planData().tasks.find((t) => t.wbs === wbs)!;
const settled = () => settledWindow(page);

describe('revising a deadline from the window (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-e2e-revisions-');
    ({ services, page } = harness);
    await page.setViewportSize({ width: 1366, height: 768 });
    await row('1.4').waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('asks why after a drag and records the reason; the plan’s wording stays', async () => {
    await page.click('[data-testid="view-mode-Tuần"]');
    const bar = page.locator('[data-testid="gantt-bar"][data-wbs="1.4"] rect.bar');
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    // Grab the bar inside the part on screen, drag it a few weeks to the right.
    const x = Math.min(box.x + box.width / 2, 1366 - 200);
    await page.mouse.move(x, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x + 90, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    const dialog = page.locator('[data-testid="revision-dialog"]');
    await dialog.waitFor();
    expect(await page.textContent('[data-testid="revision-plan-deadline"]')).toBe(
      'Tháng 7 năm 2021 (31/07/2021)',
    );
    // Neither reason nor decision: "Ghi điều chỉnh" says what is missing.
    await page.click('[data-testid="revision-save"]');
    expect(await page.textContent('[data-testid="revision-error"]')).toContain('Hãy ghi lý do điều chỉnh');
    await page.fill('[data-testid="revision-reason"]', 'Chờ ý kiến góp ý của các bộ, ngành');
    await page.fill('[data-testid="revision-ref"]', 'Thông báo kết luận số 12/TB-BCĐ ngày 05/8/2021');
    await shot('01-reason-dialog');
    await page.click('[data-testid="revision-save"]');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await settled();
    const t = task('1.4');
    expect(t.deadlineText).toBe('Tháng 7 năm 2021');
    expect(t.baselineDeadline).toBe('2021-07-31');
    expect(t.deadline! > '2021-07-31').toBe(true);
    expect(t.revisionCount).toBe(1);
  });

  it('shows both deadlines in the grid and the card, and the plan as a ghost bar', async () => {
    const t = task('1.4');
    await expect.poll(() => row('1.4').locator('[data-testid="deadline-revised"]').count()).toBe(1);
    expect(await row('1.4').locator('[data-testid="deadline-revised"]').textContent()).toMatch(
      /^→ \d\d\/\d\d\/2021 ?1$/,
    );
    expect(await row('1.4').locator('[data-testid="deadline-cell"]').getAttribute('title')).toContain(
      'Thời hạn điều chỉnh',
    );
    expect(await page.locator(`[data-baseline="t${t.id}"]`).count()).toBe(1);
    await page.screenshot({
      path: path.join(SHOTS, 'revisions-02b-ghost-close.png'),
      clip: { x: 840, y: 590, width: 526, height: 60 },
    });
    await shot('02-ghost-bar');
    await row('1.4').click();
    await page.locator('[data-testid="task-popup"]').waitFor();
    expect(await page.textContent('[data-testid="popup-deadline"]')).toContain('Tháng 7 năm 2021');
    expect(await page.textContent('[data-testid="popup-revised-deadline"]')).toContain('điều chỉnh 1 lần');
    await shot('03-popup-both-deadlines');
  });

  it('lists the revision with its reason in the task form, and takes it back', async () => {
    await page.click('[data-testid="popup-edit"]');
    await page.locator('[data-testid="task-editor"]').waitFor();
    expect(await page.getAttribute('[data-testid="field-deadline"]', 'readonly')).not.toBeNull();
    const history = page.locator('[data-testid="revision-history"]');
    await history.scrollIntoViewIfNeeded();
    expect(await history.textContent()).toContain('Chờ ý kiến góp ý của các bộ, ngành');
    expect(await history.textContent()).toContain('Căn cứ: Thông báo kết luận số 12/TB-BCĐ');
    await shot('04-revision-history');
    await page.click('[data-testid="revision-undo"]');
    await expect.poll(() => task('1.4').revisionCount).toBe(0);
    expect(task('1.4').deadline).toBe('2021-07-31');
    await expect.poll(() => history.locator('[data-testid="revision-item"]').count()).toBe(0);
    await expect
      .poll(() => page.textContent('[data-testid="history-revised-deadline"]'))
      .toBe('Chưa điều chỉnh');
    // Taking a revision back is saved at once: the form holds nothing unsaved and closes without asking.
    await page.click('[data-testid="task-editor"] .modal-footer >> text=Đóng');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
  });

  it('records a date typed in the form as a revision with its reason', async () => {
    await row('1.3').click();
    await page.click('[data-testid="popup-edit"]');
    await page.locator('[data-testid="task-editor"]').waitFor();
    await page.fill('[data-testid="field-revised-deadline"]', '30/08/2021');
    await page.fill('[data-testid="revision-reason"]', 'Đơn vị chủ trì đề nghị gia hạn');
    await shot('05-form-revision');
    await page.click('[data-testid="save-task"]');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
    await settled();
    const t = task('1.3');
    expect([t.deadline, t.baselineDeadline, t.deadlineText, t.revisionCount]).toEqual([
      '2021-08-30',
      '2021-07-14',
      'Trước ngày 15 tháng 7 năm 2021',
      1,
    ]);
    expect(harness.pageErrors).toEqual([]);
  });
});
