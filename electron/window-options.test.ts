import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createHardenedWindow, WINDOW_TITLE } from './window-options';

/** Stands in for Electron's BrowserWindow and keeps the options it was created with. */
class CapturingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

const createWindowOptions = (input: { preloadPath: string; devTools: boolean }) =>
  createHardenedWindow(CapturingWindow, input).options;

const PRELOAD = '/app/dist/electron/preload.cjs';

describe('createWindowOptions', () => {
  it('isolates the page from Node and Electron', () => {
    const { webPreferences } = createWindowOptions({ preloadPath: PRELOAD, devTools: false });
    expect(webPreferences).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('enables dev tools only when asked', () => {
    expect(createWindowOptions({ preloadPath: PRELOAD, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('names the window in Vietnamese and waits for ready-to-show', () => {
    const options = createWindowOptions({ preloadPath: PRELOAD, devTools: false });
    expect(WINDOW_TITLE).toBe('Kế hoạch Tòa án điện tử');
    expect(options.title).toBe(WINDOW_TITLE);
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('opens large enough for the chart yet fits a 1366×768 laptop', () => {
    const {
      width = 0,
      height = 0,
      minWidth = 0,
      minHeight = 0,
    } = createWindowOptions({
      preloadPath: PRELOAD,
      devTools: false,
    });
    expect(minWidth).toBeGreaterThanOrEqual(800);
    expect(minHeight).toBeGreaterThanOrEqual(500);
    expect(width).toBeGreaterThanOrEqual(minWidth);
    expect(height).toBeGreaterThanOrEqual(minHeight);
    expect(width).toBeLessThanOrEqual(1366);
    expect(height).toBeLessThanOrEqual(728);
  });
});
