import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, IPC_CHANNEL } from '../shared/api/contract';
import { createPreloadApi, type IpcInvoke, UNKNOWN_METHOD_MESSAGE } from './preload-api';

function setup() {
  const ipcInvoke = vi.fn<IpcInvoke>(async () => ({ ok: true, value: 'kết quả' }));
  return { ipcInvoke, api: createPreloadApi(ipcInvoke) };
}

describe('createPreloadApi', () => {
  it('exposes invoke and nothing else, and cannot be extended by the page', () => {
    const { api } = setup();
    expect(Reflect.ownKeys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
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
});
