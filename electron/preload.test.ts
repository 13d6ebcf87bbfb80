import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../shared/api/contract';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(name: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => ({
    ok: true,
    value: [],
  })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

describe('electron/preload.ts', () => {
  beforeEach(() => {
    vi.resetModules();
    electron.exposeInMainWorld.mockClear();
    electron.invoke.mockClear();
  });

  it('exposes one object, as window.ecourt, holding only the API call, file dialogs and print', async () => {
    await import('./preload');
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
    expect(name).toBe('ecourt');
    expect(Reflect.ownKeys(api as object)).toEqual(['invoke', 'saveFile', 'pickFile', 'printTimelinePdf']);
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
