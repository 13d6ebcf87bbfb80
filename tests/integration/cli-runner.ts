/** Running the command-line program as a user does: a separate Node process, exit code and output. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs the bundle at `cli`; ECOURT_PLAN_DB is blanked so no test reads the user's own plan file. */
export function runCli(cli: string, args: string[], cwd?: string): CliResult {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    ...(cwd === undefined ? {} : { cwd }),
    env: { ...process.env, ECOURT_PLAN_DB: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * For a test file of `npm run cli`: builds dist/node/cli.cjs (as `npm run cli` does) before its
 * tests, and gives them a temporary folder, removed after them.
 */
export function useBuiltCli(tmpPrefix: string): { work: string; run(...args: string[]): CliResult } {
  const cli = path.join(root, 'dist', 'node', 'cli.cjs');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs'), '--only', 'cli'], {
      cwd: root,
    });
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  return { work, run: (...args) => runCli(cli, args) };
}
