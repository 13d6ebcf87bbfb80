/**
 * A steering-committee meeting recorded from the window at 1366×768: its details, a conclusion that
 * creates a follow-up task and extends a deadline, a correction of its place, and its marker on the timeline.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { type E2eHarness, SHOTS, openHarness } from './harness';

let harness: E2eHarness;
let services: AppServices;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `meetings-${name}.png`) });
const row = (wbs: string) => page.locator(`[data-testid="task-row"][data-wbs="${wbs}"]`);
const db = () => services.repository.database;
const planData = () => services.repository.loadPlanData(services.repository.listPlanSummaries()[0]!.id)!;
const idOf = (wbs: string) => String(planData().tasks.find((t) => t.wbs === wbs)!.id);
const CONCLUSION = 'Giao Tổ giúp việc hoàn thiện Đề cương Đề án, lùi thời hạn đến 30/9/2021';
const FOLLOW_UP = 'Hoàn thiện Đề cương Đề án theo ý kiến Ban Chỉ đạo';

describe('recording a meeting and its conclusions (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-e2e-meetings-');
    ({ services, page } = harness);
    await page.setViewportSize({ width: 1366, height: 768 });
    await row('1.4').waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('records a meeting with its time, place, chair and participants', async () => {
    // The meetings live in the toolbar's "Công cụ" menu.
    await page.click('[data-testid="tools-menu"]');
    await page.click('[data-testid="open-meetings"]');
    const dialog = page.locator('[data-testid="meetings-dialog"]');
    await dialog.waitFor();
    await page.fill('[data-testid="meeting-title"]', 'Họp Ban Chỉ đạo lần thứ nhất');
    // What was typed is not thrown away by Escape: the window asks first.
    await page.keyboard.press('Escape');
    await dialog.locator('[data-testid="discard-question"]').waitFor();
    await dialog.locator('[data-testid="discard-keep"]').click();
    expect(await page.inputValue('[data-testid="meeting-title"]')).toBe('Họp Ban Chỉ đạo lần thứ nhất');
    await page.fill('[data-testid="meeting-date"]', '05/08/2021');
    await page.fill('[data-testid="meeting-time"]', '14h00');
    await page.fill('[data-testid="meeting-place"]', 'Phòng họp tầng 3');
    await page.fill('[data-testid="meeting-chair"]', 'Phó Chánh án TANDTC');
    await page.check('[data-testid="meeting-participants"] label:has-text("Tổ giúp việc") input');
    await page.click('[data-testid="add-meeting"]');
    await dialog.locator('.meeting-card').waitFor();
    const meeting = db().prepare('SELECT * FROM meetings').get() as Record<string, unknown>;
    expect(meeting).toMatchObject({ held_on: '2021-08-05', starts_at: '14:00', place: 'Phòng họp tầng 3' });
  });

  it('adds a conclusion that creates a follow-up task and extends a deadline', async () => {
    const card = page.locator('.meeting-card');
    await card.locator('[data-testid="item-kind"]').selectOption('conclusion');
    await card.locator('[data-testid="item-text"]').fill(CONCLUSION);
    await card.locator('[data-testid="item-task"]').selectOption(idOf('1.4'));
    await card.locator('[data-testid="add-item"]').click();
    await card.locator('[data-testid="followup-open"]').waitFor();

    await card.locator('[data-testid="followup-open"]').click();
    await card.locator('[data-testid="followup-title"]').fill(FOLLOW_UP);
    await card.locator('[data-testid="followup-lead"]').selectOption({ label: 'Tổ giúp việc' });
    await card.locator('[data-testid="followup-deadline"]').fill('Trước ngày 30 tháng 9 năm 2021');
    await card.locator('[data-testid="followup-parent"]').selectOption(idOf('1'));
    await card.locator('[data-testid="followup-supports"] label:has-text("Vụ Tổng hợp") input').check();
    await shot('01-follow-up-form');
    await card.locator('[data-testid="followup-save"]').click();
    await card.locator('[data-testid="follow-up-link"]').waitFor();
    const task = planData().tasks.find((t) => t.title === FOLLOW_UP)!;
    expect(task).toMatchObject({ deadlineText: 'Trước ngày 30 tháng 9 năm 2021', deadline: '2021-09-29' });
    expect(planData().tasks.find((t) => t.id === task.parentId)!.wbs).toBe('1');
    expect(await card.locator('[data-testid="follow-up-link"]').textContent()).toContain(FOLLOW_UP);

    await card.locator('[data-testid="revise-open"]').click();
    await card.locator('[data-testid="revise-deadline"]').fill('30/09/2021');
    await card.locator('[data-testid="revise-save"]').click();
    await card.locator('[data-testid="revise-form"]').waitFor({ state: 'detached' });
    const revision = db()
      .prepare(
        'SELECT r.deadline_on, r.reason, r.meeting_item_id FROM task_revisions r JOIN tasks t ON t.id = r.task_id WHERE t.wbs = ?',
      )
      .get('1.4') as Record<string, unknown>;
    expect(revision).toMatchObject({ deadline_on: '2021-09-30', reason: CONCLUSION });
    expect(revision.meeting_item_id).not.toBeNull();
    await shot('02-conclusion-acted-on');
  });

  it('corrects the meeting’s place after it was recorded', async () => {
    const card = page.locator('.meeting-card');
    await card.locator('[data-testid="meeting-edit"]').click();
    await card.locator('[data-testid="meeting-place"]').fill('Hội trường B, 48 Lý Thường Kiệt, Hà Nội');
    // A correction typed in a meeting's card counts as unsaved input of the whole window.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="meetings-dialog"] [data-testid="discard-question"]').waitFor();
    await page.locator('[data-testid="meetings-dialog"] [data-testid="discard-keep"]').click();
    await card.locator('[data-testid="meeting-save"]').click();
    await expect
      .poll(() => card.locator('[data-testid="meeting-place-shown"]').textContent())
      .toBe('Hội trường B, 48 Lý Thường Kiệt, Hà Nội');
    expect(db().prepare('SELECT place FROM meetings').pluck().get()).toBe(
      'Hội trường B, 48 Lý Thường Kiệt, Hà Nội',
    );
    await shot('03-meeting-edited');
  });

  it('saves the meeting pack and the draft Thông báo kết luận from the meeting', async () => {
    const card = page.locator('.meeting-card');
    for (const [button, name] of [
      ['meeting-pack', 'tai-lieu-hop-76-kh-bcd-tandtc-2021-08-05.docx'],
      ['conclusions-notice', 'thong-bao-ket-luan-hop-76-kh-bcd-tandtc-2021-08-05.docx'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.locator(`[data-testid="${button}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const file = path.join(SHOTS, `meetings-${name}`);
      await download.saveAs(file);
      // A Word file is a zip: it starts with "PK".
      expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('shows the meeting on the timeline and the new deadline in the grid', async () => {
    await page.click('[data-testid="meetings-dialog"] .modal-header button');
    await page.locator('[data-testid="meetings-dialog"]').waitFor({ state: 'detached' });
    await page.click('[data-testid="view-mode-Tháng"]');
    await page.locator('[data-testid="meeting-marker"]').first().waitFor();
    expect(await page.locator('[data-testid="meeting-marker"]').first().getAttribute('title')).toContain(
      'Họp Ban Chỉ đạo lần thứ nhất — 05/08/2021, 14:00',
    );
    expect(await row('1.4').locator('[data-testid="deadline-revised"]').textContent()).toContain(
      '30/09/2021',
    );
    await shot('04-timeline-marker');
    expect(harness.pageErrors).toEqual([]);
  });
});
