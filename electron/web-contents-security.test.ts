import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createAppUrlRules } from './trusted-url';
import { denyPopupsAndWebviews, restrictNavigation } from './web-contents-security';

const PAGE = 'file:///app/dist/renderer/index.html';
const rules = createAppUrlRules(PAGE, { caseInsensitive: false });

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron: an event object with preventDefault; reports whether it was prevented. */
  fire(name: string, details: object): boolean {
    const preventDefault = vi.fn();
    this.emit(name, { ...details, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

function setup() {
  const contents = new FakeWebContents();
  denyPopupsAndWebviews(contents as unknown as WebContents);
  restrictNavigation(contents as unknown as WebContents, rules.isAppPage, () => undefined);
  return contents;
}

describe('denyPopupsAndWebviews', () => {
  it.each(['https://example.com/', PAGE, 'file:///tmp/x.html', 'javascript:alert(1)'])(
    'denies window.open(%s)',
    (url) => {
      expect(setup().windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    },
  );

  it('prevents attaching a webview', () => {
    expect(setup().fire('will-attach-webview', {})).toBe(true);
  });
});

describe('restrictNavigation', () => {
  it('lets the main frame reload the app page', () => {
    const contents = setup();
    expect(contents.fire('will-navigate', { url: PAGE })).toBe(false);
    expect(contents.fire('will-frame-navigate', { url: `${PAGE}#/`, isMainFrame: true })).toBe(false);
    expect(contents.fire('will-redirect', { url: PAGE })).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1.evil.com/',
    'file:///tmp/evil.html',
    'file://evil/app/dist/renderer/index.html',
    'data:text/html,<h1>x</h1>',
    'javascript:alert(1)',
  ])('prevents navigating to %s', (url) => {
    const contents = setup();
    expect(contents.fire('will-navigate', { url })).toBe(true);
    expect(contents.fire('will-frame-navigate', { url, isMainFrame: true })).toBe(true);
    expect(contents.fire('will-redirect', { url })).toBe(true);
  });

  it('prevents any frame navigation, even to the app page', () => {
    expect(setup().fire('will-frame-navigate', { url: PAGE, isMainFrame: false })).toBe(true);
  });
});
