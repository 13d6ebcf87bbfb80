// Bundles the Node-side entry points (Electron main and preload, CLI, web bridge) with esbuild.
// Native and Electron modules stay external: they are loaded from node_modules at run time.
import { build } from 'esbuild';

const entries = {
  'electron/main': 'electron/main.ts',
  'electron/preload': 'electron/preload.ts',
  'node/cli': 'services/cli/main.ts',
  'node/web': 'services/bridge/main.ts',
  'bench/run': 'bench/run.ts',
};

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const selected = Object.entries(entries).filter(([name]) => !only || name.endsWith(only));

await Promise.all(
  selected.map(([name, entry]) =>
    build({
      entryPoints: [entry],
      outfile: `dist/${name}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'playwright-core'],
      logLevel: 'warning',
    }),
  ),
);
