/**
 * Builds the renderer once for every E2E file (it is the slowest step of their setup), from the
 * sources under test rather than a possibly stale dist/, and hands the folder to them via `inject`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    rendererDir: string;
  }
}

const ROOT = path.resolve(__dirname, '../..');

export default async function setup(project: TestProject): Promise<() => void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-e2e-renderer-'));
  const rendererDir = path.join(tmp, 'renderer');
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: rendererDir, emptyOutDir: true },
  });
  project.provide('rendererDir', rendererDir);
  return () => fs.rmSync(tmp, { recursive: true, force: true });
}
