/**
 * Keeps every web page of the app where it belongs: no new windows, no webviews, and the main
 * window navigates to nothing but the app page. External links are not opened either: the plan
 * has none, and users are often offline, so "deny all" costs nothing and closes the door.
 */
import type { WebContents } from 'electron';

/** For every WebContents the app ever creates (registered on app 'web-contents-created'). */
export function denyPopupsAndWebviews(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** For the main window: its main frame stays on the app page; the app has no frames, so frames go nowhere. */
export function restrictNavigation(
  contents: WebContents,
  isAppPage: (url: string) => boolean,
  warn: (message: string) => void = console.warn,
): void {
  contents.on('will-navigate', (event) => {
    if (isAppPage(event.url)) return;
    warn(`[navigation] blocked ${event.url}`);
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame && isAppPage(event.url)) return;
    warn(`[navigation] blocked ${event.isMainFrame ? '' : 'frame '}${event.url}`);
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (isAppPage(event.url)) return;
    event.preventDefault();
  });
}
