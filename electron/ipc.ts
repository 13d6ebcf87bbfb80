/**
 * The one IPC handler. Every call goes through the contract's dispatcher, and only
 * from the app's own top-level page: a frame or a page the window was tricked into showing gets nothing.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../shared/api/contract';
import type { ApiDispatcher } from '../shared/api/dispatcher';

/** The parts of Electron's WebFrameMain the check reads. */
export type SenderFrame = { readonly url: string; readonly parent: unknown };

export const UNTRUSTED_SENDER_MESSAGE = 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng.';

export function isTrustedSender(frame: SenderFrame | null, isAppPage: (url: string) => boolean): boolean {
  return frame !== null && frame.parent === null && isAppPage(frame.url);
}

export function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame | null {
  try {
    return event.senderFrame;
  } catch {
    // A frame that navigated away or was destroyed mid-call cannot be trusted.
    return null;
  }
}

export type ApiIpcOptions = {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dispatch: ApiDispatcher;
  isAppPage: (url: string) => boolean;
};

/** Registers the handler; the returned function removes it (for a clean shutdown and for tests). */
export function registerApiHandler({ ipcMain, dispatch, isAppPage }: ApiIpcOptions): () => void {
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = senderFrameOf(event);
    if (!isTrustedSender(frame, isAppPage)) {
      console.warn(`[ipc] refused a call from ${frame?.url ?? 'a destroyed frame'}`);
      throw new Error(UNTRUSTED_SENDER_MESSAGE);
    }
    return dispatch(method, input);
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
