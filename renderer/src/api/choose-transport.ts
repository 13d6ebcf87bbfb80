/** Chosen once at start: Electron's preload when it is there, else the local HTTP bridge. */
import type { ApiTransport } from '../../../shared/api/contract';
import './ecourt-global';
import { httpTransport } from './http-transport';

export function chooseTransport(): ApiTransport {
  const preload = window.ecourt;
  if (preload) return (method, input) => preload.invoke(method, input);
  return httpTransport;
}
