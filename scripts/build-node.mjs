// Bundles the Node-side entry points (Electron main and preload, CLI, web bridge) with esbuild.
// Native and Electron modules stay external: they are loaded from node_modules at run time.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { buildParseWorker } from './build-parse-worker.mjs';

// pdfjs-dist is an ES module that loads its own worker file beside it: it is imported from node_modules.
const external = ['electron', 'better-sqlite3', '@resvg/resvg-js', 'playwright-core', 'pdfjs-dist'];

const entries = {
  'electron/main': 'electron/main.ts',
  'electron/preload': 'electron/preload.ts',
  'node/cli': 'services/cli/main.ts',
  'node/web': 'services/bridge/main.ts',
  'bench/run': 'bench/run.ts',
};

/**
 * The CLI is split at its `import()`s (the Word, Excel, PDF … modules that only some commands use), so
 * that a command reads and compiles only its own code: one bundle of everything took most of a short
 * command's time just to be parsed. esbuild splits ES modules only: the chunks are ESM in dist/node/cli/,
 * started by dist/node/cli.cjs, the path every caller knows.
 */
const SPLIT = new Set(['node/cli']);

// Bundled CommonJS packages call require() and some code reads __filename: ES modules have neither.
const ESM_BANNER = [
  "import { createRequire as __esmCreateRequire } from 'node:module';",
  "import { fileURLToPath as __esmFileURLToPath } from 'node:url';",
  "import { dirname as __esmDirname } from 'node:path';",
  'const require = __esmCreateRequire(import.meta.url);',
  'const __filename = __esmFileURLToPath(import.meta.url);',
  'const __dirname = __esmDirname(__filename);',
].join('\n');

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const selected = Object.entries(entries).filter(([name]) => !only || name.endsWith(only));

// Every bundle that imports files finds the parse worker beside it (see services/interop/isolated/
// worker-location.ts): one copy per folder, since electron-builder packs dist/electron alone.
const workerFiles = [
  ...new Set(selected.map(([name]) => `dist/${path.dirname(name)}/plan-parse-worker.cjs`)),
];

await Promise.all([
  buildParseWorker(workerFiles),
  ...selected.map(([name, entry]) =>
    SPLIT.has(name)
      ? buildSplit(name, entry)
      : build({
          entryPoints: [entry],
          outfile: `dist/${name}.cjs`,
          bundle: true,
          platform: 'node',
          format: 'cjs',
          target: 'node20',
          sourcemap: true,
          external,
          logLevel: 'warning',
        }),
  ),
]);

async function buildSplit(name, entry) {
  const outdir = `dist/${name}`;
  const base = path.basename(name);
  const result = await build({
    entryPoints: { [base]: entry },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: ESM_BANNER },
    external,
    logLevel: 'warning',
    write: false,
  });
  // Chunk names carry their content's hash: a file is rewritten only when it changed (and replaced
  // whole), so that a CLI already running while another build happens (tests run in parallel) keeps
  // reading a consistent set; chunks of an earlier build are removed afterwards.
  const written = new Set(result.outputFiles.map((file) => path.resolve(file.path)));
  for (const file of result.outputFiles) writeIfChanged(file.path, file.contents);
  writeIfChanged(
    `dist/${name}.cjs`,
    Buffer.from(
      `'use strict';\n// Starts the CLI: ES modules split at its import()s (see scripts/build-node.mjs).\n` +
        `import(require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(base)}, ${JSON.stringify(`${base}.mjs`)})).href);\n`,
    ),
  );
  fs.rmSync(`dist/${name}.cjs.map`, { force: true }); // of the single bundle this stub replaced
  for (const file of listFiles(path.join(outdir, 'chunks'))) {
    if (!written.has(path.resolve(file))) fs.rmSync(file, { force: true });
  }
}

function writeIfChanged(file, contents) {
  if (fs.existsSync(file) && Buffer.compare(fs.readFileSync(file), contents) === 0) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

function listFiles(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => path.join(dir, name)) : [];
}
