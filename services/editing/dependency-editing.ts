/** Finish-to-start links with a lag; a link that would close a cycle is refused, naming the tasks. */
import { UserError } from '../../shared/api/user-error';
import { addDays, daysBetween } from '../../shared/dates/iso-date';
import { type Link, cycleClosedBy, dependantsOf } from '../../shared/editing/dependency-graph';
import type { ShiftPreview } from '../../shared/editing/editing-schemas';
import type { Db } from '../storage/database';

type TaskLine = {
  id: number;
  plan_id: number;
  wbs: string;
  title: string;
  start_on: string | null;
  deadline_on: string | null;
};

export function createDependencyEditing(db: Db) {
  const task = db.prepare('SELECT id, plan_id, wbs, title, start_on, deadline_on FROM tasks WHERE id = ?');
  const linksOfPlan = db.prepare(
    `SELECT d.predecessor_id AS predecessorId, d.successor_id AS successorId FROM dependencies d
     JOIN tasks t ON t.id = d.successor_id WHERE t.plan_id = ?`,
  );
  const line = (id: number): TaskLine => {
    const row = task.get(id) as TaskLine | undefined;
    if (!row) throw new UserError(`Không tìm thấy nhiệm vụ (mã ${id}).`, 'not-found');
    return row;
  };
  const name = (t: TaskLine) => `${t.wbs} “${t.title.length > 60 ? `${t.title.slice(0, 59)}…` : t.title}”`;

  return {
    add(predecessorId: number, successorId: number, lagDays: number): void {
      const p = line(predecessorId);
      const s = line(successorId);
      if (p.plan_id !== s.plan_id)
        throw new UserError('Chỉ liên kết được các nhiệm vụ trong cùng một kế hoạch.');
      const links = linksOfPlan.all(p.plan_id) as Link[];
      if (links.some((l) => l.predecessorId === predecessorId && l.successorId === successorId)) {
        throw new UserError(`Đã có liên kết từ ${name(p)} đến ${name(s)}.`, 'conflict');
      }
      const cycle = cycleClosedBy(links, { predecessorId, successorId });
      if (cycle) {
        throw new UserError(
          `Không thể thêm liên kết vì tạo thành vòng lặp: ${cycle.map((id) => name(line(id))).join(' → ')}.`,
          'conflict',
        );
      }
      db.prepare('INSERT INTO dependencies (predecessor_id, successor_id, lag_days) VALUES (?, ?, ?)').run(
        predecessorId,
        successorId,
        lagDays,
      );
    },

    remove(predecessorId: number, successorId: number): void {
      const removed = db
        .prepare('DELETE FROM dependencies WHERE predecessor_id = ? AND successor_id = ?')
        .run(predecessorId, successorId).changes;
      if (removed === 0) throw new UserError('Không tìm thấy liên kết này.', 'not-found');
    },

    /** The dependants a move would carry along: each by the days the task's deadline (else start) moves. */
    preview(taskId: number, start: string | null, deadline: string | null): ShiftPreview {
      const t = line(taskId);
      const from = t.deadline_on ?? t.start_on;
      const to = t.deadline_on ? deadline : start;
      if (!from || !to) return [];
      const days = daysBetween(from, to);
      if (days === 0) return [];
      const shift = (d: string | null) => (d === null ? null : addDays(d, days));
      return dependantsOf(linksOfPlan.all(t.plan_id) as Link[], taskId).map((id) => {
        const d = line(id);
        return {
          taskId: id,
          wbs: d.wbs,
          title: d.title,
          start: d.start_on,
          deadline: d.deadline_on,
          newStart: shift(d.start_on),
          newDeadline: shift(d.deadline_on),
        };
      });
    },
  };
}
