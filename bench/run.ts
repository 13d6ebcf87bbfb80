/**
 * `npm run bench`: speed and memory of our layers beside the raw libraries doing the same work
 * in the same run. Prints one table and writes bench/results.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cliImportCase } from './cases/cli-import';
import { reportCases } from './cases/reports';
import { storageCases } from './cases/storage';
import { windowCases } from './cases/window';
import { windowMemoryCheck } from './cases/window-memory';
import type { BenchRow } from './measure';

const SIZES = [100, 1000, 5000, 10000];
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
      r.pass ? 'đạt' : 'KHÔNG ĐẠT',
    ].join(' | '),
  );
  return [
    'trường hợp | N | của ta: trung vị (min–max) ms | thư viện gốc: trung vị (min–max) ms | tỉ lệ | mục tiêu | kết quả',
    '---|---|---|---|---|---|---',
    ...lines,
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: BenchRow[] = [];
  rows.push(...(await storageCases(SIZES)));
  rows.push(await cliImportCase(path.join(root, 'dist', 'node', 'cli.cjs')));
  rows.push(...(await reportCases([100, 1000])));
  const window = await windowCases(
    root,
    SIZES.filter((n) => n <= 5000),
  );
  rows.push(...window.rows);
  const memoryCheck = await windowMemoryCheck(root);
  const memory = {
    nodeRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    windowJsHeapMb: window.windowJsHeapMb,
    openCloseCheck: memoryCheck,
  };

  process.stdout.write(
    `${format(rows)}\n\nBộ nhớ: phía Node (RSS) ${memory.nodeRssMb} MB; cửa sổ (JS heap, 5.000 nhiệm vụ) ${memory.windowJsHeapMb} MB\n`,
  );
  if (memoryCheck) {
    process.stdout.write(
      `Mở/đóng kế hoạch ${memoryCheck.openings} lần: heap ${memoryCheck.heapStartMb} → ${memoryCheck.heapEndMb} MB ` +
        `(${memoryCheck.growthPercent > 0 ? '+' : ''}${memoryCheck.growthPercent}%, mục tiêu ≤ 10%): ${memoryCheck.pass ? 'đạt' : 'KHÔNG ĐẠT'}\n`,
    );
  }
  process.stdout.write(`Thời gian chạy: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  fs.writeFileSync(
    path.join(root, 'bench', 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, memory }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
