import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../shared/api/contract';
import { PICK_FILE_CHANNEL, PRINT_PDF_CHANNEL, SAVE_FILE_CHANNEL } from '../shared/files/file-transfer';
import { NATIVE_BINDING_ENV, READY_MARKER } from './launch-options';

// A stand-in for the parts of Electron main.ts touches, recording what it was asked to do.
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  class Emitter {
    handlers = new Map<string, Handler[]>();
    on(name: string, handler: Handler) {
      this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
      return this;
    }
    once(name: string, handler: Handler) {
      return this.on(name, handler);
    }
    emit(name: string, ...args: unknown[]) {
      for (const handler of this.handlers.get(name) ?? []) handler(...args);
    }
  }
  class FakeWebContents extends Emitter {
    setWindowOpenHandler = () => undefined;
  }
  class FakeWindow extends Emitter {
    static all: FakeWindow[] = [];
    webContents = new FakeWebContents();
    fullScreen = false;
    shown = false;
    loadURL = async (url: string) => {
      this.loaded = url;
    };
    loaded: string | undefined;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.all.push(this);
    }
    show() {
      this.shown = true;
    }
    focus() {}
    isMinimized() {
      return false;
    }
    restore() {}
    isFullScreen() {
      return this.fullScreen;
    }
    setFullScreen(value: boolean) {
      this.fullScreen = value;
    }
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    lock: true,
    events: [] as string[],
    whenReady: async () => {
      app.events.push('ready');
    },
    enableSandbox: () => app.events.push('enableSandbox'),
    setAppUserModelId: () => undefined,
    requestSingleInstanceLock: () => app.lock,
    getAppPath: () => '/opt/ecourt-plan',
    getVersion: () => '0.1.0',
    quit: vi.fn(),
    exit: vi.fn(),
  });
  return {
    app,
    FakeWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    services: { dispatch: vi.fn(), databasePath: '', close: vi.fn() },
    openAppServices: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  dialog: fake.dialog,
  ipcMain: fake.ipcMain,
  Menu: fake.Menu,
  session: fake.session,
  protocol: fake.protocol,
  shell: { showItemInFolder: vi.fn() },
}));
vi.mock('../services/app-services', () => ({ openAppServices: fake.openAppServices }));
vi.mock('../services/storage/default-location', () => ({
  defaultDatabasePath: () => '/home/an/ke-hoach.sqlite',
}));

const savedArgv = process.argv;

async function startMain(options: { argv?: string[]; packaged?: boolean; lock?: boolean } = {}) {
  process.argv = options.argv ?? ['electron', '.'];
  fake.app.isPackaged = options.packaged ?? true;
  fake.app.lock = options.lock ?? true;
  await import('./main');
  // Let start() run past app.whenReady() and loadURL().
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function roles(template: unknown): string[] {
  const items = template as { role?: string; submenu?: unknown }[];
  return items.flatMap((item) => [
    item.role ?? '',
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  fake.FakeWindow.all = [];
  fake.app.handlers.clear();
  fake.app.events = [];
  fake.openAppServices.mockImplementation((options: { databasePath: string }) => {
    fake.services.databasePath = options.databasePath;
    return fake.services;
  });
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.stubEnv(NATIVE_BINDING_ENV, '/cache/better_sqlite3.node');
});

afterEach(() => {
  process.argv = savedArgv;
  vi.unstubAllEnvs();
});

describe('electron/main.ts', () => {
  it('sandboxes every renderer before the app is ready', async () => {
    await startMain();
    expect(fake.app.events.slice(0, 2)).toEqual(['enableSandbox', 'ready']);
  });

  it('opens the services on the --db file, with the default binding when packaged', async () => {
    await startMain({ argv: ['ke-hoach.exe', '--db', '/d/thu.sqlite'] });
    expect(fake.openAppServices).toHaveBeenCalledWith({ databasePath: path.resolve('/d/thu.sqlite') });
  });

  it("uses start.mjs's Electron build of the native module when not packaged", async () => {
    await startMain({ packaged: false });
    expect(fake.openAppServices).toHaveBeenCalledWith({
      databasePath: '/home/an/ke-hoach.sqlite',
      nativeBinding: '/cache/better_sqlite3.node',
    });
  });

  it('creates one hardened window with the bundled preload and loads the built page', async () => {
    await startMain();
    expect(fake.FakeWindow.all).toHaveLength(1);
    const window = fake.FakeWindow.all[0];
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join('/opt/ecourt-plan', 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    // From the app's own scheme, which serves the renderer folder of the install, not from file://.
    expect(window?.loaded).toBe('app://ecourt-plan/index.html');
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(window?.webContents.handlers.has('will-navigate')).toBe(true);
  });

  it('registers the one IPC handler, hardens the session and denies all new windows', async () => {
    await startMain();
    expect(fake.ipcMain.handle.mock.calls.map((call) => call[0])).toEqual([
      IPC_CHANNEL,
      SAVE_FILE_CHANNEL,
      PICK_FILE_CHANNEL,
      PRINT_PDF_CHANNEL,
    ]);
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(fake.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(fake.app.handlers.get('web-contents-created')).toHaveLength(1);
  });

  it('shows the window only when ready, and tells start.mjs', async () => {
    await startMain();
    const window = fake.FakeWindow.all[0];
    expect(window?.shown).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(true);
    expect(console.log).toHaveBeenCalledWith(READY_MARKER);
  });

  it('toggles full screen on F11', async () => {
    await startMain();
    const window = fake.FakeWindow.all[0];
    const event = { preventDefault: vi.fn() };
    const f11 = {
      type: 'keyDown',
      key: 'F11',
      isAutoRepeat: false,
      control: false,
      alt: false,
      shift: false,
      meta: false,
    };
    window?.webContents.emit('before-input-event', event, f11);
    expect(window?.fullScreen).toBe(true);
    expect(event.preventDefault).toHaveBeenCalled();
    window?.webContents.emit('before-input-event', event, f11);
    expect(window?.fullScreen).toBe(false);
  });

  it('leaves dev tools out of the packaged menu, and closes the services on quit', async () => {
    await startMain();
    expect(roles(fake.Menu.setApplicationMenu.mock.calls[0]?.[0])).not.toContain('toggleDevTools');
    fake.app.emit('will-quit');
    expect(fake.services.close).toHaveBeenCalledTimes(1);
  });

  it('hands a second start over to the first window', async () => {
    await startMain({ lock: false });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.openAppServices).not.toHaveBeenCalled();
    expect(fake.FakeWindow.all).toHaveLength(0);
  });

  it('shows a Vietnamese error box and exits when the data cannot be opened', async () => {
    // The registry was reset: take the class main.ts will see, so instanceof holds.
    const { UserError } = await import('../shared/api/user-error');
    fake.openAppServices.mockImplementation(() => {
      throw new UserError('Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng.', 'conflict');
    });
    await startMain();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Không khởi động được ứng dụng',
      'Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng.',
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.FakeWindow.all).toHaveLength(0);
  });
});
