/** Storage layer against better-sqlite3 doing the same work in the same run. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { COLLECTIVE_UNIT_COLOR, unitColor } from '../../shared/units/unit-colors';
import { openDatabase } from '../../services/storage/database';
import { createPlanRepository } from '../../services/storage/plan-repository';
import { generatePlan } from '../../shared/testing/generate-plan';
import { measure, row, summarize, type BenchRow } from '../measure';

const RUNS = 5;

function freshFile(dir: string, name: string): string {
  const file = path.join(dir, `${name}-${Math.random().toString(36).slice(2)}.sqlite`);
  return file;
}

export async function storageCases(sizes: number[]): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-bench-'));
  const rows: BenchRow[] = [];
  try {
    for (const size of sizes) {
      const doc = generatePlan(size);
      const source = { name: 'bench.txt', text: '' };

      // Both sides get a new file database with the same pragmas and schema, and prepare their
      // statements, outside the timing: the app does both once, at start, not per import.
      const ours = await measureWithFreshDb(dir, (db) => {
        const repository = createPlanRepository(db);
        return () => repository.importDocument(doc, source);
      });
      const raw = await measureWithFreshDb(dir, (db) => {
        const insertPlan = db.prepare(
          `INSERT INTO plans (code, document_type, title, place, issued_on, source_name, source_text, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const insertUnit = db.prepare(
          'INSERT INTO units (name, full_name, agency, color, is_collective, name_key) VALUES (?, ?, ?, ?, ?, ?)',
        );
        const insertTask = db.prepare(
          `INSERT INTO tasks (plan_id, parent_id, wbs, title, kind, deadline_on, deadline_text, deadline_precision,
                              deliverable, sort_order, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const insertLink = db.prepare('INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, ?)');
        return db.transaction(() => {
          const planId = insertPlan.run(
            'B',
            'Kế hoạch',
            'T',
            'Hà Nội',
            '2021-06-10',
            'b.txt',
            '',
            'now',
          ).lastInsertRowid;
          const unitIds = new Map<string, number | bigint>();
          doc.units.forEach((u, i) =>
            unitIds.set(
              u.key,
              insertUnit.run(
                u.name,
                u.fullName,
                u.agency,
                u.isCollective ? COLLECTIVE_UNIT_COLOR : unitColor(i),
                u.isCollective ? 1 : 0,
                u.key,
              ).lastInsertRowid,
            ),
          );
          const taskIds = new Map<string, number | bigint>();
          doc.items.forEach((item, i) => {
            const d = item.deadline?.ok ? item.deadline : null;
            const id = insertTask.run(
              planId,
              item.parentWbs ? (taskIds.get(item.parentWbs) ?? null) : null,
              item.wbs,
              item.title,
              item.kind,
              d?.deadline ?? null,
              d?.wording ?? null,
              d?.precision ?? null,
              item.deliverable,
              i + 1,
              item.line,
            ).lastInsertRowid;
            taskIds.set(item.wbs, id);
            for (const key of item.leadKeys) insertLink.run(id, unitIds.get(key), 'lead');
            for (const key of item.supportKeys) insertLink.run(id, unitIds.get(key), 'support');
          });
        });
      });
      rows.push(row('Nhập N nhiệm vụ vào CSDL mới', size, ours, raw, { maxRatio: 1.3 }));

      const file = freshFile(dir, 'load');
      const db = openDatabase(file);
      const repository = createPlanRepository(db);
      const { planId } = repository.importDocument(doc, source);
      // The window loads a plan again after every edit: JavaScript that ran a few times is what counts,
      // so both sides first run as many untimed rounds as timed ones.
      const loadRuns = RUNS * 4;
      const load = await measure(
        loadRuns,
        () => buildPlanView(repository.loadPlanData(planId)!, '2023-01-01'),
        loadRuns,
      );
      const select = db.prepare('SELECT * FROM tasks WHERE plan_id = ?');
      const rawLoad = await measure(loadRuns, () => select.all(planId), loadRuns);
      rows.push(
        row('Tải kế hoạch với trạng thái đến ngày', size, load, rawLoad, {
          maxRatio: 2,
          ...(size === 5000 ? { maxMs: 50 } : {}),
        }),
      );
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;

  /** One untimed round first, as measure() does; then each round on a new database. */
  async function measureWithFreshDb(
    directory: string,
    prepare: (db: ReturnType<typeof openDatabase>) => () => unknown,
  ) {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const db = openDatabase(freshFile(directory, 'insert'));
      const work = prepare(db);
      const start = process.hrtime.bigint();
      work();
      if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
      db.close();
    }
    return summarize(times);
  }
}
