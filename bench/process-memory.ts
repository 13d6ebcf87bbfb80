/**
 * Peak resident memory of processes, read from Linux's /proc (VmHWM: the high-water mark of the
 * resident set), and the web bridge run as its own process so its peak is the Node side's alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';

/** The process's peak resident set in MB, or null when /proc cannot tell (not Linux, or gone). */
export function peakRssMb(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The largest peak among Chromium's renderer processes: the window's page, when it is the only one open. */
export async function rendererPeakRssMb(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const peaks = processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => peakRssMb(p.id))
      .filter((mb): mb is number => mb !== null);
    return peaks.length > 0 ? Math.max(...peaks) : null;
  } finally {
    await cdp.detach();
  }
}

/** What Chromium's renderer takes for an empty page here: the floor under the window's own figure. */
export async function emptyPageRendererPeakRssMb(launch: () => Promise<Browser>): Promise<number | null> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.setContent('<!doctype html><meta charset="utf-8"><p>.</p>');
    await page.waitForTimeout(500);
    return await rendererPeakRssMb(browser);
  } finally {
    await browser.close();
  }
}

export type WebProcess = { url: string; pid: number; stop(): Promise<void> };

/** `node dist/node/web.cjs --db <file>`, as `npm run web` runs it; resolves once it prints its address. */
export function startWebProcess(webScript: string, databasePath: string): Promise<WebProcess> {
  const child: ChildProcess = spawn(process.execPath, [webScript, '--db', databasePath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web.cjs stopped (${code}): ${err}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(out)?.[0];
      if (!url || child.pid === undefined) return;
      resolve({
        url,
        pid: child.pid,
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
