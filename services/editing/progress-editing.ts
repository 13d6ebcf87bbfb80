/** Progress history of a task, and occurrences of recurring duties marked done one by one. */
import { UserError, planNotFound } from '../../shared/api/user-error';
import type { Occurrence } from '../../shared/editing/editing-schemas';
import { recurrenceSchema, type ProgressUpdate } from '../../shared/model/schemas';
import { listOccurrences } from '../../shared/recurrence/list-occurrences';
import type { Db } from '../storage/database';
import { type ProgressUpdateRow, toProgressUpdate } from '../storage/row-mappers';

export function createProgressEditing(db: Db, now: () => Date) {
  const taskExists = (taskId: number) => {
    if (!db.prepare('SELECT 1 FROM tasks WHERE id = ?').get(taskId)) {
      throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
    }
  };

  return {
    add(update: Omit<ProgressUpdate, 'id' | 'createdAt'>): ProgressUpdate {
      taskExists(update.taskId);
      const row = db
        .prepare(
          `INSERT INTO progress_updates (task_id, reported_on, percent, achieved, difficulties, entered_by, created_at)
           VALUES (@taskId, @reportedOn, @percent, @achieved, @difficulties, @enteredBy, @createdAt) RETURNING *`,
        )
        .get({
          ...update,
          achieved: update.achieved || null,
          difficulties: update.difficulties || null,
          enteredBy: update.enteredBy || null,
          createdAt: now().toISOString(),
        }) as ProgressUpdateRow;
      return toProgressUpdate(row);
    },

    remove(updateId: number): void {
      if (db.prepare('DELETE FROM progress_updates WHERE id = ?').run(updateId).changes === 0) {
        throw new UserError(`Không tìm thấy lần cập nhật tiến độ (mã ${updateId}).`, 'not-found');
      }
    },

    history(taskId: number): ProgressUpdate[] {
      taskExists(taskId);
      return (
        db
          .prepare('SELECT * FROM progress_updates WHERE task_id = ? ORDER BY reported_on, id')
          .all(taskId) as ProgressUpdateRow[]
      ).map(toProgressUpdate);
    },

    occurrences(planId: number, from: string, to: string): Occurrence[] {
      if (to < from) throw new UserError('Ngày kết thúc của khoảng thời gian phải sau ngày bắt đầu.');
      const plan = db.prepare('SELECT issued_on, imported_at FROM plans WHERE id = ?').get(planId) as
        { issued_on: string | null; imported_at: string } | undefined;
      if (!plan) throw planNotFound(planId);
      const tasks = db
        .prepare(
          'SELECT id, wbs, title, start_on, recurrence FROM tasks WHERE plan_id = ? AND recurrence IS NOT NULL ORDER BY sort_order',
        )
        .all(planId) as {
        id: number;
        wbs: string;
        title: string;
        start_on: string | null;
        recurrence: string;
      }[];
      const doneOf = db.prepare('SELECT due_on, done_on FROM occurrence_completions WHERE task_id = ?');
      const result: Occurrence[] = [];
      for (const t of tasks) {
        const rule = recurrenceSchema.parse(JSON.parse(t.recurrence));
        const anchor = t.start_on ?? plan.issued_on ?? plan.imported_at.slice(0, 10);
        const done = new Map(
          (doneOf.all(t.id) as { due_on: string; done_on: string }[]).map((r) => [r.due_on, r.done_on]),
        );
        for (const dueOn of listOccurrences(rule, anchor, { from, to })) {
          result.push({ taskId: t.id, wbs: t.wbs, title: t.title, dueOn, doneOn: done.get(dueOn) ?? null });
        }
      }
      return result;
    },

    setOccurrenceDone(taskId: number, dueOn: string, doneOn: string | null): void {
      const row = db.prepare('SELECT recurrence FROM tasks WHERE id = ?').get(taskId) as
        { recurrence: string | null } | undefined;
      if (!row) throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
      if (row.recurrence === null) throw new UserError('Nhiệm vụ này không lặp lại định kỳ.');
      if (doneOn === null) {
        db.prepare('DELETE FROM occurrence_completions WHERE task_id = ? AND due_on = ?').run(taskId, dueOn);
      } else {
        db.prepare(
          `INSERT INTO occurrence_completions (task_id, due_on, done_on) VALUES (?, ?, ?)
           ON CONFLICT (task_id, due_on) DO UPDATE SET done_on = excluded.done_on`,
        ).run(taskId, dueOn, doneOn);
      }
    },
  };
}
