/**
 * The secretariat's everyday loop at 1366×768, as a user does it: nothing typed is lost without a
 * question, a double click writes once, a message goes when its cause is fixed; progress is recorded
 * from the row, the card and the keyboard, corrected and deleted (and the deletion undone); a task is
 * added under group 1 with a unit that was not in the registry.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { createApiClient } from '../../shared/api/api-client';
import { type E2eHarness, SHOTS, openHarness } from './harness';
import { settled as settledWindow } from './window-actions';

let harness: E2eHarness;
let services: AppServices;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `week-${name}.png`) });
const row = (wbs: string) => page.locator(`[data-testid="task-row"][data-wbs="${wbs}"]`);
const planId = () => services.repository.listPlanSummaries()[0]!.id;
const planData = () => services.repository.loadPlanData(planId())!;
const taskOf = (wbs: string) => planData().tasks.find((t) => t.wbs === wbs)!;
const updatesOf = (wbs: string) => planData().progressUpdates.filter((u) => u.taskId === taskOf(wbs).id);
/** The revisions recorded for a task, read through the same typed API the window uses. */
const revisionsOf = (taskId: number) =>
  createApiClient((method, input) => services.dispatch(method, input)).listRevisions({ taskId });
const question = () => page.locator('[data-testid="discard-question"]');

/** A fresh window on the office laptop's 1366×768 screen, its plan shown down to `firstRow`. */
async function openOnLaptop(prefix: string, firstRow: string): Promise<void> {
  harness = await openHarness(prefix);
  ({ services, page } = harness);
  await page.setViewportSize({ width: 1366, height: 768 });
  page.setDefaultTimeout(8000);
  await row(firstRow).waitFor();
}

const settled = () => settledWindow(page);

