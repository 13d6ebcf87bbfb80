// `npm start` (after the build): opens the Electron window; where Electron cannot start
// (binary missing, locked-down laptop), serves the same window through the local bridge in the browser.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';
import {
  NATIVE_BINDING_ENV,
  READY_MARKER,
  bridgeArgs,
  browserCommand,
  decideAfterElectron,
  electronArgs,
  findBridgeUrl,
  locateElectron,
  parseStartArgs,
} from './start-decision.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Forwards a child's stdout line by line, letting the caller look at each line first.
 * @param {import('node:stream').Readable} stream
 * @param {(line: string) => boolean} consume returns true when the line must not be echoed
 */
function watchLines(stream, consume) {
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (!consume(line)) process.stdout.write(`${line}\n`);
  });
}

/**
 * Stops the child when we are asked to stop. Ctrl+C already reaches it through the terminal,
 * so SIGINT is only kept from killing us before the child has finished.
 * @param {import('node:child_process').ChildProcess} child
 */
function relaySignals(child) {
  const ignore = () => undefined;
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', ignore);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  child.on('close', () => {
    process.off('SIGINT', ignore);
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
  });
}

/**
 * @param {string | null} dbPath
 * @returns {Promise<import('./start-decision.mjs').ElectronOutcome>}
 */
async function runElectron(dbPath) {
  const located = locateElectron(() => require('electron'), fs.existsSync);
  if (!located.ok) return { kind: 'electron-missing', reason: located.reason };

  let nativeBinding;
  try {
    nativeBinding = ensureElectronNative({ projectRoot });
  } catch (error) {
    return { kind: 'native-failed', reason: describe(error) };
  }

  const env = { ...process.env, [NATIVE_BINDING_ENV]: nativeBinding };
  // Left over from an editor's terminal, it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;

  return new Promise((resolve) => {
    let ready = false;
    const child = spawn(located.path, electronArgs(projectRoot, dbPath), {
      cwd: projectRoot,
      env,
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    relaySignals(child);
    child.on('error', (error) => resolve({ kind: 'spawn-failed', reason: describe(error) }));
    if (child.stdout) {
      watchLines(child.stdout, (line) => {
        if (line.trim() !== READY_MARKER) return false;
        ready = true;
        return true;
      });
    }
    child.on('close', (code, signal) => resolve({ kind: 'exited', code, signal, ready }));
  });
}

/** @param {string} url */
function openBrowser(url) {
  const command = browserCommand(process.platform, url, process.env);
  if (!command) return;
  try {
    const opener = spawn(command.command, command.args, { stdio: 'ignore', detached: true });
    // Not being able to open a browser is fine: the address is printed for the user to open.
    opener.on('error', () => undefined);
    opener.unref();
  } catch {
    // Same as above.
  }
}

/**
 * @param {string | null} dbPath
 * @returns {Promise<number>}
 */
function runBridge(dbPath) {
  const webEntry = path.join(projectRoot, 'dist', 'node', 'web.cjs');
  if (!fs.existsSync(webEntry)) {
    console.error('Chưa có bản dựng của máy chủ cục bộ (dist/node/web.cjs). Hãy chạy: npm run build');
    return Promise.resolve(1);
  }
  return new Promise((resolve) => {
    let opened = false;
    const child = spawn(process.execPath, bridgeArgs(webEntry, dbPath), {
      cwd: projectRoot,
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    relaySignals(child);
    if (child.stdout) {
      watchLines(child.stdout, (line) => {
        const url = opened ? null : findBridgeUrl(line);
        if (url) {
          opened = true;
          openBrowser(url);
        }
        return false;
      });
    }
    child.on('error', (error) => {
      console.error(`Không chạy được máy chủ cục bộ: ${describe(error)}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const args = parseStartArgs(process.argv.slice(2), process.cwd());
if (!args.ok) {
  console.error(args.message);
  process.exit(2);
}

const decision = decideAfterElectron(await runElectron(args.dbPath));
if (decision.action === 'exit') process.exit(decision.code);
console.error(decision.message);
process.exit(await runBridge(args.dbPath));
