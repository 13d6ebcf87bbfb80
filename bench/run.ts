/**
 * `npm run bench`: speed and memory of our layers beside the raw libraries doing the same work
 * in the same run. Prints one table and writes bench/results.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bigImportCases } from './cases/big-imports';
import { cliImportCase } from './cases/cli-import';
import { progressReturnCases } from './cases/progress-returns';
import { importPreviewCases } from './cases/import-preview';
import { reportCases } from './cases/reports';
import { storageCases } from './cases/storage';
import { windowCases } from './cases/window';
import { windowMemoryCheck } from './cases/window-memory';
import type { BenchRow } from './measure';

const SIZES = [100, 1000, 5000, 10000];
const PEAK_RSS_TARGET_MB = 300;
const root = path.resolve(__dirname, '..', '..');

function format(rows: BenchRow[]): string {
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  const lines = rows.map((r) =>
    [
      r.case,
      String(r.size),
      `${ms(r.ours.median)} (${ms(r.ours.min)}–${ms(r.ours.max)})`,
      r.baseline ? `${ms(r.baseline.median)} (${ms(r.baseline.min)}–${ms(r.baseline.max)})` : '—',
      r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
      r.target,
      `${r.pass ? 'đạt' : 'KHÔNG ĐẠT'}${r.note ? ` (${r.note})` : ''}`,
    ].join(' | '),
  );
  return [
    'trường hợp | N | của ta: trung vị (min–max) ms | thư viện gốc: trung vị (min–max) ms | tỉ lệ | mục tiêu | kết quả',
    '---|---|---|---|---|---|---',
    ...lines,
  ].join('\n');
}

/** `npm run bench -- --only storage,reports` runs some groups; the table then has only their rows. */
const GROUPS = [
  'storage',
  'cli',
  'import',
  'import-preview',
  'reports',
  'returns',
  'window',
  'memory',
] as const;
type Group = (typeof GROUPS)[number];

function selectedGroups(argv: readonly string[]): ReadonlySet<Group> {
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(GROUPS);
  const wanted = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (wanted.length === 0 || unknown.length > 0)
    throw new Error(`--only nhận một hoặc nhiều nhóm trong: ${GROUPS.join(', ')}`);
  return new Set(wanted as Group[]);
}

async function main(): Promise<void> {
  const started = Date.now();
  const groups = selectedGroups(process.argv.slice(2));
  const rows: BenchRow[] = [];
  if (groups.has('storage')) rows.push(...(await storageCases(SIZES)));
  if (groups.has('cli')) rows.push(await cliImportCase(path.join(root, 'dist', 'node', 'cli.cjs')));
  if (groups.has('import')) rows.push(...(await bigImportCases(path.join(root, 'dist', 'node', 'cli.cjs'))));
  if (groups.has('reports')) rows.push(...(await reportCases([100, 1000])));
  if (groups.has('returns')) rows.push(...(await progressReturnCases()));
  if (groups.has('import-preview')) rows.push(...(await importPreviewCases()));
  const window = groups.has('window')
    ? await windowCases(
        root,
        SIZES.filter((n) => n <= 5000),
      )
    : { rows: [], memory: null };
  rows.push(...window.rows);
  const memoryCheck = groups.has('memory') ? await windowMemoryCheck(root) : null;
  const memory = { ...window.memory, openCloseCheck: memoryCheck };
  const peak = (mb: number | null | undefined) => (mb === null || mb === undefined ? '—' : `${mb} MB`);
  const passMark = (mb: number | null | undefined) =>
    mb === null || mb === undefined ? '' : mb < PEAK_RSS_TARGET_MB ? ': đạt' : ': KHÔNG ĐẠT';

  process.stdout.write(`${format(rows)}\n\n`);
  if (window.memory) {
    process.stdout.write(
      `Bộ nhớ đỉnh (RSS, 5.000 nhiệm vụ, mục tiêu < ${PEAK_RSS_TARGET_MB} MB): ` +
        `tiến trình cửa sổ ${peak(window.memory.windowPeakRssMb)}${passMark(window.memory.windowPeakRssMb)}; ` +
        `phía Node ${peak(window.memory.nodePeakRssMb)}${passMark(window.memory.nodePeakRssMb)} ` +
        `(Chromium với một trang trống: ${peak(window.memory.emptyPagePeakRssMb)})\n`,
    );
  }
  if (memoryCheck) {
    process.stdout.write(
      `Mở/đóng kế hoạch ${memoryCheck.openings} lần: heap ${memoryCheck.heapStartMb} → ${memoryCheck.heapEndMb} MB ` +
        `(${memoryCheck.growthPercent > 0 ? '+' : ''}${memoryCheck.growthPercent}%, mục tiêu ≤ 10%): ${memoryCheck.pass ? 'đạt' : 'KHÔNG ĐẠT'}\n`,
    );
  }
  process.stdout.write(`Thời gian chạy: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  // A partial run (--only) must not replace the full table the notes quote.
  const complete = groups.size === GROUPS.length;
  fs.writeFileSync(
    path.join(root, 'bench', complete ? 'results.json' : 'results-partial.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, memory }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
