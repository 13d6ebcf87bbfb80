/**
 * The window's memory over time: open one plan and then another, 50 times, and compare the JS heap after
 * garbage collection at the start and at the end. A leak (a chart or listener kept per opening) shows here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { openAppServices } from '../../services/app-services';
import { startBridge } from '../../services/bridge/bridge-server';
import { ensureDefaultPlan } from '../../services/import/default-plan';
import { hasChromium, launchChromium } from '../chromium';
import { generatePlan } from '../../shared/testing/generate-plan';

export type MemoryCheck = {
  openings: number;
  heapStartMb: number;
  heapEndMb: number;
  growthPercent: number;
  pass: boolean;
};

const WARM_UP_OPENINGS = 20;

export async function windowMemoryCheck(
  root: string,
  openings = 50,
  size = 1000,
): Promise<MemoryCheck | null> {
  if (!hasChromium()) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-bench-memory-'));
  const services = openAppServices({ databasePath: path.join(dir, 'plan.sqlite'), loadDefaultPlan: false });
  ensureDefaultPlan(services.repository);
  services.repository.importDocument(generatePlan(size), { name: 'bench.txt', text: '' });
  const bridge = await startBridge({ services, staticDir: path.join(root, 'dist', 'renderer') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(bridge.url);
    await page.locator('[data-testid="gantt-bar"]').first().waitFor({ timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1024 / 1024;
    };
    const chooser = page.locator('[data-testid="plan-chooser"]');
    const plans = await chooser
      .locator('option')
      .evaluateAll((os_) => os_.map((o) => (o as HTMLOptionElement).value));
    const open = async (value: string) => {
      await chooser.selectOption(value);
      await page.waitForLoadState('networkidle');
      await page.locator('[data-testid="gantt-bar"]').first().waitFor();
    };
    // Warm-up first, so that lazily loaded code, compiled code and caches count as the baseline, not
    // as growth: measured here, the heap climbs over the first 10–20 openings and then stays level.
    for (let i = 0; i < WARM_UP_OPENINGS; i++) await open(plans[i % plans.length]!);
    const start = await heapAfterGc();
    for (let i = 0; i < openings; i++) await open(plans[i % plans.length]!);
    const end = await heapAfterGc();
    const growthPercent = ((end - start) / start) * 100;
    return {
      openings,
      heapStartMb: Math.round(start * 10) / 10,
      heapEndMb: Math.round(end * 10) / 10,
      growthPercent: Math.round(growthPercent * 10) / 10,
      pass: growthPercent <= 10,
    };
  } finally {
    await browser.close();
    await bridge.close();
    services.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
