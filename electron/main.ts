/**
 * The Electron main process: glue only. Every decision it applies lives in a tested module beside it.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { openAppServices, type AppServices } from '../services/app-services';
import { defaultDatabasePath } from '../services/storage/default-location';
import { type FileDialogs, registerFileHandlers } from './file-ipc';
import { MENU_COMMAND_CHANNEL } from '../shared/api/preload-api';
import { registerApiHandler } from './ipc';
import { isFullScreenShortcut } from './keyboard';
import { READY_MARKER, resolveLaunchOptions } from './launch-options';
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { aboutDialogOptions, createMenuTemplate } from './menu';
import { createPlanFileCommands } from './plan-file-menu';
import { hardenSession } from './session-security';
import { describeStartError, START_ERROR_TITLE } from './start-error';
import { createAppUrlRules } from './trusted-url';
import { denyPopupsAndWebviews, restrictNavigation } from './web-contents-security';
import { createHardenedWindow } from './window-options';

const APP_ID = 'vn.gov.toaan.ecourtplan';

let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createMainWindow(preloadFile: string, isAppPage: (url: string) => boolean) {
  const window = createHardenedWindow(BrowserWindow, { preloadPath: preloadFile, devTools: !app.isPackaged });
  restrictNavigation(window.webContents, isAppPage);
  window.webContents.on('before-input-event', (event, input) => {
    if (!isFullScreenShortcut(input)) return;
    event.preventDefault();
    window.setFullScreen(!window.isFullScreen());
  });
  window.once('ready-to-show', () => {
    window.show();
    console.log(READY_MARKER);
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  return window;
}

/** Dialogs attached to the window when there is one, so they stay in front of it. */
const fileDialogs: FileDialogs = {
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  showOpenDialog: (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
};

function fail(error: unknown, databasePath: string | undefined): void {
  console.error('[main] start failed:', error);
  dialog.showErrorBox(START_ERROR_TITLE, describeStartError(error, databasePath));
  app.exit(1);
}

async function start(): Promise<void> {
  await app.whenReady();
  let services: AppServices;
  const launch = resolveLaunchOptions({
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    isPackaged: app.isPackaged,
    defaultDatabasePath,
  });
  try {
    services = openAppServices(launch);
  } catch (error) {
    fail(error, launch.databasePath);
    return;
  }
  app.on('will-quit', () => services.close());

  const appRoot = app.getAppPath();
  const preloadFile = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
  // The window is served from app://ecourt-plan/ (the renderer folder only), never from file://.
  registerAppProtocol(protocol, path.join(appRoot, 'dist', 'renderer'));
  const rules = createAppUrlRules(APP_PAGE_URL, { caseInsensitive: false });

  hardenSession(session.defaultSession, rules);
  registerApiHandler({ ipcMain, dispatch: services.dispatch, isAppPage: rules.isAppPage });
  registerFileHandlers({
    ipcMain,
    isAppPage: rules.isAppPage,
    dialogs: fileDialogs,
    printToPdf: (event, options) => event.sender.printToPDF(options),
  });
  const planFiles = createPlanFileCommands({
    backups: services.backups,
    dialogs: fileDialogs,
    confirm: async (options) =>
      (await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)))
        .response === 0,
    showError: (title, message) => dialog.showErrorBox(title, message),
    reloadWindow: () => mainWindow?.webContents.reload(),
    printToPdf: async (options) => {
      if (!mainWindow) throw new Error('no window to print');
      return mainWindow.webContents.printToPDF(options);
    },
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      createMenuTemplate(!app.isPackaged, {
        showDataFile: () => shell.showItemInFolder(services.databasePath),
        savePlanFile: () => void planFiles.savePlanFile(),
        openPlanFile: () => void planFiles.openPlanFile(),
        printTimelinePdf: (paper) => void planFiles.printTimelinePdf(paper)(),
        undo: () => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, 'undo'),
        redo: () => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, 'redo'),
        showAbout: () => {
          const options = aboutDialogOptions(app.getVersion(), services.databasePath);
          void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
        },
      }),
    ),
  );

  mainWindow = createMainWindow(preloadFile, rules.isAppPage);
  try {
    await mainWindow.loadURL(APP_PAGE_URL);
  } catch (error) {
    fail(error, services.databasePath);
  }
}

// Every renderer sandboxed, whatever options a window is created with.
app.enableSandbox();
// Before ready, as Electron requires: app:// is a standard, secure origin of its own.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.setAppUserModelId(APP_ID);
app.on('web-contents-created', (_event, contents) => denyPopupsAndWebviews(contents));
app.on('window-all-closed', () => app.quit());

if (app.requestSingleInstanceLock()) {
  // A second start (a double click on the shortcut) brings the open window forward instead.
  app.on('second-instance', showMainWindow);
  start().catch((error: unknown) => fail(error, undefined));
} else {
  app.quit();
}
