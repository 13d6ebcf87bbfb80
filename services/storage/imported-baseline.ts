/**
 * A file that carries a baseline beside the current dates (MS Project's Baseline 0): the baseline
 * becomes the task's, and a difference from the current dates one 'inferred' revision, as migration
 * 004 does for a database written before revisions existed.
 */
import { parseDeadline } from '../../shared/deadline/parse-deadline';
import type { DeadlinePrecision } from '../../shared/model/schemas';
import { currentPrecision } from '../../shared/revisions/revision-rules';
import type { Db } from './database';

export const IMPORTED_REVISION_REASON =
  'Thời hạn điều chỉnh đọc từ tệp nhập (khác thời hạn theo kế hoạch ghi trong tệp).';

type Row = {
  start_on: string | null;
  deadline_on: string | null;
  deadline_text: string | null;
  issued_on: string | null;
};

export function applyImportedBaseline(
  db: Db,
  taskId: number,
  baseline: { start: string | null; deadline: string | null },
  importedAt: string,
): void {
  const row = db
    .prepare(
      `SELECT t.start_on, t.deadline_on, t.deadline_text, p.issued_on
       FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.id = ?`,
    )
    .get(taskId) as Row;
  // The wording's precision when it means the baseline's day ("Tháng 7 năm 2021" → month), else a day.
  const meant = row.deadline_text ? parseDeadline(row.deadline_text, { signedOn: row.issued_on }) : null;
  const precision: DeadlinePrecision | null =
    baseline.deadline === null
      ? null
      : meant?.ok && meant.deadline === baseline.deadline
        ? meant.precision
        : 'day';
  db.prepare(
    'UPDATE tasks SET baseline_start_on = ?, baseline_deadline_on = ?, baseline_precision = ?, deadline_precision = ? WHERE id = ?',
  ).run(
    baseline.start,
    baseline.deadline,
    precision,
    currentPrecision(baseline.deadline, precision, row.deadline_on),
    taskId,
  );
  if (baseline.start === row.start_on && baseline.deadline === row.deadline_on) return;
  db.prepare(
    `INSERT INTO task_revisions (task_id, start_on, deadline_on, previous_start_on, previous_deadline_on,
                                 decided_on, kind, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'inferred', ?, ?)`,
  ).run(
    taskId,
    row.start_on,
    row.deadline_on,
    baseline.start,
    baseline.deadline,
    importedAt.slice(0, 10),
    IMPORTED_REVISION_REASON,
    importedAt,
  );
}
