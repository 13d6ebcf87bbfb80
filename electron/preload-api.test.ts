import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, IPC_CHANNEL } from '../shared/api/contract';
import { PICK_FILE_CHANNEL, PRINT_PDF_CHANNEL, SAVE_FILE_CHANNEL } from '../shared/files/file-transfer';
import { MENU_COMMAND_CHANNEL } from '../shared/api/preload-api';
import { createPreloadApi, type IpcInvoke, type IpcListen, UNKNOWN_METHOD_MESSAGE } from './preload-api';

function setup() {
  const ipcInvoke = vi.fn<IpcInvoke>(async () => ({ ok: true, value: 'kết quả' }));
  const listeners = new Map<string, (payload: unknown) => void>();
  const stop = vi.fn();
  const ipcListen = vi.fn<IpcListen>((channel, listener) => {
    listeners.set(channel, listener);
    return stop;
  });
  return { ipcInvoke, ipcListen, listeners, stop, api: createPreloadApi(ipcInvoke, ipcListen) };
}

describe('createPreloadApi', () => {
  it('passes the menu’s undo and redo to the page, and nothing else sent on that channel', () => {
    const { api, listeners, stop } = setup();
    const heard: unknown[] = [];
    const unsubscribe = api.onMenuCommand((command) => heard.push(command));
    const send = listeners.get(MENU_COMMAND_CHANNEL)!;
    for (const payload of ['undo', 'redo', 'deleteEverything', { command: 'undo' }, undefined]) send(payload);
    expect(heard).toEqual(['undo', 'redo']);
    unsubscribe();
    expect(stop).toHaveBeenCalledOnce();
  });

  it('exposes invoke, the two file dialogs, the print and the menu commands, nothing else, and cannot be extended by the page', () => {
    const { api } = setup();
    expect(Reflect.ownKeys(api)).toEqual([
      'invoke',
      'saveFile',
      'pickFile',
      'printTimelinePdf',
      'onMenuCommand',
    ]);
    for (const key of Reflect.ownKeys(api)) expect(typeof api[key as keyof typeof api]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends every contract method over the one channel, with the method first', async () => {
    const { api, ipcInvoke } = setup();
    expect(API_METHODS.length).toBeGreaterThan(0);
    for (const method of API_METHODS) {
      await expect(api.invoke(method, { planId: 'p1' })).resolves.toEqual({ ok: true, value: 'kết quả' });
      expect(ipcInvoke).toHaveBeenLastCalledWith(IPC_CHANNEL, method, { planId: 'p1' });
    }
    expect(ipcInvoke).toHaveBeenCalledTimes(API_METHODS.length);
  });

  it.each([
    ['an unknown name', 'deleteEverything'],
    ['an inherited property name', 'constructor'],
    ['a prototype name', '__proto__'],
    ['the channel itself', IPC_CHANNEL],
    ['a non-string', 42],
    ['an object', { toString: () => 'listPlans' }],
    ['nothing', undefined],
  ])('refuses %s without touching IPC, in Vietnamese', async (_name, method) => {
    const { api, ipcInvoke } = setup();
    // The page may call with anything at run time, whatever the types say.
    await expect(api.invoke(method as never, {})).rejects.toThrow(UNKNOWN_METHOD_MESSAGE);
    expect(ipcInvoke).not.toHaveBeenCalled();
  });

  it('passes only the method and input, never extra arguments', async () => {
    const { api, ipcInvoke } = setup();
    const invoke = api.invoke as (...args: unknown[]) => Promise<unknown>;
    await invoke('listPlans', {}, 'extra', 'arguments');
    expect(ipcInvoke).toHaveBeenCalledWith(IPC_CHANNEL, 'listPlans', {});
    expect(ipcInvoke.mock.calls[0]).toHaveLength(3);
  });

  it('sends each file call over its own channel with the request alone', async () => {
    const { api, ipcInvoke } = setup();
    const loose = api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const cases: [string, string][] = [
      ['saveFile', SAVE_FILE_CHANNEL],
      ['pickFile', PICK_FILE_CHANNEL],
      ['printTimelinePdf', PRINT_PDF_CHANNEL],
    ];
    for (const [name, channel] of cases) {
      await loose[name]?.({ filters: [] }, 'extra');
      expect(ipcInvoke).toHaveBeenLastCalledWith(channel, { filters: [] });
      expect(ipcInvoke.mock.lastCall).toHaveLength(2);
    }
    expect(new Set([SAVE_FILE_CHANNEL, PICK_FILE_CHANNEL, PRINT_PDF_CHANNEL, IPC_CHANNEL]).size).toBe(4);
  });
});
