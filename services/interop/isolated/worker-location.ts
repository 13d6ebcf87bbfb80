/**
 * Where the built parse worker is. Every bundle (dist/node, dist/electron, dist/bench) has its own
 * copy beside it; the CLI's split chunks sit two folders deeper, so the folders above are searched
 * too. Tests run from sources: their global setup builds the worker and names it in the environment.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PARSE_WORKER_FILE = 'plan-parse-worker.cjs';
export const PARSE_WORKER_ENV = 'ECOURT_PARSE_WORKER';

export function parseWorkerPath(): string {
  const named = process.env[PARSE_WORKER_ENV];
  if (named) return named;
  let dir = __dirname;
  for (let up = 0; up < 4; up++) {
    const candidate = path.join(dir, PARSE_WORKER_FILE);
    if (fs.existsSync(candidate)) return outsideAsar(candidate);
    dir = path.dirname(dir);
  }
  throw new Error(`${PARSE_WORKER_FILE} not found above ${__dirname}: run the build (npm run build)`);
}

/** Inside a packaged app the worker is unpacked beside app.asar (electron-builder.yml, asarUnpack). */
function outsideAsar(file: string): string {
  const unpacked = file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return unpacked !== file && fs.existsSync(unpacked) ? unpacked : file;
}
