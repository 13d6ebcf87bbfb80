/**
 * What the Electron preload puts on `window.ecourt`: one function and nothing else.
 * Declared here so the preload (which checks itself against it) and the renderer share one type.
 */
import type { ApiTransport } from './contract';

/** The global name the preload exposes the API under. */
export const PRELOAD_GLOBAL_NAME = 'ecourt';

export type PreloadApi = {
  /** Calls one contract method; unknown methods are refused before anything leaves the window. */
  readonly invoke: ApiTransport;
};
