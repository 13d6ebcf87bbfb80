import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bridgeArgs,
  browserCommand,
  decideAfterElectron,
  electronArgs,
  findBridgeUrl,
  locateElectron,
  parseStartArgs,
} from '../scripts/start-decision.mjs';

const VIETNAMESE_FALLBACK =
  /^Không khởi động được Electron \(.+\)\. Ứng dụng sẽ mở trong trình duyệt thay thế\.$/;

describe('locateElectron', () => {
  it('reports a missing binary when the electron package throws (download skipped)', () => {
    const result = locateElectron(
      () => {
        throw new Error(
          'Electron failed to install correctly, please delete node_modules/electron and try installing again',
        );
      },
      () => true,
    );
    expect(result).toEqual({ ok: false, reason: 'chưa tải tệp chạy Electron về máy' });
  });

  it('reports a missing binary when the path it names is not there', () => {
    const result = locateElectron(
      () => '/app/node_modules/electron/dist/electron',
      () => false,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'không tìm thấy tệp chạy Electron tại /app/node_modules/electron/dist/electron',
    });
  });

  it('returns the binary when it exists', () => {
    const binary = '/app/node_modules/electron/dist/electron';
    expect(
      locateElectron(
        () => binary,
        (file) => file === binary,
      ),
    ).toEqual({ ok: true, path: binary });
  });
});

describe('decideAfterElectron', () => {
  it('falls back to the browser, in Vietnamese, when Electron is missing', () => {
    const decision = decideAfterElectron({
      kind: 'electron-missing',
      reason: 'chưa tải tệp chạy Electron về máy',
    });
    expect(decision).toEqual({
      action: 'fallback',
      message:
        'Không khởi động được Electron (chưa tải tệp chạy Electron về máy). Ứng dụng sẽ mở trong trình duyệt thay thế.',
    });
  });

  it('falls back when the native module could not be prepared, or the binary could not run', () => {
    for (const kind of ['native-failed', 'spawn-failed'] as const) {
      const decision = decideAfterElectron({ kind, reason: 'EACCES' });
      expect(decision.action).toBe('fallback');
      expect(decision.action === 'fallback' && decision.message).toMatch(VIETNAMESE_FALLBACK);
      expect(decision.action === 'fallback' && decision.message).toContain('EACCES');
    }
  });

  it('falls back when Electron fails before its window appears', () => {
    const crashed = decideAfterElectron({ kind: 'exited', code: 1, signal: null, ready: false });
    expect(crashed.action === 'fallback' && crashed.message).toMatch(VIETNAMESE_FALLBACK);
    expect(crashed.action === 'fallback' && crashed.message).toContain('mã thoát 1');
    const killed = decideAfterElectron({ kind: 'exited', code: null, signal: 'SIGSEGV', ready: false });
    expect(killed.action === 'fallback' && killed.message).toContain('tín hiệu SIGSEGV');
  });

  it('just exits after a window was shown, whatever the code: no browser popping up after a session', () => {
    expect(decideAfterElectron({ kind: 'exited', code: 0, signal: null, ready: true })).toEqual({
      action: 'exit',
      code: 0,
    });
    expect(decideAfterElectron({ kind: 'exited', code: 3, signal: null, ready: true })).toEqual({
      action: 'exit',
      code: 3,
    });
    expect(decideAfterElectron({ kind: 'exited', code: null, signal: 'SIGTERM', ready: true })).toEqual({
      action: 'exit',
      code: 1,
    });
  });

  it('just exits on a clean exit before any window (a second start handing over to the first)', () => {
    expect(decideAfterElectron({ kind: 'exited', code: 0, signal: null, ready: false })).toEqual({
      action: 'exit',
      code: 0,
    });
  });
});

