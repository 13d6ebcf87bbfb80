/**
 * The bridge's access token in the browser. The printed address carries it in the fragment (#t=…),
 * which the browser sends to no server; the page moves it into this tab's sessionStorage (kept per
 * origin, so per port: no page on another local port can read it) and removes it from the address
 * bar, so it is not left in history or shown on a projector.
 */
const STORAGE_KEY = 'ecourt-plan.bridge-token';

export function takeBridgeToken(location: Location, history: History, storage: Storage): string | null {
  const match = /^#t=([A-Za-z0-9_-]{16,200})$/.exec(location.hash);
  if (match) {
    storage.setItem(STORAGE_KEY, match[1]!);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return match[1]!;
  }
  return storage.getItem(STORAGE_KEY);
}
