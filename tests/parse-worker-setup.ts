/**
 * Tests run from the sources, but a worker thread starts from a file: the parse worker is bundled
 * once per run, from the sources under test (never a possibly stale dist/), and named to the test
 * processes through the environment (see services/interop/isolated/worker-location.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildParseWorker } from '../scripts/build-parse-worker.mjs';
import { PARSE_WORKER_ENV, PARSE_WORKER_FILE } from '../services/interop/isolated/worker-location';

const ROOT = path.resolve(__dirname, '..');

export default async function setup(): Promise<() => void> {
  // Inside the project, so that what the worker loads from node_modules (pdfjs-dist) is found.
  const cache = path.join(ROOT, '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'parse-worker-'));
  const file = path.join(dir, PARSE_WORKER_FILE);
  await buildParseWorker([file], { root: ROOT });
  process.env[PARSE_WORKER_ENV] = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