describe('the secretariat’s week (Chromium, 1366×768)', () => {
  beforeAll(() => openOnLaptop('ecourt-e2e-week-', '1.1'));

  afterAll(async () => {
    await harness?.close();
  });

  it('asks before Escape, × or a click outside throws away what was typed', async () => {
    await page.click('[data-testid="add-task"]');
    const editor = page.locator('[data-testid="task-editor"]');
    await editor.waitFor();
    // Nothing typed yet: Escape just closes.
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });

    await page.click('[data-testid="add-task"]');
    await page.fill('[data-testid="field-title"]', 'Khảo sát mô hình Tòa án điện tử');
    await page.keyboard.press('Escape');
    await question().waitFor();
    expect(await question().textContent()).toContain('Bỏ các thay đổi chưa lưu?');
    await shot('01-discard-question');
    await page.click('[data-testid="discard-keep"]');
    expect(await page.inputValue('[data-testid="field-title"]')).toBe('Khảo sát mô hình Tòa án điện tử');

    await editor.getByRole('button', { name: 'Đóng' }).first().click();
    await question().waitFor();
    await page.keyboard.press('Escape');
    await question().waitFor({ state: 'detached' });
    // A click on the dimmed page outside the window.
    await page.mouse.click(8, 760);
    await question().waitFor();
    await page.click('[data-testid="discard-confirm"]');
    await editor.waitFor({ state: 'detached' });
    expect(planData().tasks.some((t) => t.title.startsWith('Khảo sát mô hình'))).toBe(false);
  });

  it('removes the deadline message as soon as the start date that caused it is cleared', async () => {
    await page.click('[data-testid="add-task"]');
    await page.fill('[data-testid="field-title"]', 'Nhiệm vụ thử');
    await page.fill('[data-testid="field-start"]', '01/10/2021');
    await page.fill('[data-testid="field-deadline"]', 'Trước ngày 30 tháng 9 năm 2021');
    await page.click('[data-testid="save-task"]');
    const message = page.getByText('Thời hạn hoàn thành không thể trước ngày bắt đầu.');
    await message.waitFor();
    await page.fill('[data-testid="field-start"]', '');
    await message.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.click('[data-testid="discard-confirm"]');
  });

  it('records progress from the row; a double click on save writes one report', async () => {
    await row('1.1').locator('[data-testid="row-record-progress"]').click();
    const dialog = page.locator('[data-testid="progress-dialog"]');
    await dialog.waitFor();
    await page.fill('[data-testid="progress-percent"]', '60');
    await page.fill('[data-testid="progress-achieved"]', 'Đã hoàn thành khảo sát tại 5 Tòa án');
    await page.fill('[data-testid="progress-difficulties"]', 'Thiếu kinh phí đi công tác');
    await page.fill('[data-testid="progress-proposals"]', 'Bổ sung kinh phí năm 2021');
    await page.fill('[data-testid="progress-person"]', 'đ/c Hùng');
    await shot('02-progress-dialog');
    await page.dblclick('[data-testid="progress-save"]');
    await dialog.waitFor({ state: 'detached' });
    await settled();
    expect(updatesOf('1.1')).toHaveLength(1);
    expect(updatesOf('1.1')[0]).toMatchObject({
      percent: 60,
      proposals: 'Bổ sung kinh phí năm 2021',
      reportedByPerson: 'đ/c Hùng',
    });
    expect(await row('1.1').textContent()).toContain('60%');
  });

  it('refuses a report dated after today, and says so next to the date', async () => {
    await row('1.2').locator('[data-testid="row-record-progress"]').click();
    await page.fill('[data-testid="progress-date"]', '01/01/2099');
    await page.fill('[data-testid="progress-percent"]', '10');
    await page.click('[data-testid="progress-save"]');
    await page.getByText(/Ngày báo cáo không thể sau hôm nay/).waitFor();
    await page.keyboard.press('Escape');
    await page.click('[data-testid="discard-confirm"]');
    expect(updatesOf('1.2')).toHaveLength(0);
  });

  it('records "Hoàn thành" from the keyboard, with the actual completion day', async () => {
    await row('1.2').focus();
    await page.keyboard.press('t');
    await page.locator('[data-testid="progress-dialog"]').waitFor();
    await page.check('[data-testid="progress-done"]');
    const reported = await page.inputValue('[data-testid="progress-date"]');
    expect(await page.inputValue('[data-testid="progress-completed-on"]')).toBe(reported);
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="progress-dialog"]').waitFor({ state: 'detached' });
    await expect.poll(() => updatesOf('1.2').map((u) => [u.percent, u.completedOn])).toHaveLength(1);
    expect(updatesOf('1.2')[0]).toMatchObject({ percent: 100 });
    expect(updatesOf('1.2')[0]!.completedOn).not.toBeNull();
  });

  it('shows the history in the card, corrects one report and deletes another, the deletion undone', async () => {
    await settled();
    await row('1.1').click();
    await page.click('[data-testid="popup-record-progress"]');
    await page.fill('[data-testid="progress-percent"]', '80');
    await page.click('[data-testid="progress-save"]');
    await settled();
    await row('1.1').click();
    const entries = page.locator('[data-testid="progress-entry"]');
    await expect.poll(() => entries.count()).toBe(2);
    await shot('03-history-in-card');
    // Newest first: correct the older one (60 %).
    await entries.nth(1).locator('[data-testid="progress-entry-edit"]').click();
    expect(await page.inputValue('[data-testid="progress-percent"]')).toBe('60');
    await page.fill('[data-testid="progress-percent"]', '65');
    await page.click('[data-testid="progress-save"]');
    await settled();
    expect(
      updatesOf('1.1')
        .map((u) => u.percent)
        .sort(),
    ).toEqual([65, 80]);

    await row('1.1').click();
    await entries.first().locator('[data-testid="progress-entry-delete"]').click();
    await page.locator('[data-testid="editing-notice"]').waitFor();
    expect(await page.textContent('[data-testid="editing-notice"]')).toContain('Đã xóa báo cáo tiến độ');
    await expect.poll(() => updatesOf('1.1').map((u) => u.percent)).toEqual([65]);
    await page.click('[data-testid="notice-undo"]');
    await expect.poll(() => updatesOf('1.1').length).toBe(2);
  });

  it.each(['Tháng', 'Quý', 'Năm'] as const)(
    'moves 1.4 by dragging its bar at the %s zoom, by whole days',
    async (mode) => {
      await settled();
      await page.click(`[data-testid="view-mode-${mode}"]`);
      const bar = page.locator('[data-testid="gantt-bar"][data-wbs="1.4"] rect.bar');
      await bar.scrollIntoViewIfNeeded();
      const box = (await bar.boundingBox())!;
      const before = taskOf('1.4');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      // New dates are a revision of the plan: the window asks why, as the secretary answers it — a
      // reason from the meeting, or "Bỏ qua" for a quick correction.
      const dialog = page.locator('[data-testid="revision-dialog"]');
      await dialog.waitFor();
      expect(await page.textContent('[data-testid="revision-plan-deadline"]')).toContain('Tháng 7 năm 2021');
      const shotName = { Tháng: 'thang', Quý: 'quy', Năm: 'nam' }[mode];
      if (mode === 'Tháng') await shot('09-drag-revision-dialog');
      if (mode === 'Quý') await page.click('[data-testid="revision-skip"]');
      else {
        await page.fill('[data-testid="revision-reason"]', 'Ban Chỉ đạo cho lùi thời hạn');
        await page.click('[data-testid="revision-save"]');
      }
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => taskOf('1.4').deadline, { timeout: 5000 }).not.toBe(before.deadline);
      const after = taskOf('1.4');
      const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
      // 40 pixels: about 9 days at Tháng, 24 at Quý, 80 at Năm; the length in days is kept.
      const expected = { Tháng: 9, Quý: 24, Năm: 81 }[mode];
      expect(Math.abs(days(before.deadline!, after.deadline!) - expected)).toBeLessThanOrEqual(
        mode === 'Năm' ? 6 : 2,
      );
      // 1.4 has no start of its own (its bar starts after 1.1): the drag gives it one, a whole day.
      expect(after.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The plan's wording and the day it means stay; the new day is the revised deadline, with its reason.
      expect([after.deadlineText, after.baselineDeadline]).toEqual([
        before.deadlineText,
        before.baselineDeadline,
      ]);
      expect(after.deadlineText).toBe('Tháng 7 năm 2021');
      const revisions = await revisionsOf(after.id);
      expect(revisions.map((r) => [r.kind, r.reason, r.deadline])).toEqual([
        mode === 'Quý'
          ? ['quick', null, after.deadline]
          : ['decided', 'Ban Chỉ đạo cho lùi thời hạn', after.deadline],
      ]);
      await settled();
      const cell = row('1.4').locator('[data-testid="deadline-cell"]');
      expect(await cell.locator('.deadline-plan').textContent()).toBe('Tháng 7 năm 2021');
      expect(await cell.locator('[data-testid="deadline-revised"]').textContent()).toContain(
        `→ ${after.deadline!.split('-').reverse().join('/')}`,
      );
      await shot(`10-drag-${shotName}-revised`);
      await page.keyboard.press('Control+z');
      await expect.poll(() => taskOf('1.4').deadline).toBe(before.deadline);
    },
  );

  it('adds a task under group 1 after 1.2, with a unit new to the registry (near duplicates offered)', async () => {
    await settled();
    await page.click('[data-testid="add-task"]');
    await page.selectOption('[data-testid="field-parent"]', String(taskOf('1').id));
    await page.selectOption('[data-testid="field-position"]', String(taskOf('1.2').id));
    await page.fill('[data-testid="field-title"]', 'Xây dựng cổng thông tin hỏi đáp pháp luật');
    await page.fill('[data-testid="field-deadline"]', 'Tháng 12 năm 2021');
    await page.click('[data-testid="new-unit-open"]');
    await page.fill('[data-testid="new-unit-name"]', 'vu tong hop TANDTC');
    await page.locator('[data-testid="new-unit-near"]').waitFor();
    expect(await page.textContent('[data-testid="new-unit-near"]')).toContain('Dùng “Vụ Tổng hợp”');
    await page.fill('[data-testid="new-unit-name"]', 'Trung tâm Lưu trữ điện tử');
    await page.locator('[data-testid="new-unit-near"]').waitFor({ state: 'detached' });
    await page.click('[data-testid="new-unit-add"]');
    await page.locator('[data-testid="new-unit"]').waitFor({ state: 'detached' });
    await shot('04-task-under-group-1');
    await page.click('[data-testid="save-task"]');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
    await row('1.3').waitFor();
    await expect.poll(() => taskOf('1.3').title).toBe('Xây dựng cổng thông tin hỏi đáp pháp luật');
    const data = planData();
    const lead = data.taskUnits.find((l) => l.taskId === taskOf('1.3').id && l.role === 'lead');
    expect(data.units.find((u) => u.id === lead?.unitId)?.name).toBe('Trung tâm Lưu trữ điện tử');
    expect(await row('1.3').textContent()).toContain('Trung tâm Lưu trữ điện tử');
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('“Cần bổ sung” follows the data (Chromium, 1366×768)', () => {
  beforeAll(() => openOnLaptop('ecourt-e2e-review-', '1.5'));

  afterAll(async () => {
    await harness?.close();
  });

  const item = () => page.locator('[data-testid="review-item"][data-wbs="1.5"]').first();
  const problem = (name: string) => item().locator(`[data-problem="${name}"]`);

  it('keeps one problem as seen with a reason, undoably', async () => {
    await page.click('[data-testid="open-review"]');
    await item().waitFor();
    await problem('missing-deliverable').locator('[data-testid="review-keep"]').click();
    await page.fill('[data-testid="review-keep-reason"]', 'Cuộc họp không có sản phẩm riêng');
    await page.keyboard.press('Enter');
    await problem('missing-deliverable').waitFor({ state: 'detached' });
    await page.locator('[data-testid="review-kept"] summary').click();
    expect(await page.textContent('[data-testid="review-kept"]')).toContain(
      'Cuộc họp không có sản phẩm riêng',
    );
    await shot('05-review-kept');
    await page.click('[data-testid="undo"]');
    await problem('missing-deliverable').waitFor();
  });

  it('drops 1.5 from the list once its lead, deadline and deliverable are filled in', async () => {
    // Straight from the list: "Bổ sung…" opens the task's form.
    await page.click('[data-testid="review-item"][data-wbs="1.5"] [data-testid="review-fill"]');
    await page.selectOption('[data-testid="field-lead"]', { label: 'Tổ giúp việc' });
    // The document wrote no deadline for 1.5: there is no wording to keep, so the missing one is added.
    expect(await page.getAttribute('[data-testid="field-deadline"]', 'readonly')).toBeNull();
    await page.fill('[data-testid="field-deadline"]', 'Tháng 8 năm 2021');
    await page.fill('[data-testid="field-deliverable"]', 'Thông báo kết luận của Ban Chỉ đạo');
    await shot('06a-fill-missing-deadline');
    await page.click('[data-testid="save-task"]');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="review-item"][data-wbs="1.5"]').waitFor({ state: 'detached' });
    // The added wording is the plan's deadline from now on (no revision), and is kept as written.
    expect([taskOf('1.5').deadlineText, taskOf('1.5').baselineDeadline, taskOf('1.5').deadline]).toEqual([
      'Tháng 8 năm 2021',
      '2021-08-31',
      '2021-08-31',
    ]);
    expect(await revisionsOf(taskOf('1.5').id)).toEqual([]);
    // The import's note stays, as history.
    await page.locator('[data-testid="review-import-notes"] summary').click();
    expect(await page.textContent('[data-testid="review-import-notes"]')).toContain('1.5');
    await shot('06b-review-after-fill');
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('each plan is reopened as it was left (Chromium, 1366×768)', () => {
  beforeAll(() => openOnLaptop('ecourt-e2e-prefs-', '1.1'));

  afterAll(async () => {
    await harness?.close();
  });

  const asOfValue = () => page.inputValue('[data-testid="as-of-date"]');
  const chipCount = (status: string) =>
    page.locator(`label:has([data-testid="status-filter-${status}"]) .status-chip-count`).textContent();

  it('keeps the status date, zoom and filters per plan across a reload and a plan switch', async () => {
    await page.fill('[data-testid="as-of-date"]', '20/07/2021');
    await page.keyboard.press('Enter');
    await page.click('[data-testid="view-mode-Tuần"]');
    await page.fill('[data-testid="search-box"]', 'khảo sát');
    await expect.poll(() => page.locator('[data-testid="task-row"]').count()).toBeLessThan(6);
    await page.waitForTimeout(500);
    await page.reload();
    await row('1.1').waitFor();
    expect(await asOfValue()).toBe('20/07/2021');
    expect(await page.getAttribute('[data-testid="view-mode-Tuần"]', 'aria-pressed')).toBe('true');
    expect(await page.inputValue('[data-testid="search-box"]')).toBe('khảo sát');

    // Another plan has its own; coming back finds this one as it was.
    await page.click('[data-testid="tools-menu"]');
    await page.click('[data-testid="load-shipped"]');
    await page.locator('[data-testid="editing-notice"]').waitFor();
    expect(await page.textContent('[data-testid="editing-notice"]')).toMatch(/Đã nạp 4 văn bản phối hợp/);
    const kh76 = planId();
    const other = services.repository.listPlanSummaries().find((p) => p.id !== kh76)!.id;
    await page.selectOption('[data-testid="plan-chooser"]', String(other));
    await page.locator('[data-testid="task-row"]').first().waitFor();
    expect(await page.inputValue('[data-testid="search-box"]')).toBe('');
    await page.selectOption('[data-testid="plan-chooser"]', String(kh76));
    await row('1.1').waitFor();
    expect(await asOfValue()).toBe('20/07/2021');
    expect(await page.inputValue('[data-testid="search-box"]')).toBe('khảo sát');
    await page.fill('[data-testid="search-box"]', '');
  });

  it('counts statuses within the other filters, and says which filter hides every task', async () => {
    // As of 20/07/2021, 1.1–1.3 are overdue; 1.4 (the outline) is not.
    const overdueAll = Number(await chipCount('overdue'));
    expect(overdueAll).toBeGreaterThanOrEqual(3);
    await page.fill('[data-testid="search-box"]', 'Đề cương');
    await expect.poll(async () => Number(await chipCount('overdue'))).toBe(0);
    const shownRows = await page.locator('[data-testid="task-row"]').count();
    expect(shownRows).toBeGreaterThan(0);
    await page.fill('[data-testid="search-box"]', 'không có nhiệm vụ nào như thế này');
    await page.locator('[data-testid="empty-state"]').waitFor();
    expect(await page.textContent('[data-testid="empty-state"]')).toContain(
      'Không có nhiệm vụ nào khớp với bộ lọc “Tìm: “không có nhiệm vụ nào như thế này””.',
    );
    await page.locator('[data-testid="empty-filter-search"]').getByRole('button').click();
    await row('1.1').waitFor();
  });
  it('never undoes an edit of another plan silently: it switches to that plan and says so', async () => {
    const kh76 = planId();
    await row('1.2').locator('[data-testid="row-record-progress"]').click();
    await page.fill('[data-testid="progress-percent"]', '25');
    await page.click('[data-testid="progress-save"]');
    await page.locator('[data-testid="progress-dialog"]').waitFor({ state: 'detached' });
    await expect.poll(() => updatesOf('1.2').length).toBe(1);
    const other = services.repository.listPlanSummaries().find((p) => p.id !== kh76)!.id;
    await page.selectOption('[data-testid="plan-chooser"]', String(other));
    await page.locator('[data-testid="task-row"]').first().waitFor();
    // The undo button's title follows the plan switch once the undo state is read again.
    await expect
      .poll(() => page.getAttribute('[data-testid="undo"]', 'title'))
      .toContain('— ở Kế hoạch 76/KH-BCĐ-TANDTC');
    await page.click('[data-testid="undo"]');
    await row('1.2').waitFor();
    expect(await page.textContent('[data-testid="editing-notice"]')).toContain('đã chuyển sang kế hoạch này');
    expect(updatesOf('1.2')).toHaveLength(1);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => updatesOf('1.2').length).toBe(0);
  });
});

describe('the window fits the office laptop and the projector', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-e2e-fit-');
    ({ services, page } = harness);
    // A plan longer than the screen: 20 more tasks under group 1.
    const group = taskOf('1').id;
    for (let i = 1; i <= 20; i++) {
      await services.dispatch('addTask', {
        planId: planId(),
        parentId: group,
        afterTaskId: null,
        fields: {
          title: `Nhiệm vụ bổ sung số ${i} về chuyển đổi số hoạt động xét xử`,
          kind: 'task',
          start: '2021-07-01',
          deadline: null,
          // One deadline written as a bare date, which must never be split across lines.
          deadlineText: i === 1 ? '30/09/2021' : 'Trước ngày 30 tháng 9 năm 2021',
          recurrence: null,
          deliverable: 'Báo cáo',
          notes: null,
          leadUnitId: null,
          coLeadUnitIds: [],
          supportUnitIds: [],
        },
      });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    page.setDefaultTimeout(8000);
    await page.reload();
    await row('1.1').waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** Task rows of the grid wholly inside its visible area. */
  const wholeRowsInView = () =>
    page.evaluate(() => {
      const grid = document.querySelector('[data-testid="task-grid"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="task-row"]')].filter((r) => {
        const box = r.getBoundingClientRect();
        return box.top >= grid.top - 0.5 && box.bottom <= grid.bottom + 0.5 && box.height > 0;
      }).length;
    });

  it('shows at least 12 task rows at 1366×768, the toolbar in one row, nothing sideways but the chart', async () => {
    await shot('07-fit-1366x768');
    expect(await wholeRowsInView()).toBeGreaterThanOrEqual(12);
    const toolbar = await page.locator('.toolbar').boundingBox();
    expect(toolbar!.height).toBeLessThan(52);
    const sideways = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      grid: (() => {
        const g = document.querySelector('[data-testid="task-grid"]') as HTMLElement;
        return g.scrollWidth - g.clientWidth;
      })(),
    }));
    expect(sideways.page).toBe(0);
    // Sub-pixel column widths may round to one pixel; anything more is a scrollbar.
    expect(sideways.grid).toBeLessThanOrEqual(1);
  });

  it('keeps deadline wording whole words: wrapped, with the whole wording on hover', async () => {
    const cell = row('1.1').locator('[data-testid="deadline-cell"]');
    const cut = await cell.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        wordBreak: style.wordBreak,
        overflowWrap: style.overflowWrap,
        title: el.getAttribute('title'),
      };
    });
    expect(cut.wordBreak).not.toBe('break-all');
    expect(cut.title).toContain('Trước ngày 15 tháng 7 năm 2021');
  });

  it('presents at 1920×1080: 24px text, rows filling the screen, the whole plan after "Vừa màn hình"', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.click('[data-testid="meeting-mode"]');
    await page.locator('[data-testid="meeting-bar"]').waitFor();
    await page.click('[data-testid="meeting-fit"]');
    await page.waitForTimeout(400);
    await shot('08-presentation-1920x1080');
    const sizes = await page.evaluate(() => {
      const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return {
        cell: px('.task-grid-cell.col-title'),
        bar: px('.gantt .bar-label'),
        status: px('.status-chip'),
      };
    });
    expect(Math.min(sizes.cell, sizes.bar, sizes.status)).toBeGreaterThanOrEqual(24);
    // The whole span: every bar lies within the chart's visible width.
    const fits = await page.evaluate(() => {
      const chart = document.querySelector('.timeline-chart')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="gantt-bar"] rect.bar')].every((b) => {
        const r = b.getBoundingClientRect();
        return r.left >= chart.left - 1 && r.right <= chart.right + 1;
      });
    });
    expect(fits).toBe(true);
    // Dates are never broken across lines: not the status date, not a deadline written as a date.
    const asOf = await page.locator('[data-testid="as-of-readonly"]').boundingBox();
    expect(asOf!.height).toBeLessThan(48);
    const dateCells = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="deadline-cell"]')]
        .filter((cell) => /^\d{2}\/\d{2}\/\d{4}$/.test(cell.textContent ?? ''))
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          // Lines the text takes: distinct tops of its boxes.
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
    );
    expect(dateCells).toEqual([1]);
    expect(await wholeRowsInView()).toBeGreaterThanOrEqual(8);
    await page.keyboard.press('Escape');
  });
});
