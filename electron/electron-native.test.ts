import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildPlans,
  ELECTRON_HEADERS_URL,
  ensureElectronNative,
  nativeCachePath,
  nodeGypCandidates,
  toolEnvironment,
} from '../scripts/electron-native.mjs';

type Run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) => boolean;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A project with a fake better-sqlite3 whose Node build must never be touched. */
function fakeProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-native-'));
  roots.push(root);
  const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(sqlite, 'build', 'Release'), { recursive: true });
  fs.writeFileSync(
    path.join(sqlite, 'package.json'),
    JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }),
  );
  fs.writeFileSync(path.join(sqlite, 'binding.gyp'), '{}');
  fs.writeFileSync(path.join(sqlite, 'build', 'Release', 'better_sqlite3.node'), 'NODE BUILD');
  fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'node_modules', 'electron', 'package.json'),
    JSON.stringify({ version: '45.5.0' }),
  );
  return root;
}

/** A tool that "builds" by writing the Electron binary where the real tools put it. */
const buildsInto =
  (content: string): Run =>
  (_command, _args, cwd) => {
    // The copy must not carry the Node build along, or a failed download could pass for success.
    expect(fs.existsSync(path.join(cwd, 'build'))).toBe(false);
    fs.mkdirSync(path.join(cwd, 'build', 'Release'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), content);
    return true;
  };

const options = (root: string, run: Run) => ({
  projectRoot: root,
  platform: 'win32',
  arch: 'x64',
  run,
  log: () => undefined,
  tools: { prebuildInstall: '/nm/prebuild-install/bin.js', nodeGyp: '/npm/node-gyp.js' },
});

describe('nativeCachePath', () => {
  it('keys the cache by every version that changes the binary', () => {
    expect(
      nativeCachePath({
        projectRoot: '/p',
        electronVersion: '45.5.0',
        sqliteVersion: '12.11.1',
        platform: 'win32',
        arch: 'x64',
      }),
    ).toBe(
      path.join(
        '/p',
        '.cache',
        'electron-native',
        'electron-45.5.0-win32-x64',
        'better-sqlite3-12.11.1',
        'better_sqlite3.node',
      ),
    );
  });
});

describe('buildPlans', () => {
  it('tries the prebuilt download for Electron first, then a source build against Electron headers', () => {
    const plans = buildPlans({
      electronVersion: '45.5.0',
      platform: 'win32',
      arch: 'x64',
      prebuildInstall: '/nm/prebuild-install/bin.js',
      nodeGyp: '/npm/node-gyp.js',
    });
    expect(plans.map((plan) => plan.name)).toEqual(['prebuild-install', 'node-gyp']);
    expect(plans[0]?.args).toEqual([
      '/nm/prebuild-install/bin.js',
      '--runtime',
      'electron',
      '--target',
      '45.5.0',
      '--arch',
      'x64',
      '--platform',
      'win32',
    ]);
    expect(plans[1]?.args).toEqual([
      '/npm/node-gyp.js',
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=45.5.0',
      '--arch=x64',
      `--dist-url=${ELECTRON_HEADERS_URL}`,
    ]);
  });

  it('skips tools that are not there', () => {
    const tools = { electronVersion: '45.5.0', platform: 'linux', arch: 'x64' };
    expect(buildPlans({ ...tools, prebuildInstall: null, nodeGyp: '/g.js' }).map((p) => p.name)).toEqual([
      'node-gyp',
    ]);
    expect(buildPlans({ ...tools, prebuildInstall: null, nodeGyp: null })).toEqual([]);
  });
});

describe('nodeGypCandidates and toolEnvironment', () => {
  it("prefers npm's own node-gyp", () => {
    const candidates = nodeGypCandidates({ npm_config_node_gyp: '/npm/node-gyp.js' }, '/p', '/usr/bin/node');
    expect(candidates[0]).toBe('/npm/node-gyp.js');
    expect(candidates).toContain(
      path.join('/usr', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
  });

  it("drops npm's build settings so the tools build for Electron, but keeps its proxy", () => {
    expect(
      toolEnvironment({
        PATH: '/bin',
        npm_config_runtime: 'node',
        npm_config_target: '20.0.0',
        npm_config_build_from_source: 'true',
        npm_config_nodedir: '/usr/include/node',
        npm_package_name: 'ecourt-plan',
        HTTPS_PROXY: 'http://proxy:8080',
        npm_config_https_proxy: 'http://proxy.toaan:3128',
      }),
    ).toEqual({
      PATH: '/bin',
      HTTPS_PROXY: 'http://proxy:8080',
      npm_config_https_proxy: 'http://proxy.toaan:3128',
    });
  });
});

describe('ensureElectronNative', () => {
  it('builds once into the cache, leaves the Node build alone, and cleans up', () => {
    const root = fakeProject();
    const run = vi.fn(buildsInto('ELECTRON BUILD'));
    const result = ensureElectronNative(options(root, run));
    expect(result).toBe(
      nativeCachePath({
        projectRoot: root,
        electronVersion: '45.5.0',
        sqliteVersion: '12.11.1',
        platform: 'win32',
        arch: 'x64',
      }),
    );
    expect(fs.readFileSync(result, 'utf8')).toBe('ELECTRON BUILD');
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]?.[0]).toBe(process.execPath);
    expect(
      fs.readFileSync(
        path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
        'utf8',
      ),
    ).toBe('NODE BUILD');
    const leftovers = fs.readdirSync(path.join(root, '.cache', 'electron-native'));
    expect(leftovers).toEqual(['electron-45.5.0-win32-x64']);
  });

  it('is a no-op when the cache is there', () => {
    const root = fakeProject();
    ensureElectronNative(options(root, buildsInto('ELECTRON BUILD')));
    const run = vi.fn<Run>(() => true);
    ensureElectronNative(options(root, run));
    expect(run).not.toHaveBeenCalled();
  });

  it('falls back to building from source when no prebuilt binary can be downloaded', () => {
    const root = fakeProject();
    const build = buildsInto('BUILT FROM SOURCE');
    const run = vi.fn<Run>((command, args, cwd, env) =>
      args[0]?.includes('prebuild-install') ? false : build(command, args, cwd, env),
    );
    const result = ensureElectronNative(options(root, run));
    expect(run.mock.calls.map((call) => call[1][0])).toEqual([
      '/nm/prebuild-install/bin.js',
      '/npm/node-gyp.js',
    ]);
    expect(fs.readFileSync(result, 'utf8')).toBe('BUILT FROM SOURCE');
  });

  it('fails, in Vietnamese, leaving no cache entry, when neither way works', () => {
    const root = fakeProject();
    const run = vi.fn<Run>(() => false);
    expect(() => ensureElectronNative(options(root, run))).toThrow(
      'không tải được bản dựng sẵn và không biên dịch được (prebuild-install, node-gyp)',
    );
    expect(fs.readdirSync(path.join(root, '.cache', 'electron-native'))).toEqual([]);
  });

  it('does not count a tool that "succeeds" without producing the binary', () => {
    const root = fakeProject();
    expect(() => ensureElectronNative(options(root, () => true))).toThrow(/không tải được/);
  });
});
