/**
 * The timeline window as a user sees it: the real renderer (built fresh), served by the real local
 * bridge over a throwaway database holding Kế hoạch 76, driven in Chromium. One browser and one
 * page for the whole file; each step leaves a screenshot in tests/artifacts/screenshots/.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import type { AppServices } from '../../services/app-services';
import { importPlanText } from '../../services/import/import-plan';
import { type E2eHarness, SHOTS, openHarness } from './harness';

const SEED_WBS = ['1', '1.1', '1.2', '1.3', '1.4', '1.5'];
const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1"> Nghiên cứu <b>mô hình</b>';

let harness: E2eHarness;
let services: AppServices;
let browser: Browser;
let page: Page;
let cspViolations: string[];
let pageErrors: string[];

const rowWbs = (): Promise<string[]> =>
  page.$$eval('[data-testid="task-row"]', (rows) => rows.map((r) => r.getAttribute('data-wbs') ?? ''));
const rowStatus = (wbs: string): Promise<string | null> =>
  page.getAttribute(`[data-testid="task-row"][data-wbs="${wbs}"]`, 'data-status');
const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

async function setStatusDate(display: string): Promise<void> {
  const field = page.locator('[data-testid="as-of-date"]');
  await field.fill(display);
  await field.press('Enter');
  await page.waitForFunction(
    (text) => document.querySelector('.ecp-asof-chip')?.textContent === `Tình hình đến ${text}`,
    display,
  );
  await page.locator('[data-testid="refreshing"]').waitFor({ state: 'detached' });
}

/** How many bars are drawn, and how many of them are inside the chart's visible area. */
function barsInView(): Promise<{ drawn: number; visible: number }> {
  return page.evaluate(() => {
    const view = document.querySelector('.gantt-container')?.getBoundingClientRect();
    const bars = [...document.querySelectorAll('[data-testid="gantt-bar"]')];
    const visible = bars.filter((bar) => {
      const box = (bar.querySelector('rect.bar') ?? bar).getBoundingClientRect();
      return view !== undefined && box.right > view.left && box.left < view.right && box.width >= 0;
    });
    return { drawn: bars.length, visible: visible.length };
  });
}

