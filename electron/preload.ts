/**
 * Runs in the sandboxed preload: exposes `window.ecourt` (see shared/api/preload-api.ts) and nothing else.
 * ipcRenderer stays here, wrapped; passing it through would give the page every channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL_NAME } from '../shared/api/preload-api';
import { createPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld(
  PRELOAD_GLOBAL_NAME,
  createPreloadApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => void ipcRenderer.removeListener(channel, handler);
    },
  ),
);
