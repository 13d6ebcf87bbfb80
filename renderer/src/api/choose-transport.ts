/**
 * Chosen once at start: Electron's preload when it is there, else the local HTTP bridge and the
 * browser's own downloads and file input. Nothing else in the window asks which one it runs on.
 */
import type { ApiTransport } from '../../../shared/api/contract';
import { browserPlatform } from '../files/browser-platform';
import { preloadPlatform } from '../files/preload-platform';
import type { WindowPlatform } from '../files/window-platform';
import './ecourt-global';
import { takeBridgeToken } from './bridge-token';
import { createHttpTransport } from './http-transport';

export function chooseTransport(): { api: ApiTransport; platform: WindowPlatform } {
  const preload = window.ecourt;
  if (preload)
    return { api: (method, input) => preload.invoke(method, input), platform: preloadPlatform(preload) };
  return {
    api: createHttpTransport(takeBridgeToken(window.location, window.history, window.sessionStorage)),
    platform: browserPlatform,
  };
}
