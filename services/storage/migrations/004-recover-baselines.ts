/**
 * Migration 004's data step: a database written before revisions existed opens with each task's
 * current dates as its current dates and the document's wording as its baseline.
 *
 * Before 004, dragging a bar overwrote the wording with the day itself ("Tháng 7 năm 2021" became
 * "03/08/2021", precision 'day'), and the form could set a date other than the one its wording means.
 * So a task whose wording reads as a chart-written date of its own deadline gets its wording back from
 * the plan's stored source text (the item at its source line, same title); then, whenever the wording
 * means another last day than the task's deadline, the difference becomes one 'inferred' revision.
 * Nothing is dropped: the current dates stay where they were.
 */
import type Database from 'better-sqlite3';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { parseDeadline } from '../../../shared/deadline/parse-deadline';
import { parsePlanDocument } from '../../../shared/plan-document/parse-plan-document';

type TaskRow = {
  id: number;
  plan_id: number;
  title: string;
  start_on: string | null;
  deadline_on: string | null;
  deadline_text: string | null;
  deadline_precision: string | null;
  source_line: number | null;
};

type PlanRow = { id: number; issued_on: string | null; source_text: string };

export const MIGRATED_REASON =
  'Thời hạn đã được sửa trước khi ứng dụng ghi lịch sử điều chỉnh (ghi nhận khi nâng cấp dữ liệu).';

/** The wording of each item of a plan's source, by line, when the source still reads as a plan. */
function documentWordings(plan: PlanRow): Map<number, { title: string; wording: string }> {
  const byLine = new Map<number, { title: string; wording: string }>();
  try {
    const outcome = parsePlanDocument(plan.source_text);
    if (!outcome.ok) return byLine;
    for (const item of outcome.document.items) {
      if (item.deadline?.wording)
        byLine.set(item.line, { title: item.title, wording: item.deadline.wording });
    }
  } catch {
    // A source that no longer parses keeps the tasks' own wording: nothing to recover from it.
  }
  return byLine;
}

export function recoverBaselines(db: Database.Database): void {
  const plans = db.prepare('SELECT id, issued_on, source_text FROM plans').all() as PlanRow[];
  const tasksOf = db.prepare(
    `SELECT id, plan_id, title, start_on, deadline_on, deadline_text, deadline_precision, source_line
     FROM tasks WHERE plan_id = ?`,
  );
  const setBaseline = db.prepare(
    `UPDATE tasks SET deadline_text = ?, baseline_start_on = ?, baseline_deadline_on = ?, baseline_precision = ?
     WHERE id = ?`,
  );
  const addRevision = db.prepare(
    `INSERT INTO task_revisions (task_id, start_on, deadline_on, previous_start_on, previous_deadline_on,
                                 decided_on, kind, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'inferred', ?, ?)`,
  );
  const now = new Date();
  const today = now.toISOString().slice(0, 10);

  for (const plan of plans) {
    let wordings: Map<number, { title: string; wording: string }> | null = null;
    for (const task of tasksOf.all(plan.id) as TaskRow[]) {
      let wording = task.deadline_text;
      const chartWritten =
        task.deadline_on !== null &&
        task.deadline_precision === 'day' &&
        wording === formatDisplayDate(task.deadline_on);
      let recovered = false;
      if (chartWritten && task.source_line !== null) {
        wordings ??= documentWordings(plan);
        const item = wordings.get(task.source_line);
        if (item && item.title === task.title && item.wording !== wording) {
          wording = item.wording;
          recovered = true;
        }
      }
      const meant = wording ? parseDeadline(wording, { signedOn: plan.issued_on }) : null;
      const baselineDeadline = meant?.ok && meant.recurrence === null ? meant.deadline : null;
      const revised =
        meant?.ok === true && meant.recurrence === null && baselineDeadline !== task.deadline_on;
      if (!revised) {
        // The dates are the plan's own: the baseline is what the task shows today.
        setBaseline.run(wording, task.start_on, task.deadline_on, task.deadline_precision, task.id);
        continue;
      }
      // A document item carries no start: a start next to a recovered wording came from the chart.
      const baselineStart = recovered ? null : task.start_on;
      setBaseline.run(wording, baselineStart, baselineDeadline, meant.precision, task.id);
      addRevision.run(
        task.id,
        task.start_on,
        task.deadline_on,
        baselineStart,
        baselineDeadline,
        today,
        MIGRATED_REASON,
        now.toISOString(),
      );
    }
  }
}
