/** The seed plan parsed and imported end to end by the CLI, process start included. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { measure, row, type BenchRow } from '../measure';

export async function cliImportCase(cliPath: string): Promise<BenchRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-bench-cli-'));
  const seed = path.join(dir, 'kh-76.txt');
  fs.writeFileSync(seed, DEFAULT_PLAN_TEXT);
  let n = 0;
  try {
    const timing = await measure(7, () => {
      const result = spawnSync(process.execPath, [
        cliPath,
        'import',
        seed,
        '--db',
        path.join(dir, `${n++}.sqlite`),
      ]);
      if (result.status !== 0) throw new Error(result.stderr.toString());
    });
    return row('Đọc + nhập kế hoạch mẫu bằng CLI (cả khởi động)', 6, timing, null, { maxMs: 300 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
