import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';
import { APP_PAGE_URL, answerAppRequest, registerAppProtocol } from './app-protocol';
import { createAppUrlRules, isAllowedRequest } from './trusted-url';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-app-protocol-'));
const rendererDir = path.join(root, 'renderer');
fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kế hoạch</title>');
fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(root, 'ke-hoach.sqlite'), 'không được lộ');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app://ecourt-plan/: the window’s own scheme', () => {
  it('serves the page and its files from the renderer folder, with the CSP as a header', async () => {
    const page = answerAppRequest(rendererDir, APP_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('Kế hoạch');
    const script = answerAppRequest(rendererDir, 'app://ecourt-plan/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside that folder, and nothing for another host or scheme', () => {
    for (const url of [
      'app://ecourt-plan/../ke-hoach.sqlite',
      'app://ecourt-plan/%2e%2e/ke-hoach.sqlite',
      'app://ecourt-plan/..%2fke-hoach.sqlite',
      'app://ecourt-plan/assets/',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(answerAppRequest(rendererDir, url).status, url).toBe(404);
    }
  });

  it('registers one handler for its scheme', () => {
    const handlers: [string, (request: { url: string }) => Response][] = [];
    registerAppProtocol({ handle: (scheme, handler) => void handlers.push([scheme, handler]) }, rendererDir);
    expect(handlers.map(([scheme]) => scheme)).toEqual(['app']);
    expect(handlers[0]![1]({ url: APP_PAGE_URL }).status).toBe(200);
  });

  it('is the only origin the window trusts once the page is served from it: file:// is then refused', () => {
    const rules = createAppUrlRules(APP_PAGE_URL, { caseInsensitive: false });
    expect(rules.isAppPage('app://ecourt-plan/index.html')).toBe(true);
    expect(rules.isAppPage('app://ecourt-plan/index.html#t=1')).toBe(true);
    expect(rules.isAppPage('app://other/index.html')).toBe(false);
    expect(rules.isAppPage('file:///index.html')).toBe(false);
    expect(isAllowedRequest(rules, 'app://ecourt-plan/assets/app.js')).toBe(true);
    expect(isAllowedRequest(rules, 'file:///opt/ecourt-plan/dist/renderer/assets/app.js')).toBe(false);
    expect(isAllowedRequest(rules, 'https://example.com/')).toBe(false);
  });
});
