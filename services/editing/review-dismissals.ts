/** "Đã xem — giữ nguyên": a problem of the "Cần bổ sung" list the user chose to keep, with the reason. */
import type { ReviewDismissal, ReviewProblem } from '../../shared/api/review-contract';
import { UserError } from '../../shared/api/user-error';
import type { Db } from '../storage/database';

type Row = { id: number; task_id: number; problem: ReviewProblem; reason: string; created_at: string };
const toDismissal = (r: Row): ReviewDismissal => ({
  id: r.id,
  taskId: r.task_id,
  problem: r.problem,
  reason: r.reason,
  createdAt: r.created_at,
});

export function createReviewDismissals(db: Db, now: () => Date) {
  return {
    list(planId: number): ReviewDismissal[] {
      return (
        db
          .prepare(
            `SELECT d.* FROM review_dismissals d JOIN tasks t ON t.id = d.task_id
             WHERE t.plan_id = ? ORDER BY d.id`,
          )
          .all(planId) as Row[]
      ).map(toDismissal);
    },

    /** A second mark of the same problem replaces the reason. */
    dismiss(taskId: number, problem: ReviewProblem, reason: string): ReviewDismissal {
      if (!db.prepare('SELECT 1 FROM tasks WHERE id = ?').get(taskId))
        throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
      const row = db
        .prepare(
          `INSERT INTO review_dismissals (task_id, problem, reason, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (task_id, problem) DO UPDATE SET reason = excluded.reason RETURNING *`,
        )
        .get(taskId, problem, reason, now().toISOString()) as Row;
      return toDismissal(row);
    },

    reopen(dismissalId: number): void {
      if (db.prepare('DELETE FROM review_dismissals WHERE id = ?').run(dismissalId).changes === 0)
        throw new UserError(`Không tìm thấy đánh dấu “Đã xem” (mã ${dismissalId}).`, 'not-found');
    },
  };
}
