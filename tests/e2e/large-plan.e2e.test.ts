/**
 * A programme of thousands of tasks in the window: the grid and the chart draw only the rows on
 * screen, yet scrolling reaches every task, each row beside its own bar, under a header that does
 * not move. Timings live in bench/; this checks what a user would see.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { generatePlan } from '../../shared/testing/generate-plan';
import { NORMAL_METRICS, rowHeight } from '../../renderer/src/timeline/row-metrics';
import { type E2eHarness, SHOTS, openHarness } from './harness';

const TASKS = 3000;
/** The window's row step (row-window.ts) is 10 rows; a screen shows about 20. */
const MOST_ROWS_DRAWN = 120;

let harness: E2eHarness;
let page: Page;
let wbsInOrder: string[];

const drawn = () =>
  page.evaluate(() => ({
    rows: document.querySelectorAll('[data-testid="task-row"]').length,
    bars: document.querySelectorAll('[data-testid="gantt-bar"]').length,
    rowCount: Number(document.querySelector('[data-testid="task-grid"]')?.getAttribute('aria-rowcount')),
  }));

/**
 * The vertical centres of a task's grid row and of its bar, in the page. A summary bar is drawn
 * thinner and a little higher than a task bar, hence the tolerance; a row off by one is a row height (36px) off.
 */
const SAME_ROW_PX = 8;
const centres = (wbs: string) =>
  page.evaluate((w) => {
    const centre = (el: Element | null | undefined) => {
      const box = el?.getBoundingClientRect();
      return box ? box.top + box.height / 2 : null;
    };
    return {
      row: centre(document.querySelector(`[data-testid="task-row"][data-wbs="${w}"]`)),
      bar: centre(document.querySelector(`[data-testid="gantt-bar"][data-wbs="${w}"] rect.bar`)),
    };
  }, wbs);

const chipLeft = () =>
  page.evaluate(() => document.querySelector('.ecp-asof-chip')?.getBoundingClientRect().left ?? null);

async function scrollChartTo(top: number): Promise<void> {
  await page.evaluate((y) => {
    const container = document.querySelector('.gantt-container');
    if (container) container.scrollTop = y;
  }, top);
  // The grid follows the chart, and a new window of rows is drawn, by the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('a plan of 3,000 tasks in the window', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-e2e-large-');
    page = harness.page;
    const { repository } = harness.services;
    const { planId } = repository.importDocument(generatePlan(TASKS), { name: 'chuong-trinh.txt', text: '' });
    wbsInOrder = buildPlanView(repository.loadPlanData(planId)!, '2023-01-01').tasks.map((t) => t.wbs);
    await page.evaluate(
      (id) => window.localStorage.setItem('ecourt-plan.v1.planId', JSON.stringify(id)),
      planId,
    );
    await page.reload();
    await page.locator('[data-testid="task-row"]').first().waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('opens with every task counted but only the rows on screen drawn', async () => {
    const { rows, bars, rowCount } = await drawn();
    expect(rowCount).toBe(TASKS + 1);
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(MOST_ROWS_DRAWN);
    expect(bars).toBe(rows);
    const first = await page.getAttribute('[data-testid="task-row"]', 'data-wbs');
    expect(first).toBe(wbsInOrder[0]);
  });

  it('reaches the last task by scrolling, its row beside its bar, the header unmoved', async () => {
    const chipBefore = await chipLeft();
    await scrollChartTo(10_000_000);
    const last = wbsInOrder[wbsInOrder.length - 1]!;
    await page.locator(`[data-testid="task-row"][data-wbs="${last}"]`).waitFor();
    await page.locator(`[data-testid="gantt-bar"][data-wbs="${last}"]`).waitFor({ state: 'attached' });
    const { row, bar } = await centres(last);
    expect(row).not.toBeNull();
    expect(Math.abs((row ?? 0) - (bar ?? -100))).toBeLessThan(SAME_ROW_PX);
    expect((await drawn()).rows).toBeLessThan(MOST_ROWS_DRAWN);
    expect(await chipLeft()).toBeCloseTo(chipBefore ?? -1, 0);
    await page.screenshot({ path: path.join(SHOTS, 'large-plan-end.png') });
  });

  it('lines rows up with their bars in the middle of the plan too', async () => {
    const middle = wbsInOrder[Math.floor(TASKS / 2)]!;
    const index = Math.floor(TASKS / 2);
    await scrollChartTo(index * rowHeight(NORMAL_METRICS));
    await page.locator(`[data-testid="task-row"][data-wbs="${middle}"]`).waitFor();
    const { row, bar } = await centres(middle);
    expect(Math.abs((row ?? 0) - (bar ?? -100))).toBeLessThan(SAME_ROW_PX);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(harness.pageErrors).toEqual([]);
    expect(harness.cspViolations).toEqual([]);
  });
});
