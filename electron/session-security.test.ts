import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { hardenSession, isPermissionGranted } from './session-security';
import { createAppUrlRules } from './trusted-url';

const PAGE = 'file:///app/dist/renderer/index.html';
const rules = createAppUrlRules(PAGE, { caseInsensitive: false });

type RequestHandler = (
  wc: unknown,
  permission: string,
  cb: (granted: boolean) => void,
  details: object,
) => void;
type CheckHandler = (wc: unknown, permission: string, origin: string, details: object) => boolean;
type Listener = (details: object, cb: (response: object) => void) => void;

function fakeSession() {
  const handlers: {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: () => boolean;
    beforeRequest?: Listener;
    headers?: Listener;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h),
    webRequest: {
      onBeforeRequest: (l: Listener) => (handlers.beforeRequest = l),
      onHeadersReceived: (l: Listener) => (handlers.headers = l),
    },
  };
  hardenSession(session as unknown as Session, rules, () => undefined);
  return handlers;
}

function request(handlers: ReturnType<typeof fakeSession>, permission: string, details: object): boolean {
  const callback = vi.fn<(granted: boolean) => void>();
  handlers.request?.(null, permission, callback, details);
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]?.[0] ?? true;
}

describe('isPermissionGranted', () => {
  it('grants full screen and copying to the app page only', () => {
    for (const permission of ['fullscreen', 'clipboard-sanitized-write']) {
      expect(isPermissionGranted(permission, { requestingUrl: PAGE, isMainFrame: true }, rules)).toBe(true);
      expect(
        isPermissionGranted(permission, { requestingUrl: 'file:///tmp/x.html', isMainFrame: true }, rules),
      ).toBe(false);
      expect(isPermissionGranted(permission, { requestingUrl: PAGE, isMainFrame: false }, rules)).toBe(false);
      expect(isPermissionGranted(permission, { isMainFrame: true }, rules)).toBe(false);
    }
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fileSystem',
    'unknown',
  ])('refuses %s even to the app page', (permission) => {
    expect(isPermissionGranted(permission, { requestingUrl: PAGE, isMainFrame: true }, rules)).toBe(false);
  });
});

describe('hardenSession', () => {
  it('answers permission requests and checks with the same rule', () => {
    const handlers = fakeSession();
    expect(request(handlers, 'media', { requestingUrl: PAGE, isMainFrame: true })).toBe(false);
    expect(request(handlers, 'fullscreen', { requestingUrl: PAGE, isMainFrame: true })).toBe(true);
    expect(
      request(handlers, 'fullscreen', { requestingUrl: 'https://evil.example/', isMainFrame: true }),
    ).toBe(false);
    expect(
      handlers.check?.(null, 'geolocation', 'file:///', { requestingUrl: PAGE, isMainFrame: true }),
    ).toBe(false);
    expect(handlers.check?.(null, 'fullscreen', 'file:///', { requestingUrl: PAGE, isMainFrame: true })).toBe(
      true,
    );
    expect(handlers.device?.()).toBe(false);
  });

  it('cancels every request that is not one of the app files', () => {
    const handlers = fakeSession();
    const cancelled = (url: string) => {
      const callback = vi.fn<(response: object) => void>();
      handlers.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(cancelled('file:///app/dist/renderer/assets/index.js')).toEqual({ cancel: false });
    expect(cancelled('https://example.com/x.js')).toEqual({ cancel: true });
    expect(cancelled('file:///app/dist/electron/main.cjs')).toEqual({ cancel: true });
  });

  it('puts the policy on every response, replacing any other', () => {
    const handlers = fakeSession();
    const callback = vi.fn<(response: object) => void>();
    handlers.headers?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-A': ['b'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['b'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});
