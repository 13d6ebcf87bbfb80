/**
 * Killing the app mid-edit loses nothing it said was saved. A writer process edits Kế hoạch 76 through
 * our own openDatabase and repository and reports each edit after its commit returns; the test kills it
 * with SIGKILL at a random moment, round after round, and every time checks that the file passes
 * integrity_check, holds every reported edit, and holds no edit in part.
 * Replay a failure with CRASH_SEED=<the printed seed>.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../services/app-services';
import { openDatabase } from '../../services/storage/database';
import { seededRandom } from './seeded-random';

const ROUNDS = 40;
const MAX_EDITS = 1000;

const root = path.resolve(__dirname, '..', '..');
// Inside the repository, so the bundle finds better-sqlite3 in node_modules.
const writer = path.join(root, 'dist', 'tests', 'crash-writer.cjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-crash-'));
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

beforeAll(async () => {
  await build({
    entryPoints: [path.join(__dirname, 'crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

type Round = {
  reported: Map<number, number[]>;
  finished: boolean;
  signal: NodeJS.Signals | null;
  stderr: string;
};

/** Runs the writer and kills it once it has reported `killAfter` edits (or lets it finish). */
function runRound(
  file: string,
  round: number,
  writerSeed: number,
  edits: number,
  killAfter: number,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, String(writerSeed), String(edits), String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reported = new Map<number, number[]>();
    let finished = false;
    let pending = '';
    let stderr = '';
    if (killAfter === 0) child.kill('SIGKILL');
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === 'done') {
          finished = true;
          continue;
        }
        const [edit, ids] = line.split(' ');
        reported.set(Number(edit), ids!.split(',').map(Number));
      }
      if (reported.size >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ reported, finished, signal, stderr }));
  });
}

describe('a crash at any moment', () => {
  it(`keeps every committed edit whole, over ${ROUNDS} killed writers (seed ${seed})`, async () => {
    console.log(`crash test seed: ${seed} (replay with CRASH_SEED=${seed})`);
    const random = seededRandom(seed);
    const file = path.join(work, 'ke-hoach.sqlite');
    openAppServices({ databasePath: file }).close();

    const started = Date.now();
    let totalReported = 0;
    let killed = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const edits = 1 + Math.floor(random() * MAX_EDITS);
      const killAfter = Math.floor(random() * (edits + 1));
      const result = await runRound(file, round, Math.floor(random() * 2 ** 31), edits, killAfter);
      const context = `seed ${seed}, round ${round}: ${edits} edits, kill after ${killAfter}`;
      expect(result.stderr, context).toBe('');
      if (result.signal === 'SIGKILL') killed++;
      else expect(result.finished, context).toBe(true);
      totalReported += result.reported.size;

      // Opened the way the app opens it (write-ahead log recovered, migrations checked).
      const db = openDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
        const rows = db
          .prepare("SELECT id, achieved FROM progress_updates WHERE achieved LIKE ? || '-%'")
          .all(`r${round}`) as { id: number; achieved: string }[];
        const present = new Map(rows.map((r) => [r.id, r.achieved]));
        for (const [edit, ids] of result.reported) {
          ids.forEach((id, i) =>
            expect(present.get(id), `${context}, edit ${edit}`).toBe(
              `r${round}-e${edit}-p${i + 1}/${ids.length}`,
            ),
          );
        }
        // Each edit is all there or not there: at most the one in flight is beyond what was reported.
        const parts = new Map<string, { seen: number; of: number }>();
        for (const achieved of present.values()) {
          const m = /^(r\d+-e\d+)-p\d+\/(\d+)$/.exec(achieved)!;
          const entry = parts.get(m[1]!) ?? { seen: 0, of: Number(m[2]) };
          entry.seen++;
          parts.set(m[1]!, entry);
        }
        for (const [edit, { seen, of }] of parts) expect(seen, `${context}, ${edit}`).toBe(of);
        expect(parts.size - result.reported.size, context).toBeGreaterThanOrEqual(0);
        expect(parts.size - result.reported.size, context).toBeLessThanOrEqual(1);
      } finally {
        db.close();
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `crash test: ${ROUNDS} rounds, ${killed} killed mid-run, ${totalReported} committed edits checked, ${seconds.toFixed(1)} s`,
    );
    expect(killed).toBeGreaterThanOrEqual(ROUNDS / 2);
  }, 120_000);
});
