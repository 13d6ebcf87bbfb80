/**
 * The object the preload exposes, built from an injected IPC function so it can be tested
 * without Electron. It carries five functions, each bound to its own channel; no Electron object
 * ever crosses into the page, and main validates every payload again.
 */
import { IPC_CHANNEL, isApiMethod } from '../shared/api/contract';
import { MENU_COMMAND_CHANNEL, type PreloadApi, isMenuCommand } from '../shared/api/preload-api';
import { PICK_FILE_CHANNEL, PRINT_PDF_CHANNEL, SAVE_FILE_CHANNEL } from '../shared/files/file-transfer';

/** ipcRenderer.invoke's shape, without ipcRenderer itself. */
export type IpcInvoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** ipcRenderer.on for one channel, with the event object left out; returns the unsubscribe. */
export type IpcListen = (channel: string, listener: (payload: unknown) => void) => () => void;

export const UNKNOWN_METHOD_MESSAGE = 'Yêu cầu không được hỗ trợ.';

export function createPreloadApi(ipcInvoke: IpcInvoke, ipcListen: IpcListen): PreloadApi {
  const api = {
    invoke(method, input) {
      // The page is untrusted input: its types are only a promise, so the method is checked here too.
      if (!isApiMethod(method)) return Promise.reject(new Error(UNKNOWN_METHOD_MESSAGE));
      return ipcInvoke(IPC_CHANNEL, method, input);
    },
    saveFile: (request) => ipcInvoke(SAVE_FILE_CHANNEL, request),
    pickFile: (request) => ipcInvoke(PICK_FILE_CHANNEL, request),
    printTimelinePdf: (request) => ipcInvoke(PRINT_PDF_CHANNEL, request),
    onMenuCommand: (listener) =>
      // Only the known commands reach the page, whatever is sent on the channel.
      ipcListen(MENU_COMMAND_CHANNEL, (payload) => {
        if (isMenuCommand(payload)) listener(payload);
      }),
  } satisfies PreloadApi;
  return Object.freeze(api);
}
