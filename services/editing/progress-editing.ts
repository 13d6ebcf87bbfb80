/** Progress history of a task, and occurrences of recurring duties marked done one by one. */
import { UserError, planNotFound } from '../../shared/api/user-error';
import type { Occurrence, ProgressFields } from '../../shared/editing/editing-schemas';
import { todayIso } from '../../shared/dates/iso-date';
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

  /** The stored form of a report, after the rules a report from the window must keep. */
  const checked = (fields: ProgressFields) => {
    const today = todayIso(now());
    if (fields.reportedOn > today)
      throw new UserError('Ngày báo cáo không thể sau hôm nay: tiến độ chỉ ghi điều đã xảy ra.');
    const completedOn = fields.completedOn ?? null;
    if (completedOn !== null) {
      if (fields.percent !== 100) throw new UserError('Nhiệm vụ đã hoàn thành thì tỷ lệ phải là 100%.');
      if (completedOn > fields.reportedOn) throw new UserError('Ngày hoàn thành không thể sau ngày báo cáo.');
    }
    const unitId = fields.reportedByUnitId ?? null;
    if (unitId !== null && !db.prepare('SELECT 1 FROM units WHERE id = ?').get(unitId))
      throw new UserError(`Không tìm thấy đơn vị báo cáo (mã ${unitId}).`, 'not-found');
    return {
      reportedOn: fields.reportedOn,
      percent: fields.percent,
      achieved: fields.achieved || null,
      difficulties: fields.difficulties || null,
      enteredBy: fields.enteredBy || null,
      reportedByUnitId: unitId,
      reportedByPerson: fields.reportedByPerson || null,
      proposals: fields.proposals || null,
      completedOn,
    };
  };

  return {
    add(update: ProgressFields & { taskId: number }): ProgressUpdate {
      taskExists(update.taskId);
      const row = db
        .prepare(
          `INSERT INTO progress_updates (task_id, reported_on, percent, achieved, difficulties, entered_by, created_at,
             reported_by_unit_id, reported_by_person, proposals, completed_on)
           VALUES (@taskId, @reportedOn, @percent, @achieved, @difficulties, @enteredBy, @createdAt,
             @reportedByUnitId, @reportedByPerson, @proposals, @completedOn) RETURNING *`,
        )
        .get({
          ...checked(update),
          taskId: update.taskId,
          createdAt: now().toISOString(),
        }) as ProgressUpdateRow;
      return toProgressUpdate(row);
    },

    /** A correction replaces what the report says; when it was entered stays. */
    correct(updateId: number, fields: ProgressFields): ProgressUpdate {
      const row = db
        .prepare(
          `UPDATE progress_updates SET reported_on = @reportedOn, percent = @percent, achieved = @achieved,
             difficulties = @difficulties, entered_by = @enteredBy, reported_by_unit_id = @reportedByUnitId,
             reported_by_person = @reportedByPerson, proposals = @proposals, completed_on = @completedOn
           WHERE id = @updateId RETURNING *`,
        )
        .get({ ...checked(fields), updateId }) as ProgressUpdateRow | undefined;
      if (!row) throw new UserError(`Không tìm thấy lần cập nhật tiến độ (mã ${updateId}).`, 'not-found');
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
