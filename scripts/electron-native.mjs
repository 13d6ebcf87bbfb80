// Prepares a second build of better-sqlite3 for Electron's ABI, in a cache folder, leaving the
// Node build in node_modules untouched (the tests and the CLI use that one).
// Usage: node scripts/electron-native.mjs   → prints the path of the Electron build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE_FILE = 'better_sqlite3.node';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/**
 * Where the Electron build lives. Keyed by every version that changes the binary,
 * so an upgrade of Electron or better-sqlite3 never reuses a stale build.
 * @param {{ projectRoot: string, electronVersion: string, sqliteVersion: string, platform: string, arch: string }} target
 */
export function nativeCachePath({ projectRoot, electronVersion, sqliteVersion, platform, arch }) {
  return path.join(
    projectRoot,
    '.cache',
    'electron-native',
    `electron-${electronVersion}-${platform}-${arch}`,
    `better-sqlite3-${sqliteVersion}`,
    MODULE_FILE,
  );
}

/**
 * The ways to get the binary, best first: a prebuilt download (seconds, needs only the internet),
 * then a build from source (needs a C++ toolchain).
 * @param {{ electronVersion: string, platform: string, arch: string, prebuildInstall: string | null, nodeGyp: string | null }} tools
 * @returns {{ name: string, args: string[] }[]}
 */
export function buildPlans({ electronVersion, platform, arch, prebuildInstall, nodeGyp }) {
  const plans = [];
  if (prebuildInstall) {
    plans.push({
      name: 'prebuild-install',
      args: [
        prebuildInstall,
        '--runtime',
        'electron',
        '--target',
        electronVersion,
        '--arch',
        arch,
        '--platform',
        platform,
      ],
    });
  }
  if (nodeGyp) {
    plans.push({
      name: 'node-gyp',
      args: [
        nodeGyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        `--dist-url=${ELECTRON_HEADERS_URL}`,
      ],
    });
  }
  return plans;
}

/**
 * node-gyp is not a dependency of the project: npm runs scripts with its own copy's path in
 * npm_config_node_gyp, and ships one beside itself.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} projectRoot
 * @param {string} nodeExecutable
 * @returns {string[]}
 */
export function nodeGypCandidates(env, projectRoot, nodeExecutable) {
  const nodeDir = path.dirname(nodeExecutable);
  const inNpm = ['npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'];
  return [
    env.npm_config_node_gyp,
    path.join(projectRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, 'node_modules', ...inNpm), // Windows: beside node.exe
    path.join(nodeDir, '..', 'lib', 'node_modules', ...inNpm), // Unix: <prefix>/lib/node_modules
  ].filter((candidate) => typeof candidate === 'string' && candidate !== '');
}

// Network settings an office may only have in its npm config; both tools honour them.
const KEPT_NPM_SETTINGS = new Set([
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_noproxy',
  'npm_config_cafile',
  'npm_config_strict_ssl',
]);

/**
 * npm's script environment describes our package and npm's build settings (target, runtime, nodedir,
 * build from source); the native tools read those and would build for Node instead of Electron.
 * @param {NodeJS.ProcessEnv} env
 */
export function toolEnvironment(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => {
      const lower = name.toLowerCase();
      if (KEPT_NPM_SETTINGS.has(lower)) return true;
      return !/^npm_(config|package|lifecycle)_/.test(lower);
    }),
  );
}

/** @param {string} file */
function exists(file) {
  return fs.existsSync(file);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} env
 * @returns {boolean}
 */
function runTool(command, args, cwd, env) {
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status === 0;
}

/**
 * Returns the path of better-sqlite3 built for Electron, building it once if needed.
 * Fast when cached: one existence check.
 * @param {{
 *   projectRoot: string,
 *   electronVersion?: string,
 *   platform?: string,
 *   arch?: string,
 *   env?: NodeJS.ProcessEnv,
 *   log?: (line: string) => void,
 *   run?: (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) => boolean,
 *   tools?: { prebuildInstall: string | null, nodeGyp: string | null },
 * }} options
 * @returns {string}
 */
export function ensureElectronNative(options) {
  const { projectRoot, env = process.env, log = console.log, run = runTool } = options;
  const sqliteDir = path.join(projectRoot, 'node_modules', 'better-sqlite3');
  const sqliteVersion = readVersion(path.join(sqliteDir, 'package.json'));
  const electronVersion =
    options.electronVersion ??
    readVersion(path.join(projectRoot, 'node_modules', 'electron', 'package.json'));
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const target = nativeCachePath({ projectRoot, electronVersion, sqliteVersion, platform, arch });
  if (exists(target)) return target;

  log(`Đang chuẩn bị thư viện SQLite cho Electron ${electronVersion} (chỉ làm một lần)…`);
  const cacheRoot = path.join(projectRoot, '.cache', 'electron-native');
  fs.mkdirSync(cacheRoot, { recursive: true });
  const work = fs.mkdtempSync(path.join(cacheRoot, 'work-'));
  try {
    // A copy, so the Node build in node_modules (used by the tests and the CLI) is never overwritten.
    const copy = path.join(work, 'better-sqlite3');
    fs.cpSync(sqliteDir, copy, {
      recursive: true,
      filter: (source) => path.relative(sqliteDir, source).split(path.sep)[0] !== 'build',
    });
    const tools = options.tools ?? {
      prebuildInstall: findPrebuildInstall(sqliteDir),
      nodeGyp: findNodeGyp(env, projectRoot),
    };
    const plans = buildPlans({ electronVersion, platform, arch, ...tools });
    const built = path.join(copy, 'build', 'Release', MODULE_FILE);
    const toolEnv = toolEnvironment(env);
    const tried = [];
    for (const plan of plans) {
      tried.push(plan.name);
      if (run(process.execPath, plan.args, copy, toolEnv) && exists(built)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // Copy then rename: a half-written file must never look like a finished build.
        const partial = `${target}.${process.pid}.partial`;
        fs.copyFileSync(built, partial);
        fs.renameSync(partial, target);
        log(`Đã chuẩn bị thư viện SQLite cho Electron (${plan.name}).`);
        return target;
      }
    }
    throw new Error(
      tried.length === 0
        ? 'không tìm thấy prebuild-install hay node-gyp'
        : `không tải được bản dựng sẵn và không biên dịch được (${tried.join(', ')})`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** @param {string} file */
function readVersion(file) {
  const version = JSON.parse(fs.readFileSync(file, 'utf8')).version;
  if (typeof version !== 'string') throw new Error(`no version in ${file}`);
  return version;
}

/** @param {string} sqliteDir */
function findPrebuildInstall(sqliteDir) {
  try {
    // Resolved from better-sqlite3 itself: it is that package's own dependency.
    return createRequire(path.join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} projectRoot
 */
function findNodeGyp(env, projectRoot) {
  return nodeGypCandidates(env, projectRoot, process.execPath).find(exists) ?? null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    console.log(ensureElectronNative({ projectRoot, log: (line) => console.error(line) }));
  } catch (error) {
    console.error(
      `Không chuẩn bị được thư viện SQLite cho Electron: ${error instanceof Error ? error.message : error}`,
    );
    process.exitCode = 1;
  }
}
