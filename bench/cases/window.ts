/**
 * The window in headless Chromium: open to chart visible, beside frappe-gantt alone on a bare page with
 * the same tasks; then a status-date change and a unit filter; and the browser's memory.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openAppServices } from '../../services/app-services';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { hasChromium, launchChromium } from '../chromium';
import { generatePlan } from '../../shared/testing/generate-plan';
import { emptyPageRendererPeakRssMb, peakRssMb, rendererPeakRssMb, startWebProcess } from '../process-memory';
import { measureInPage, row, type BenchRow, type Timing } from '../measure';

const RUNS = 3;
const INTERACTION_RUNS = 6;

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

/**
 * From navigation start to the first paint showing a bar, read in the page: a script installed
 * before the page's own looks for the selector at every frame and notes the time after the frame
 * that first shows it is painted. Polling from outside would add its own delays.
 */
async function timeOpen(browser: Browser, url: string, selector: string): Promise<Timing> {
  return measureInPage(RUNS, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript((wanted) => {
      const check = () => {
        if (document.querySelector(wanted))
          requestAnimationFrame(() =>
            setTimeout(
              () => document.documentElement.setAttribute('data-bench-shown', String(performance.now())),
              0,
            ),
          );
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, selector);
    await page.goto(url);
    const shown = await page
      .locator('html[data-bench-shown]')
      .getAttribute('data-bench-shown', { timeout: 120_000 });
    await page.close();
    return Number(shown);
  });
}

/** Peak resident memory at 5,000 tasks, after opening, a status-date change and a unit filter. */
export type WindowMemory = {
  windowPeakRssMb: number | null;
  nodePeakRssMb: number | null;
  /** The same for an empty page, for scale. */
  emptyPagePeakRssMb: number | null;
};

type Change = {
  /** The input or select the user changes. */
  control: string;
  value: string;
  /** The event React listens to for that control. */
  event: 'input' | 'change';
  /** What matches once the window shows the new value; {} stands for the value. */
  done: string;
};

/**
 * Timed inside the page, from the change to the next paint after the window shows it: no protocol
 * round trips in the figure. The value is set as the browser would, then the event is sent.
 */
function timeChange(page: Page, change: Change): Promise<number> {
  return page.evaluate(async ({ control, value, event, done }) => {
    const started = performance.now();
    const element = document.querySelector<HTMLInputElement | HTMLSelectElement>(control);
    if (!element) throw new Error(`not found: ${control}`);
    const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event(event, { bubbles: true }));
    const shown = done.replace('{}', value);
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector(shown) ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, change);
}

export async function windowCases(
  root: string,
  sizes: number[],
): Promise<{ rows: BenchRow[]; memory: WindowMemory | null }> {
  if (!hasChromium()) return { rows: [], memory: null };
  const rows: BenchRow[] = [];
  const browser = await launchChromium();
  let memory: WindowMemory | null = null;
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
      const view = buildPlanView(services.repository.loadPlanData(planId)!, '2023-01-01');
      services.close();
      // The window is served as `npm run web` serves it, by its own process, so its memory is its own.
      const bridge = await startWebProcess(
        path.join(root, 'dist', 'node', 'web.cjs'),
        path.join(dir, 'plan.sqlite'),
      );
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

        // A browser of its own, so the peak memory of its one renderer is the window's alone.
        const windowBrowser = await launchChromium();
        const page = await windowBrowser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(bridge.url);
        await page.locator('[data-testid="gantt-bar"]').first().waitFor({ timeout: 120_000 });
        const dates = ['2022-01-01', '2023-01-01'];
        let flip = 0;
        const dateChange = await measureInPage(INTERACTION_RUNS, () =>
          timeChange(page, {
            control: 'input.hidden-date-picker',
            value: dates[flip++ % 2]!,
            event: 'input',
            done: '[data-testid="gantt"][data-as-of="{}"]',
          }),
        );
        rows.push(row('Đổi ngày theo dõi', size, dateChange, null, size === 5000 ? { maxMs: 100 } : {}));
        const options = await page
          .locator('[data-testid="unit-filter"] option')
          .evaluateAll((os_) => os_.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
        let pick = 0;
        const filter = await measureInPage(INTERACTION_RUNS, () =>
          timeChange(page, {
            control: '[data-testid="unit-filter"]',
            value: options[pick++ % options.length] ?? '',
            event: 'change',
            done: 'main[data-unit-filter="{}"]',
          }),
        );
        rows.push(row('Lọc theo đơn vị', size, filter, null, size === 5000 ? { maxMs: 100 } : {}));
        if (size === 5000) {
          memory = {
            windowPeakRssMb: await rendererPeakRssMb(windowBrowser),
            nodePeakRssMb: peakRssMb(bridge.pid),
            emptyPagePeakRssMb: await emptyPageRendererPeakRssMb(launchChromium),
          };
        }
        await windowBrowser.close();
      } finally {
        bare.close();
        await bridge.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return { rows, memory };
}
