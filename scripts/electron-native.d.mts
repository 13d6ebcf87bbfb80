// Types for electron-native.mjs, so the TypeScript tests can import it.
export declare const ELECTRON_HEADERS_URL: string;

export type NativeTarget = {
  projectRoot: string;
  electronVersion: string;
  sqliteVersion: string;
  platform: string;
  arch: string;
};

export type BuildPlan = { name: string; args: string[] };

export declare function nativeCachePath(target: NativeTarget): string;
export declare function buildPlans(tools: {
  electronVersion: string;
  platform: string;
  arch: string;
  prebuildInstall: string | null;
  nodeGyp: string | null;
}): BuildPlan[];
export declare function nodeGypCandidates(
  env: NodeJS.ProcessEnv,
  projectRoot: string,
  nodeExecutable: string,
): string[];
export declare function toolEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function ensureElectronNative(options: {
  projectRoot: string;
  electronVersion?: string;
  platform?: string;
  arch?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  run?: (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) => boolean;
  tools?: { prebuildInstall: string | null; nodeGyp: string | null };
}): string;