describe('timeline window (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-e2e-');
    ({ services, browser, page, cspViolations, pageErrors } = harness);
    await page.locator('[data-testid="task-row"]').first().waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('opens Kế hoạch 76 with group 1 and tasks 1.1–1.5, Vietnamese intact, at the plan’s dates', async () => {
    await shot('01-initial-1440');
    expect(await page.title()).toBe('Kế hoạch Tòa án điện tử');
    expect(await page.textContent('[data-testid="plan-title"]')).toContain('Kế hoạch số 76/KH-BCĐ-TANDTC');
    expect(await rowWbs()).toEqual(SEED_WBS);
    const grid = (await page.textContent('[data-testid="task-grid"]')) ?? '';
    expect(grid).toContain('Vụ Pháp chế và Quản lý khoa học');
    expect(grid).toContain('Vụ Tổng hợp');
    expect(grid).toContain('Các đơn vị có liên quan');
    expect(grid.normalize('NFC')).toBe(grid);
    // Today (years after the plan) is not where the chart opens: the plan's bars are.
    const { drawn, visible } = await barsInView();
    expect(drawn).toBe(SEED_WBS.length);
    expect(visible).toBe(SEED_WBS.length);
    // A new profile on a wide screen: the units panel is docked beside the chart.
    const wide = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' });
    const widePage = await wide.newPage();
    await widePage.goto(harness.bridge.url);
    await widePage.locator('[data-testid="units-panel"]').waitFor();
    await widePage.locator('[data-testid="gantt-bar"]').first().waitFor();
    await widePage.screenshot({ path: path.join(SHOTS, '01-initial-1920.png') });
    await wide.close();
  });

  it('draws bars at every zoom level, quarters labelled “Quý …/2021”', async () => {
    for (const mode of ['Ngày', 'Tuần', 'Tháng', 'Quý', 'Năm']) {
      await page.click(`[data-testid="view-mode-${mode}"]`);
      await page.waitForSelector(`[data-testid="gantt"][data-view-mode="${mode}"] [data-testid="gantt-bar"]`);
      const { drawn, visible } = await barsInView();
      expect(drawn, mode).toBe(SEED_WBS.length);
      expect(visible, mode).toBeGreaterThan(0);
      if (mode === 'Quý') {
        const labels = await page.$$eval('.gantt-container .lower-text', (els) =>
          els.map((e) => e.textContent),
        );
        expect(labels).toContain('Quý II/2021');
        expect(labels).toContain('Quý III/2021');
      }
      await shot(`02-zoom-${mode}`);
    }
    await page.click('[data-testid="view-mode-Tháng"]');
  });

  it('jumps to today and back to the start of the plan', async () => {
    const todayInView = () =>
      page.evaluate(() => {
        const view = document.querySelector('.gantt-container')?.getBoundingClientRect();
        const line = document.querySelector('.gantt-container .current-highlight')?.getBoundingClientRect();
        return view !== undefined && line !== undefined && line.left >= view.left && line.left <= view.right;
      });
    expect(await todayInView()).toBe(false);
    await page.click('[data-testid="scroll-today"]');
    expect(await todayInView()).toBe(true);
    expect((await barsInView()).visible).toBe(0);
    await shot('02-today');
    await page.click('[data-testid="scroll-plan-start"]');
    expect((await barsInView()).visible).toBe(SEED_WBS.length);
  });

  it('filters by lead unit, lead only or lead and support', async () => {
    await page.selectOption('[data-testid="unit-filter"]', { label: 'Vụ Tổng hợp' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-row"]').length === 1);
    expect(await rowWbs()).toEqual(['1.1']);
    expect(
      await page.$$eval('[data-testid="gantt-bar"]', (bars) => bars.map((b) => b.getAttribute('data-wbs'))),
    ).toEqual(['1.1']);
    await shot('03-filter-vu-tong-hop');
    await page.selectOption('[data-testid="unit-filter"]', { label: 'Các đơn vị có liên quan' });
    await page.check('[data-testid="unit-role-any"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-row"]').length === 4);
    expect(await rowWbs()).toEqual(['1.1', '1.2', '1.3', '1.4']);
    await page.click('[data-testid="clear-filters"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="task-row"]').length === n,
      SEED_WBS.length,
    );
  });

  it('finds tasks by a search typed without diacritics', async () => {
    await page.fill('[data-testid="search-box"]', 'hop tac quoc te');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-row"]').length === 1);
    expect(await rowWbs()).toEqual(['1.3']);
    await page.fill('[data-testid="search-box"]', '');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="task-row"]').length === n,
      SEED_WBS.length,
    );
  });

  it('recomputes statuses for the chosen status date', async () => {
    await setStatusDate('20/07/2021');
    for (const wbs of ['1.1', '1.2', '1.3']) {
      expect(await rowStatus(wbs), wbs).toBe('overdue');
      expect(await page.textContent(`[data-testid="task-row"][data-wbs="${wbs}"] .col-status`)).toContain(
        'Quá hạn',
      );
    }
    expect(await rowStatus('1.5')).toBe('deadline-unknown');
    expect(await page.textContent('[data-testid="task-row"][data-wbs="1.5"] .col-status')).toContain(
      'Chưa rõ thời hạn',
    );
    expect(await page.getAttribute('[data-testid="gantt-bar"][data-wbs="1.1"]', 'class')).toContain(
      'is-overdue',
    );
    await shot('04-status-20-07-2021');

    await setStatusDate('01/07/2021');
    for (const wbs of ['1.1', '1.2', '1.3']) expect(await rowStatus(wbs), wbs).not.toBe('overdue');
    expect(await page.getAttribute('[data-testid="gantt-bar"][data-wbs="1.1"]', 'class')).not.toContain(
      'is-overdue',
    );
    await shot('05-status-01-07-2021');
  });

  it('collapses a group to its summary bar and expands it again', async () => {
    await page.click('[data-testid="task-row"][data-wbs="1"] [data-testid="row-toggle"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-row"]').length === 1);
    expect(await page.getAttribute('[data-testid="task-row"][data-wbs="1"]', 'aria-expanded')).toBe('false');
    expect(await page.getAttribute('[data-testid="gantt-bar"][data-wbs="1"]', 'data-kind')).toBe('summary');
    await shot('06-collapsed-group');
    await page.click('[data-testid="task-row"][data-wbs="1"] [data-testid="row-toggle"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="task-row"]').length === n,
      SEED_WBS.length,
    );
  });

  it('filters by a unit clicked in the units panel, which lists its late tasks', async () => {
    await setStatusDate('20/07/2021');
    await page.click('[data-testid="open-units"]');
    const card = page.locator('[data-testid="unit-card"]', { hasText: 'Vụ Hợp tác quốc tế' });
    const unit = card.locator('[data-testid="unit-item"]');
    await unit.waitFor();
    const late = await card
      .locator('[data-testid="late-task"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-wbs')));
    expect(late).toEqual(['1.3']);
    await shot('06-units-panel');
    await unit.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-row"]').length === 1);
    expect(await rowWbs()).toEqual(['1.3']);
    await unit.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="task-row"]').length === n,
      SEED_WBS.length,
    );
    await page.click('[data-testid="open-units"]');
  });

  it('groups rows under each lead unit', async () => {
    await page.check('[data-testid="group-by-lead"]');
    await page.waitForSelector('[data-testid="lane-row"]');
    const lanes = await page.$$eval('[data-testid="lane-row"]', (rows) =>
      rows.map((r) => r.textContent ?? ''),
    );
    expect(lanes[0]).toContain('Vụ Tổng hợp');
    expect(lanes.some((l) => l.includes('Vụ Pháp chế và Quản lý khoa học'))).toBe(true);
    await shot('06-grouped-by-lead');
    await page.uncheck('[data-testid="group-by-lead"]');
    await page.waitForSelector('[data-testid="lane-row"]', { state: 'detached' });
  });

  it('opens the task card on a bar, with the title and units as text', async () => {
    const title = await page.getAttribute(
      '[data-testid="task-row"][data-wbs="1.2"] .col-title .cell-text',
      'title',
    );
    await page.click('[data-testid="gantt-bar"][data-wbs="1.2"] rect.bar');
    await page.waitForSelector('[data-testid="task-popup"]');
    expect(await page.textContent('[data-testid="popup-title"]')).toBe(title);
    expect(await page.textContent('[data-testid="popup-lead"]')).toContain('Vụ Pháp chế và Quản lý khoa học');
    expect(await page.textContent('[data-testid="popup-supports"]')).toContain('Các đơn vị có liên quan');
    expect(await page.textContent('[data-testid="popup-deadline"]')).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    // The start the Excel and MS Project exports write too, with why it is that day.
    expect(await page.textContent('[data-testid="popup-start"]')).toBe(
      '10/06/2021 (từ ngày ban hành kế hoạch)',
    );
    await shot('07-popup');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="task-popup"]', { state: 'detached' });
  });

  it('lists what 1.5 lacks under “Cần bổ sung”, the import’s warning kept as history', async () => {
    await page.click('[data-testid="open-review"]');
    const item = page.locator('[data-testid="review-item"][data-wbs="1.5"]');
    await item.waitFor();
    const plans = (await services.dispatch('listPlans', {})) as { ok: true; value: { id: number }[] };
    const view = (await services.dispatch('getPlanView', {
      planId: plans.value[0]?.id,
      asOf: '2021-07-20',
    })) as {
      ok: true;
      value: { tasks: { wbs: string; warnings: { message: string }[] }[] };
    };
    const expected = view.value.tasks.find((t) => t.wbs === '1.5')?.warnings[0]?.message;
    expect(expected).toBeTruthy();
    expect(await item.textContent()).toContain('Chưa xác định đơn vị chủ trì.');
    const notes = page.locator('[data-testid="review-import-notes"]');
    await notes.locator('summary').click();
    expect(await notes.textContent()).toContain(expected);
    await shot('08-needs-review');
    await page.click('[data-testid="open-review"]');
  });

  it('meeting mode hides the filters, walks lead units with the arrow keys, Esc leaves', async () => {
    await page.click('[data-testid="meeting-mode"]');
    await page.waitForSelector('[data-testid="meeting-bar"]');
    expect(await page.locator('[data-testid="unit-filter"]').count()).toBe(0);
    expect(await page.locator('[data-testid="search-box"]').count()).toBe(0);
    expect(await page.locator('[data-testid="as-of-date"]').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('[data-testid="meeting-unit"]')).toBe('Vụ Tổng hợp');
    expect(await page.getAttribute('[data-testid="task-row"][data-wbs="1.1"]', 'class')).toContain(
      'is-spotlit',
    );
    expect(await page.getAttribute('[data-testid="task-row"][data-wbs="1.2"]', 'class')).toContain(
      'is-dimmed',
    );
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('[data-testid="meeting-unit"]')).toBe('Vụ Pháp chế và Quản lý khoa học');
    await shot('09-meeting-mode');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="unit-filter"]');
  });

  it('draws a dated meeting as a diamond, progress, and arrows between dependent tasks', async () => {
    // The seed has no dated milestone, no progress and no links; the response is adjusted in flight.
    await page.route('**/api/getPlanData', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as {
        ok: boolean;
        value: {
          tasks: { id: number; wbs: string; [key: string]: unknown }[];
          dependencies: unknown[];
          progressUpdates: unknown[];
        };
      };
      const byWbs = new Map(body.value.tasks.map((t) => [t.wbs, t]));
      const id = (wbs: string) => byWbs.get(wbs)?.id ?? 0;
      body.value.progressUpdates.push({
        id: 9001,
        taskId: id('1.4'),
        reportedOn: '2021-07-01',
        percent: 60,
        achieved: null,
        difficulties: null,
        enteredBy: null,
        createdAt: '2021-07-01T08:00:00Z',
      });
      body.value.dependencies.push(
        { predecessorId: id('1.1'), successorId: id('1.4'), lagDays: 0 },
        { predecessorId: id('1.4'), successorId: id('1.5'), lagDays: 0 },
      );
      Object.assign(byWbs.get('1.5') ?? {}, {
        kind: 'meeting',
        deadline: '2021-08-05',
        deadlineText: 'Ngày 05 tháng 8 năm 2021',
        deadlinePrecision: 'day',
      });
      await route.fulfill({ response, json: body });
    });
    await page.reload();
    await page.waitForSelector('[data-testid="gantt-bar"][data-wbs="1.5"] .ecp-diamond');
    expect(await page.getAttribute('[data-testid="gantt-bar"][data-wbs="1.5"]', 'data-kind')).toBe(
      'milestone',
    );
    expect(await page.locator('.gantt .arrow path').count()).toBe(2);
    const progress = await page.getAttribute(
      '[data-testid="gantt-bar"][data-wbs="1.4"] rect.bar-progress',
      'width',
    );
    expect(Number(progress)).toBeGreaterThan(0);
    await shot('10-milestone-arrows-progress');
    await page.unroute('**/api/getPlanData');
    await page.reload();
    await page.locator('[data-testid="task-row"]').first().waitFor();
  });

  it('shows markup in a task title as text, never as HTML', async () => {
    const hostile = DEFAULT_PLAN_TEXT.replace('76/KH-BCĐ-TANDTC', '99/KH-THỬ-NGHIỆM').replace(
      'Nghiên cứu xây dựng Báo cáo đánh giá thực trạng',
      HOSTILE_TITLE,
    );
    const { planId } = importPlanText(services.repository, hostile, 'thu-nghiem.txt');
    await page.reload();
    await page.selectOption('[data-testid="plan-chooser"]', String(planId));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="plan-title"]')?.textContent?.includes('99/KH-THỬ-NGHIỆM') ??
        false,
    );
    const row = page.locator('[data-testid="task-row"][data-wbs="1.2"] .col-title .cell-text');
    expect(await row.textContent()).toContain(HOSTILE_TITLE);
    expect(await page.textContent('[data-testid="gantt-bar"][data-wbs="1.2"] .bar-label')).toContain(
      '<img src=x',
    );
    await page.click('[data-testid="gantt-bar"][data-wbs="1.2"] rect.bar');
    expect(await page.textContent('[data-testid="popup-title"]')).toContain(HOSTILE_TITLE);
    expect(
      await page.locator('.task-grid img, .gantt img, .task-popup img, .task-grid b, .task-popup b').count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await shot('10-escaped-title');
    await page.keyboard.press('Escape');
  });

  it('shows the services’ message and a retry button when loading fails', async () => {
    await page.route('**/api/listPlans', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: { code: 'internal', message: 'Không đọc được cơ sở dữ liệu.' },
        }),
      }),
    );
    await page.reload();
    await page.waitForSelector('[data-testid="error-state"]');
    expect(await page.textContent('[data-testid="error-message"]')).toBe('Không đọc được cơ sở dữ liệu.');
    await shot('11-error');
    await page.unroute('**/api/listPlans');
    await page.click('[data-testid="retry"]');
    await page.locator('[data-testid="task-row"]').first().waitFor();
  });

  it('keeps one chart and one document listener of frappe-gantt however often it redraws', async () => {
    const cdp = await page.context().newCDPSession(page);
    const mouseups = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId ?? '',
      });
      return listeners.filter((l) => l.type === 'mouseup').length;
    };
    await page.click('[data-testid="view-mode-Tháng"]');
    // frappe-gantt's own, and the one that reads a finished drag.
    expect(await mouseups()).toBe(2);
    for (const mode of ['Ngày', 'Năm', 'Tuần', 'Tháng'])
      await page.click(`[data-testid="view-mode-${mode}"]`);
    expect(await page.locator('.gantt-container').count()).toBe(1);
    expect(await mouseups()).toBe(2);
    await cdp.detach();
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
