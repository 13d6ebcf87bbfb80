/**
 * What the main process needs from its command line and environment, read by pure functions.
 * The two constants are shared with scripts/start-decision.mjs (a test keeps them equal).
 */
import path from 'node:path';

/** Set by scripts/start.mjs: the better-sqlite3 build for Electron's ABI (the one in node_modules is Node's). */
export const NATIVE_BINDING_ENV = 'ECOURT_NATIVE_BINDING';

/** Printed once the window is on screen, so `npm start` knows Electron really started. */
export const READY_MARKER = 'ecourt-plan:window-ready';

/** `--db PATH` or `--db=PATH`, wherever Electron or Chromium put it among their own arguments. */
export function databaseArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : undefined;
    }
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length) || undefined;
  }
  return undefined;
}

export type LaunchOptions = { databasePath: string; nativeBinding?: string };

export function resolveLaunchOptions(input: {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  isPackaged: boolean;
  defaultDatabasePath: () => string;
}): LaunchOptions {
  const fromArgs = databaseArgument(input.argv);
  const databasePath = fromArgs ? path.resolve(input.cwd, fromArgs) : input.defaultDatabasePath();
  // A packaged app's module was rebuilt for Electron by electron-builder; never load native code named by the environment there.
  const nativeBinding = input.isPackaged ? undefined : input.env[NATIVE_BINDING_ENV] || undefined;
  return nativeBinding ? { databasePath, nativeBinding } : { databasePath };
}
