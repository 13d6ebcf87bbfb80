// Types for start-decision.mjs, so the TypeScript tests can import it.
export declare const READY_MARKER: string;
export declare const NATIVE_BINDING_ENV: string;

export type ElectronOutcome =
  | { kind: 'electron-missing'; reason: string }
  | { kind: 'native-failed'; reason: string }
  | { kind: 'spawn-failed'; reason: string }
  | { kind: 'exited'; code: number | null; signal: string | null; ready: boolean };

export type StartDecision = { action: 'exit'; code: number } | { action: 'fallback'; message: string };

export declare function parseStartArgs(
  args: readonly string[],
  cwd: string,
): { ok: true; dbPath: string | null } | { ok: false; message: string };
export declare function locateElectron(
  loadElectronPath: () => unknown,
  fileExists: (file: string) => boolean,
): { ok: true; path: string } | { ok: false; reason: string };
export declare function fallbackMessage(reason: string): string;
export declare function decideAfterElectron(outcome: ElectronOutcome): StartDecision;
export declare function electronArgs(appDir: string, dbPath: string | null): string[];
export declare function bridgeArgs(webEntry: string, dbPath: string | null): string[];
export declare function findBridgeUrl(line: string): string | null;
export declare function browserCommand(
  platform: string,
  url: string,
  env: NodeJS.ProcessEnv,
): { command: string; args: string[] } | null;
