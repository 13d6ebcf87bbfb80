/**
 * Migration 004 on a database as the release before it wrote it: the current dates stay current, the
 * document's wording comes back as the baseline (a drag had overwritten it), and each date that differs
 * from what the wording means becomes one revision. Nothing else changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../../../shared/default-plan/default-plan-text';
import { parsePlanDocument } from '../../../shared/plan-document/parse-plan-document';
import { openDatabase } from '../database';
import { createPlanRepository } from '../plan-repository';
import { MIGRATED_REASON } from './004-recover-baselines';
import { MIGRATIONS } from './index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function lineOf(wbs: string): number {
  const outcome = parsePlanDocument(DEFAULT_PLAN_TEXT);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.document.items.find((i) => i.wbs === wbs)!.line;
}

/** A file with migrations 001–003 only, holding Kế hoạch 76 as the previous release left it after some edits. */
function previousReleaseFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-m004-'));
  dirs.push(dir);
  const file = path.join(dir, 'ke-hoach.sqlite');
  const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 3) });
  db.prepare(
    `INSERT INTO plans (id, code, document_type, title, place, issued_on, source_name, source_text, imported_at)
     VALUES (1, '76/KH-BCĐ-TANDTC', 'Kế hoạch', 'Xây dựng Đề án', 'Hà Nội', '2021-06-10', 'kh-76.txt', ?, '2021-06-11T00:00:00Z')`,
  ).run(DEFAULT_PLAN_TEXT);
  const insert = db.prepare(
    `INSERT INTO tasks (id, plan_id, parent_id, wbs, title, kind, start_on, deadline_on, deadline_text,
                        deadline_precision, sort_order, source_line)
     VALUES (?, 1, NULL, ?, ?, 'task', ?, ?, ?, ?, ?, ?)`,
  );
  const outcome = parsePlanDocument(DEFAULT_PLAN_TEXT);
  if (!outcome.ok) throw new Error(outcome.message);
  const title = (wbs: string) => outcome.document.items.find((i) => i.wbs === wbs)!.title;
  // As imported, untouched.
  insert.run(
    1,
    '1.1',
    title('1.1'),
    null,
    '2021-07-14',
    'Trước ngày 15 tháng 7 năm 2021',
    'day',
    1,
    lineOf('1.1'),
  );
  // Its date changed in the form, its wording kept.
  insert.run(
    2,
    '1.2',
    title('1.2'),
    null,
    '2021-07-20',
    'Trước ngày 15 tháng 7 năm 2021',
    'day',
    2,
    lineOf('1.2'),
  );
  // Dragged: the old release wrote the day over "Tháng 7 năm 2021".
  insert.run(3, '1.4', title('1.4'), '2021-07-05', '2021-08-03', '03/08/2021', 'day', 3, lineOf('1.4'));
  // Added by hand with a date as its wording: its own plan, nothing to recover.
  insert.run(4, '2', 'Họp Tổ giúp việc', '2021-09-01', '2021-09-20', '20/09/2021', 'day', 4, null);
  // No wording at all.
  insert.run(5, '3', 'Việc không thời hạn', null, null, null, null, 5, null);
  db.prepare(
    "INSERT INTO progress_updates (task_id, reported_on, percent, created_at) VALUES (3, '2021-07-20', 40, 'x')",
  ).run();
  db.close();
  return file;
}

describe('migration 004: baselines and revisions from the previous release’s data', () => {
  it('keeps current dates, brings back the document’s wording, and records each difference as a revision', () => {
    const db = openDatabase(previousReleaseFile());
    const plan = createPlanRepository(db).loadPlanData(1)!;
    const byWbs = new Map(plan.tasks.map((t) => [t.wbs, t]));
    const pick = (wbs: string) => {
      const t = byWbs.get(wbs)!;
      return [t.deadlineText, t.baselineDeadline, t.baselinePrecision, t.start, t.deadline, t.revisionCount];
    };
    expect(pick('1.1')).toEqual([
      'Trước ngày 15 tháng 7 năm 2021',
      '2021-07-14',
      'day',
      null,
      '2021-07-14',
      0,
    ]);
    expect(pick('1.2')).toEqual([
      'Trước ngày 15 tháng 7 năm 2021',
      '2021-07-14',
      'day',
      null,
      '2021-07-20',
      1,
    ]);
    expect(pick('1.4')).toEqual(['Tháng 7 năm 2021', '2021-07-31', 'month', '2021-07-05', '2021-08-03', 1]);
    expect(pick('2')).toEqual(['20/09/2021', '2021-09-20', 'day', '2021-09-01', '2021-09-20', 0]);
    expect(pick('3')).toEqual([null, null, null, null, null, 0]);
    expect(byWbs.get('1.4')!.baselineStart).toBeNull();

    const revisions = db
      .prepare(
        'SELECT task_id, kind, reason, previous_start_on, previous_deadline_on, start_on, deadline_on FROM task_revisions ORDER BY task_id',
      )
      .all();
    expect(revisions).toEqual([
      {
        task_id: 2,
        kind: 'inferred',
        reason: MIGRATED_REASON,
        previous_start_on: null,
        previous_deadline_on: '2021-07-14',
        start_on: null,
        deadline_on: '2021-07-20',
      },
      {
        task_id: 3,
        kind: 'inferred',
        reason: MIGRATED_REASON,
        previous_start_on: null,
        previous_deadline_on: '2021-07-31',
        start_on: '2021-07-05',
        deadline_on: '2021-08-03',
      },
    ]);
    expect(plan.progressUpdates.map((u) => [u.taskId, u.percent])).toEqual([[3, 40]]);
    db.close();
  });

  it('leaves a plan whose source is not a plan text with its tasks’ own wording', () => {
    const file = previousReleaseFile();
    const raw = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 3) });
    raw.prepare("UPDATE plans SET source_text = 'STT\tNội dung\n1\tKhông phải văn bản'").run();
    raw.close();
    const db = openDatabase(file);
    const dragged = createPlanRepository(db)
      .loadPlanData(1)!
      .tasks.find((t) => t.wbs === '1.4')!;
    // The drag's day is all that is known: it is the baseline, and nothing is lost.
    expect([dragged.deadlineText, dragged.baselineDeadline, dragged.deadline, dragged.revisionCount]).toEqual(
      ['03/08/2021', '2021-08-03', '2021-08-03', 0],
    );
    db.close();
  });
});
