/**
 * What every E2E file stands on: the renderer built by global-setup.ts, served by the real local
 * bridge over a throwaway database, driven in Debian's Chromium. Script errors and
 * Content-Security-Policy violations are collected so each file can assert there were none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { type AppServices, openAppServices } from '../../services/app-services';
import { type Bridge, startBridge } from '../../services/bridge/bridge-server';

const ROOT = path.resolve(__dirname, '../..');
export const SHOTS = path.join(ROOT, 'tests/artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

/** No browser is a failure, never a skip: CI installs Debian's Chromium (.ci/run), a developer can too. */
function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

export interface E2eHarness {
  /** A throwaway folder holding the database; removed by close(). */
  tmp: string;
  /** The built renderer, for extra bridges a test starts itself. */
  staticDir: string;
  services: AppServices;
  bridge: Bridge;
  browser: Browser;
  /** A 1440×900 Vietnamese page, already at the bridge's address. */
  page: Page;
  cspViolations: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openHarness(tmpPrefix: string): Promise<E2eHarness> {
  requireChromium();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  fs.mkdirSync(SHOTS, { recursive: true });
  const staticDir = inject('rendererDir');
  const services = openAppServices({ databasePath: path.join(tmp, 'plans.sqlite') });
  const bridge = await startBridge({ services, staticDir, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // frame-ancestors only works as an HTTP header (the bridge sends it); the meta copy is ignored.
    if (/Content Security Policy/i.test(text) && !text.includes('frame-ancestors')) cspViolations.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(bridge.url);
  return {
    tmp,
    staticDir,
    services,
    bridge,
    browser,
    page,
    cspViolations,
    pageErrors,
    async close() {
      await browser.close();
      await bridge.close();
      services.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
