import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../shared/api/contract';
import type { ApiDispatcher } from '../shared/api/dispatcher';
import { registerApiHandler, UNTRUSTED_SENDER_MESSAGE } from './ipc';
import { createAppUrlRules } from './trusted-url';

const PAGE = 'file:///app/dist/renderer/index.html';
const rules = createAppUrlRules(PAGE, { caseInsensitive: false });

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => void listeners.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => void listeners.delete(channel)),
  };
  const dispatch = vi.fn<ApiDispatcher>(async () => ({ ok: true, value: 'đã xử lý' }));
  const unregister = registerApiHandler({ ipcMain, dispatch, isAppPage: rules.isAppPage });
  const call = (senderFrame: unknown, ...args: unknown[]) => {
    const listener = listeners.get(IPC_CHANNEL);
    if (!listener) throw new Error('no handler');
    return listener({ senderFrame } as IpcMainInvokeEvent, ...args);
  };
  return { ipcMain, dispatch, unregister, call };
}

describe('registerApiHandler', () => {
  it('registers exactly one handler, on the contract channel', () => {
    const { ipcMain } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe(IPC_CHANNEL);
  });

  it("hands the app page's calls to the dispatcher unchanged", async () => {
    const { call, dispatch } = setup();
    await expect(call({ url: `${PAGE}#/`, parent: null }, 'getPlanView', { planId: 'p' })).resolves.toEqual({
      ok: true,
      value: 'đã xử lý',
    });
    expect(dispatch).toHaveBeenCalledWith('getPlanView', { planId: 'p' });
  });

  it.each([
    ['another page', { url: 'file:///tmp/evil.html', parent: null }],
    ['a remote page', { url: 'https://example.com/', parent: null }],
    ['a sub-frame showing the app page', { url: PAGE, parent: { url: 'file:///tmp/evil.html' } }],
    ['a destroyed frame', null],
  ])('refuses %s without dispatching', async (_name, frame) => {
    const { call, dispatch } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => call(frame, 'listPlans', {})).toThrow(UNTRUSTED_SENDER_MESSAGE);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses when reading the sender frame fails', () => {
    const { ipcMain, dispatch } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listener = ipcMain.handle.mock.calls[0]?.[1];
    const event = Object.defineProperty({}, 'senderFrame', {
      get() {
        throw new Error('Render frame was disposed');
      },
    }) as IpcMainInvokeEvent;
    expect(() => listener?.(event, 'listPlans', {})).toThrow(UNTRUSTED_SENDER_MESSAGE);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes its handler when asked', () => {
    const { unregister, ipcMain } = setup();
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNEL);
  });
});
