// The decisions `npm start` makes, kept pure so they are unit-tested (electron/start-decision.test.ts):
// open the Electron window when it can start, otherwise the same window in the browser via the bridge.
import path from 'node:path';

/** Printed by the Electron main process once the window is on screen (see electron/launch-options.ts). */
export const READY_MARKER = 'ecourt-plan:window-ready';

/** How start.mjs hands the Electron build of better-sqlite3 to the main process. */
export const NATIVE_BINDING_ENV = 'ECOURT_NATIVE_BINDING';

/**
 * Reads `--db PATH` or `--db=PATH`; the path is made absolute here, since Electron and the bridge
 * may not share our working directory's idea of a relative path.
 * @param {readonly string[]} args the arguments after the script name
 * @param {string} cwd
 * @returns {{ ok: true, dbPath: string | null } | { ok: false, message: string }}
 */
export function parseStartArgs(args, cwd) {
  let dbPath = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    let value;
    if (arg === '--db') value = args[++i];
    else if (arg.startsWith('--db=')) value = arg.slice('--db='.length);
    else
      return { ok: false, message: `Tham số không hợp lệ: ${arg}. Cách dùng: npm start -- [--db ĐƯỜNG_DẪN]` };
    if (!value || value.startsWith('--')) {
      return { ok: false, message: 'Thiếu đường dẫn tệp dữ liệu sau --db.' };
    }
    dbPath = path.resolve(cwd, value);
  }
  return { ok: true, dbPath };
}

/**
 * The `electron` package's main export is the binary's path, or it throws when the binary was never
 * downloaded; the file itself can still be missing (a cleaned cache, an antivirus quarantine).
 * @param {() => unknown} loadElectronPath
 * @param {(file: string) => boolean} fileExists
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function locateElectron(loadElectronPath, fileExists) {
  let binary;
  try {
    binary = loadElectronPath();
  } catch {
    return { ok: false, reason: 'chưa tải tệp chạy Electron về máy' };
  }
  if (typeof binary !== 'string' || binary === '')
    return { ok: false, reason: 'chưa tải tệp chạy Electron về máy' };
  if (!fileExists(binary)) return { ok: false, reason: `không tìm thấy tệp chạy Electron tại ${binary}` };
  return { ok: true, path: binary };
}

/** @param {string} reason */
export function fallbackMessage(reason) {
  return `Không khởi động được Electron (${reason}). Ứng dụng sẽ mở trong trình duyệt thay thế.`;
}

/**
 * @typedef {{ kind: 'electron-missing', reason: string }
 *   | { kind: 'native-failed', reason: string }
 *   | { kind: 'spawn-failed', reason: string }
 *   | { kind: 'exited', code: number | null, signal: string | null, ready: boolean }} ElectronOutcome
 * @typedef {{ action: 'exit', code: number } | { action: 'fallback', message: string }} StartDecision
 */

/**
 * What to do once Electron has had its chance. Only a failure before the window appeared falls back:
 * a crash after an hour of use, or a clean exit (e.g. a second start handing over to the first window),
 * must not pop up a browser.
 * @param {ElectronOutcome} outcome
 * @returns {StartDecision}
 */
export function decideAfterElectron(outcome) {
  switch (outcome.kind) {
    case 'electron-missing':
      return { action: 'fallback', message: fallbackMessage(outcome.reason) };
    case 'native-failed':
      return {
        action: 'fallback',
        message: fallbackMessage(`không chuẩn bị được thư viện SQLite cho Electron: ${outcome.reason}`),
      };
    case 'spawn-failed':
      return {
        action: 'fallback',
        message: fallbackMessage(`không chạy được tệp Electron: ${outcome.reason}`),
      };
    case 'exited': {
      const failed = outcome.signal !== null || outcome.code !== 0;
      if (outcome.ready || !failed) return { action: 'exit', code: outcome.code ?? 1 };
      const how = outcome.signal !== null ? `tín hiệu ${outcome.signal}` : `mã thoát ${outcome.code}`;
      return { action: 'fallback', message: fallbackMessage(`Electron dừng ngay khi khởi động, ${how}`) };
    }
  }
}

/**
 * @param {string} appDir
 * @param {string | null} dbPath
 */
export function electronArgs(appDir, dbPath) {
  return [appDir, ...(dbPath ? ['--db', dbPath] : [])];
}

/**
 * @param {string} webEntry
 * @param {string | null} dbPath
 */
export function bridgeArgs(webEntry, dbPath) {
  return [webEntry, ...(dbPath ? ['--db', dbPath] : [])];
}

/**
 * The bridge prints its address (with the one-time token); the first local http URL in its output is it.
 * @param {string} line
 * @returns {string | null}
 */
export function findBridgeUrl(line) {
  const match = /\bhttp:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+(?:\/[^\s"'<>]*)?/.exec(line);
  return match ? match[0] : null;
}

/**
 * How to open the default browser without a shell (a token URL's `&` must not be parsed by cmd.exe),
 * or null where no one would see a browser: CI, or Linux without a display.
 * @param {string} platform
 * @param {string} url
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ command: string, args: string[] } | null}
 */
export function browserCommand(platform, url, env) {
  if (env.CI) return null;
  if (platform === 'win32') return { command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}
