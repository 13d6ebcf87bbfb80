/**
 * Locks down the window's session: no permissions beyond what the app page needs,
 * no request leaving the app's own files, and the CSP header on every response.
 */
import type { Session } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';
import { type AppUrlRules, isAllowedRequest } from './trusted-url';

/**
 * The only permissions granted, and only to the app page and its main frame: meeting mode's
 * full screen and copying text (sanitized write). Camera, microphone, location, notifications,
 * clipboard reading, devices, external protocols: always refused.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  request: { requestingUrl?: string; isMainFrame: boolean },
  rules: AppUrlRules,
): boolean {
  return (
    GRANTED_PERMISSIONS.has(permission) &&
    request.isMainFrame &&
    request.requestingUrl !== undefined &&
    rules.isAppPage(request.requestingUrl)
  );
}

export function hardenSession(
  session: Session,
  rules: AppUrlRules,
  warn: (message: string) => void = console.warn,
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details, rules);
    if (!granted) warn(`[session] refused permission ${permission} for ${details.requestingUrl}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, _origin, details) =>
    isPermissionGranted(permission, details, rules),
  );
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(rules, details.url);
    if (!allowed) warn(`[session] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
