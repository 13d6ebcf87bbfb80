// The parse worker (services/interop/isolated/plan-parse-worker.ts) as one CommonJS file: it is
// started by path (new Worker(file)), so it cannot live inside another bundle. Used by the build and
// by the tests' global setup (which runs from the sources).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const PARSE_WORKER_ENTRY = 'services/interop/isolated/plan-parse-worker.ts';

/**
 * Writes the worker bundle (and its source map) to each of `outfiles`. A file is replaced whole and
 * only when it changed: a CLI started by a test while another build runs still reads a whole worker.
 */
export async function buildParseWorker(outfiles, { root = process.cwd() } = {}) {
  const [first] = outfiles;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [PARSE_WORKER_ENTRY],
    outfile: first,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // pdfjs-dist is an ES module that loads its own worker file beside it: imported from node_modules.
    external: ['pdfjs-dist'],
    logLevel: 'warning',
    write: false,
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.cjs'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.map'));
  for (const outfile of outfiles) {
    const target = path.resolve(root, outfile);
    // The map is named in the bundle's last line by its base name, the same in every folder.
    writeIfChanged(target, code.contents);
    if (map) writeIfChanged(`${target}.map`, map.contents);
  }
}

function writeIfChanged(file, contents) {
  if (fs.existsSync(file) && Buffer.compare(fs.readFileSync(file), contents) === 0) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}
