/**
 * The window in headless Chromium: open to chart visible, beside frappe-gantt alone on a bare page with
 * the same tasks; then a status-date change and a unit filter; and the browser's memory.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openAppServices } from '../../services/app-services';
import { startBridge } from '../../services/bridge/bridge-server';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { hasChromium, launchChromium } from '../chromium';
import { generatePlan } from '../generate-plan';
import { measure, row, type BenchRow, type Timing } from '../measure';

const RUNS = 3;

type BareTask = {
  id: string;
  name: string;
  start: string;
  end: string;
  progress: number;
  dependencies: string;
};

/** frappe-gantt alone, nothing of ours: the same tasks on a plain page served from a temp folder. */
function bareServer(root: string, tasks: BareTask[]): Promise<{ url: string; close(): void }> {
  const dist = path.join(root, 'node_modules', 'frappe-gantt', 'dist');
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/': {
      type: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/gantt.css"><div id="g"></div>
<script src="/gantt.js"></script><script src="/tasks.js"></script>
<script>new Gantt('#g', window.TASKS, { view_mode: 'Month', language: 'vi', readonly: true });</script>`,
    },
    '/gantt.css': { type: 'text/css', body: fs.readFileSync(path.join(dist, 'frappe-gantt.css')) },
    '/gantt.js': { type: 'text/javascript', body: fs.readFileSync(path.join(dist, 'frappe-gantt.umd.js')) },
    '/tasks.js': { type: 'text/javascript', body: `window.TASKS = ${JSON.stringify(tasks)};` },
  };
  const server = http.createServer((req, res) => {
    const file = files[req.url ?? '/'];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => server.close(),
      }),
    ),
  );
}

async function timeOpen(browser: Browser, url: string, selector: string): Promise<Timing> {
  return measure(RUNS, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.locator(selector).first().waitFor({ timeout: 120_000 });
    await page.close();
  });
}

export async function windowCases(
  root: string,
  sizes: number[],
): Promise<{ rows: BenchRow[]; windowJsHeapMb: number }> {
  if (!hasChromium()) return { rows: [], windowJsHeapMb: 0 };
  const rows: BenchRow[] = [];
  const browser = await launchChromium();
  let windowJsHeapMb = 0;
  try {
    for (const size of sizes) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-bench-window-'));
      const services = openAppServices({
        databasePath: path.join(dir, 'plan.sqlite'),
        loadDefaultPlan: false,
      });
      const { planId } = services.repository.importDocument(generatePlan(size), {
        name: 'bench.txt',
        text: '',
      });
      const bridge = await startBridge({ services, staticDir: path.join(root, 'dist', 'renderer') });
      const view = buildPlanView(services.repository.loadPlanData(planId)!, '2023-01-01');
      const bare = await bareServer(
        root,
        view.tasks.map((t) => ({
          id: String(t.id),
          name: `${t.wbs} ${t.title}`,
          start: t.spanStart ?? '2021-06-10',
          end: t.spanEnd ?? t.spanStart ?? '2021-06-10',
          progress: t.progress,
          dependencies: '',
        })),
      );
      try {
        const ours = await timeOpen(browser, bridge.url, '[data-testid="gantt-bar"]');
        const baseline = await timeOpen(browser, bare.url, '.bar-wrapper');
        rows.push(
          row('Mở cửa sổ đến khi thấy biểu đồ', size, ours, baseline, {
            maxRatio: 1.5,
            ...(size === 5000 ? { maxMs: 1000 } : {}),
          }),
        );

        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(bridge.url);
        await page.locator('[data-testid="gantt-bar"]').first().waitFor({ timeout: 120_000 });
        const dates = ['01/01/2022', '01/01/2023'];
        let flip = 0;
        const dateChange = await measure(RUNS, async () => {
          const field = page
            .locator('[data-testid="as-of-date"] input, input[data-testid="as-of-date"]')
            .first();
          await field.fill(dates[flip++ % 2]!);
          await field.press('Enter');
          await page.waitForLoadState('networkidle');
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
        });
        rows.push(row('Đổi ngày theo dõi', size, dateChange, null, size === 5000 ? { maxMs: 100 } : {}));
        const unitFilter = page.locator('[data-testid="unit-filter"]');
        const options = await unitFilter
          .locator('option')
          .evaluateAll((os_) => os_.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
        let pick = 0;
        const filter = await measure(RUNS, async () => {
          await unitFilter.selectOption(options[pick++ % options.length] ?? '');
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
        });
        rows.push(row('Lọc theo đơn vị', size, filter, null, size === 5000 ? { maxMs: 100 } : {}));
        if (size === 5000) {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Performance.enable');
          const metrics = await cdp.send('Performance.getMetrics').catch(() => null);
          const heap = metrics?.metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
          windowJsHeapMb = Math.round(heap / 1024 / 1024);
        }
        await page.close();
      } finally {
        bare.close();
        await bridge.close();
        services.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return { rows, windowJsHeapMb };
}