describe('parseStartArgs', () => {
  const cwd = path.resolve('/work/du-an');

  it('accepts nothing, --db PATH and --db=PATH, making the path absolute', () => {
    expect(parseStartArgs([], cwd)).toEqual({ ok: true, dbPath: null });
    expect(parseStartArgs(['--db', 'a.sqlite'], cwd)).toEqual({
      ok: true,
      dbPath: path.resolve(cwd, 'a.sqlite'),
    });
    expect(parseStartArgs(['--db=/d/b.sqlite'], cwd)).toEqual({
      ok: true,
      dbPath: path.resolve('/d/b.sqlite'),
    });
  });

  it('refuses a missing path or an unknown argument, in Vietnamese', () => {
    expect(parseStartArgs(['--db'], cwd)).toEqual({
      ok: false,
      message: 'Thiếu đường dẫn tệp dữ liệu sau --db.',
    });
    expect(parseStartArgs(['--db', '--port'], cwd)).toMatchObject({ ok: false });
    expect(parseStartArgs(['--port', '80'], cwd)).toEqual({
      ok: false,
      message: 'Tham số không hợp lệ: --port. Cách dùng: npm start -- [--db ĐƯỜNG_DẪN]',
    });
  });
});

describe('command lines', () => {
  it('forwards --db to Electron and to the bridge only when given', () => {
    expect(electronArgs('/app', null)).toEqual(['/app']);
    expect(electronArgs('/app', '/d/a.sqlite')).toEqual(['/app', '--db', '/d/a.sqlite']);
    expect(bridgeArgs('/app/dist/node/web.cjs', null)).toEqual(['/app/dist/node/web.cjs']);
    expect(bridgeArgs('/app/dist/node/web.cjs', '/d/a.sqlite')).toEqual([
      '/app/dist/node/web.cjs',
      '--db',
      '/d/a.sqlite',
    ]);
  });
});

describe('findBridgeUrl', () => {
  it('finds the printed local address with its token', () => {
    expect(
      findBridgeUrl('Mở địa chỉ sau (chỉ dùng trên máy này): http://127.0.0.1:53012/?token=ab_c-1'),
    ).toBe('http://127.0.0.1:53012/?token=ab_c-1');
    expect(
      findBridgeUrl('Mở địa chỉ sau (chỉ dùng trên máy này): http://127.0.0.1:44727/?t=zpKKZnPL-3cM7qo_Aj13'),
    ).toBe('http://127.0.0.1:44727/?t=zpKKZnPL-3cM7qo_Aj13');
    expect(findBridgeUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    // The bridge's own form: the token in the fragment, which the browser sends to no server.
    expect(
      findBridgeUrl('Mở địa chỉ sau (chỉ dùng trên máy này): http://127.0.0.1:44727/#t=zpKKZnPL-3cM7qo_Aj13'),
    ).toBe('http://127.0.0.1:44727/#t=zpKKZnPL-3cM7qo_Aj13');
  });

  it('ignores lines without a local address', () => {
    expect(findBridgeUrl('Kế hoạch Tòa án điện tử đang chạy trong trình duyệt.')).toBeNull();
    expect(findBridgeUrl('see https://example.com:443/x')).toBeNull();
    expect(findBridgeUrl('http://127.0.0.1.evil.com:80/')).toBeNull();
  });
});

describe('browserCommand', () => {
  const url = 'http://127.0.0.1:5000/?token=a&b=c';

  it('opens the browser without a shell on each platform', () => {
    expect(browserCommand('win32', url, {})).toEqual({
      command: 'rundll32.exe',
      args: ['url.dll,FileProtocolHandler', url],
    });
    expect(browserCommand('darwin', url, {})).toEqual({ command: 'open', args: [url] });
    expect(browserCommand('linux', url, { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('linux', url, { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({
      command: 'xdg-open',
      args: [url],
    });
  });

  it('does not try on CI or on Linux without a display', () => {
    expect(browserCommand('win32', url, { CI: 'true' })).toBeNull();
    expect(browserCommand('linux', url, {})).toBeNull();
  });
});
