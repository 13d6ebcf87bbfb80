/** The one declaration of what Electron's preload puts on `window` (absent in a plain browser). */
import type { PreloadApi } from '../../../shared/api/preload-api';

declare global {
  interface Window {
    ecourt?: PreloadApi;
  }
}

export {};
