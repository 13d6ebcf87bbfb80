import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../shared/api/contract';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(name: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => ({
    ok: true,
    value: [],
  })),
  on: vi.fn<(channel: string, handler: (event: unknown, payload: unknown) => void) => void>(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
}));

describe('electron/preload.ts', () => {
  beforeEach(() => {
    vi.resetModules();
    electron.exposeInMainWorld.mockClear();
    electron.invoke.mockClear();
  });

  it('exposes one object, as window.ecourt, holding only the API call, file dialogs, print and menu commands', async () => {
    await import('./preload');
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
    expect(name).toBe('ecourt');
    expect(Reflect.ownKeys(api as object)).toEqual([
      'invoke',
      'saveFile',
      'pickFile',
      'printTimelinePdf',
      'onMenuCommand',
    ]);
  });

  it('hands the page the menu command, never the Electron event, and stops listening when asked', async () => {
    await import('./preload');
    const api = electron.exposeInMainWorld.mock.calls[0]?.[1] as {
      onMenuCommand: (listener: (command: unknown) => void) => () => void;
    };
    const heard: unknown[] = [];
    const stop = api.onMenuCommand((command) => heard.push(command));
    const [channel, handler] = electron.on.mock.calls[0]!;
    expect(channel).toBe('ecourt:menu-command');
    handler({ sender: 'electron internals' }, 'undo');
    expect(heard).toEqual(['undo']);
    stop();
    expect(electron.removeListener).toHaveBeenCalledWith('ecourt:menu-command', handler);
  });

  it('wires invoke to ipcRenderer.invoke on the API channel', async () => {
    await import('./preload');
    const api = electron.exposeInMainWorld.mock.calls[0]?.[1] as {
      invoke: (m: string, i: unknown) => unknown;
    };
    await expect(api.invoke('listPlans', {})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'listPlans', {});
    await expect(api.invoke('openExternal', 'https://example.com')).rejects.toThrow();
    expect(electron.invoke).toHaveBeenCalledTimes(1);
  });
});
