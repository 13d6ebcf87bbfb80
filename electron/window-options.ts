/**
 * The main window, created with its options written as one literal at the constructor: a test checks the
 * security settings, and Electronegativity, which reads the source, sees every one of them.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Kế hoạch Tòa án điện tử';

/** Matches the renderer's page background, so no white flash shows before the first paint. */
export const WINDOW_BACKGROUND = '#ffffff';

export type WindowOptionsInput = {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Dev tools only for developers; office staff never need them. */
  devTools: boolean;
};

/** Electron's BrowserWindow class, passed in so the function runs in tests without Electron. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export function createHardenedWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  { preloadPath, devTools }: WindowOptionsInput,
): W {
  return new BrowserWindow({
    title: WINDOW_TITLE,
    // Fits a 1366×768 laptop screen with the taskbar; the Gantt chart needs the width.
    width: 1280,
    height: 720,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees a half-drawn window.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
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
      safeDialogs: true,
      // Middle-click must not open links in new windows behind the navigation rules' back.
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
}
