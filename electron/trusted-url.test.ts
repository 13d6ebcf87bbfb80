import { describe, expect, it } from 'vitest';
import { createAppUrlRules, isAllowedRequest } from './trusted-url';

const PAGE = 'file:///home/an/ecourt-plan/dist/renderer/index.html';
const rules = createAppUrlRules(PAGE, { caseInsensitive: false });

describe('isAppPage', () => {
  it('trusts the exact page, with or without a fragment', () => {
    expect(rules.isAppPage(PAGE)).toBe(true);
    expect(rules.isAppPage(`${PAGE}#/ke-hoach`)).toBe(true);
    // The parser canonicalises these spellings to the same URL.
    expect(rules.isAppPage('FILE:///home/an/ecourt-plan/dist/renderer/index.html')).toBe(true);
    expect(rules.isAppPage('file://localhost/home/an/ecourt-plan/dist/renderer/index.html')).toBe(true);
  });

  it.each([
    ['another host', 'file://evil/home/an/ecourt-plan/dist/renderer/index.html'],
    ['a host that looks like the path', 'file://home/an/ecourt-plan/dist/renderer/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http with the page as path', 'http://127.0.0.1/home/an/ecourt-plan/dist/renderer/index.html'],
    ['a look-alike host', 'http://127.0.0.1.evil.com/index.html'],
    ['userinfo in http', `http://${PAGE.replace('file://', '')}@evil.com/`],
    ['userinfo in file', 'file://user:pw@/home/an/ecourt-plan/dist/renderer/index.html'],
    ['the page as a query of another file', `file:///tmp/evil.html?${PAGE}`],
    ['the page as a fragment of another file', `file:///tmp/evil.html#${PAGE}`],
    ['a different file in the same folder', 'file:///home/an/ecourt-plan/dist/renderer/other.html'],
    ['a file elsewhere', 'file:///tmp/index.html'],
    ['the folder', 'file:///home/an/ecourt-plan/dist/renderer/'],
    ['a longer name', 'file:///home/an/ecourt-plan/dist/renderer/index.html.evil'],
    ['a page with a query', `${PAGE}?inject=1`],
    ['.. out and back into another folder', 'file:///home/an/ecourt-plan/dist/renderer/../evil/index.html'],
    ['an encoded slash', 'file:///home/an/ecourt-plan/dist/renderer/..%2f..%2findex.html'],
    ['an encoded backslash', 'file:///home/an/ecourt-plan/dist/renderer%5cindex.html'],
    ['bad percent-encoding', 'file:///home/an/ecourt-plan/dist/renderer/%E0%A4%A.html'],
    ['not a URL', 'dist/renderer/index.html'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(rules.isAppPage(url)).toBe(false);
  });

  it('resolves dot segments before deciding, so a detour that ends at the page is the page', () => {
    expect(rules.isAppPage('file:///home/an/ecourt-plan/dist/x/../renderer/index.html')).toBe(true);
    expect(rules.isAppPage('file:///home/an/ecourt-plan/dist/renderer/%2e%2e/renderer/index.html')).toBe(
      true,
    );
  });

  it('matches names whatever their percent-encoding, including Vietnamese folder names', () => {
    const vietnamese = createAppUrlRules(
      'file:///C:/Users/Nguy%E1%BB%85n%20An/app/dist/renderer/index.html',
      {
        caseInsensitive: true,
      },
    );
    expect(vietnamese.isAppPage('file:///C:/Users/Nguyễn An/app/dist/renderer/index.html')).toBe(true);
    // Chromium upper-cases the drive letter; Windows ignores case.
    expect(vietnamese.isAppPage('file:///c:/users/NGUYỄN AN/app/dist/renderer/index.html')).toBe(true);
    expect(vietnamese.isAppPage('file:///C:/Users/Nguyen An/app/dist/renderer/index.html')).toBe(false);
  });

  it('keeps case significant where the file system does', () => {
    expect(rules.isAppPage('file:///home/an/ecourt-plan/dist/renderer/INDEX.html')).toBe(false);
  });

  it('refuses to build rules from something that is not a local file page', () => {
    expect(() => createAppUrlRules('http://127.0.0.1/index.html', { caseInsensitive: false })).toThrow();
    expect(() => createAppUrlRules('file:///home/an/dist/renderer/', { caseInsensitive: false })).toThrow();
  });
});

describe('isAppResource', () => {
  it('allows the page and files inside its folder', () => {
    expect(rules.isAppResource(PAGE)).toBe(true);
    expect(rules.isAppResource('file:///home/an/ecourt-plan/dist/renderer/assets/index-abc123.js')).toBe(
      true,
    );
    expect(rules.isAppResource('file:///home/an/ecourt-plan/dist/renderer/assets/font.woff2')).toBe(true);
  });

  it.each([
    ['a sibling folder sharing the prefix', 'file:///home/an/ecourt-plan/dist/renderer-evil/x.js'],
    ['.. out of the folder', 'file:///home/an/ecourt-plan/dist/renderer/../electron/main.cjs'],
    [
      'encoded .. out of the folder',
      'file:///home/an/ecourt-plan/dist/renderer/%2e%2e/%2E%2E/ke-hoach.sqlite',
    ],
    ['an encoded slash', 'file:///home/an/ecourt-plan/dist/renderer/..%2f..%2fpackage.json'],
    ['the folder itself', 'file:///home/an/ecourt-plan/dist/renderer/'],
    ['a sub-folder listing', 'file:///home/an/ecourt-plan/dist/renderer/assets/'],
    ['a remote host', 'file://evil/home/an/ecourt-plan/dist/renderer/assets/x.js'],
    ['http', 'http://127.0.0.1/home/an/ecourt-plan/dist/renderer/assets/x.js'],
  ])('refuses %s', (_name, url) => {
    expect(rules.isAppResource(url)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('allows the app files and in-memory content', () => {
    expect(isAllowedRequest(rules, 'file:///home/an/ecourt-plan/dist/renderer/assets/app.css')).toBe(true);
    expect(isAllowedRequest(rules, 'data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequest(rules, 'blob:file:///0b1c2d3e-0000-4000-8000-000000000000')).toBe(true);
  });

  it.each([
    'https://example.com/tracker.js',
    'http://127.0.0.1:5173/',
    'ws://127.0.0.1:8080/',
    'ftp://example.com/x',
    'file:///etc/passwd',
    'file:///home/an/.local/share/ecourt-plan/ke-hoach.sqlite',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedRequest(rules, url)).toBe(false);
  });
});
