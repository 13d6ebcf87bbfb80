/**
 * Revisions of a task's dates: each change of dates after the plan set them is one row, with its
 * reason and decision; the task's `start_on`/`deadline_on` follow the latest row (else the baseline),
 * so undoing any revision, not only the last, puts the right dates back. The baseline is never written here.
 */
import { UserError } from '../../shared/api/user-error';
import type { DeadlinePrecision } from '../../shared/model/schemas';
import { type TaskRevision, REVISION_KINDS, type RevisionNote } from '../../shared/revisions/revision-schema';
import {
  type TaskDates,
  currentDates,
  currentPrecision,
  sameDates,
} from '../../shared/revisions/revision-rules';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { Db } from '../storage/database';

type DatesRow = {
  id: number;
  start_on: string | null;
  deadline_on: string | null;
  baseline_start_on: string | null;
  baseline_deadline_on: string | null;
  baseline_precision: DeadlinePrecision | null;
};

type RevisionRow = {
  id: number;
  task_id: number;
  start_on: string | null;
  deadline_on: string | null;
  previous_start_on: string | null;
  previous_deadline_on: string | null;
  decided_on: string;
  kind: string;
  reason: string | null;
  meeting_item_id: number | null;
  meeting_title: string | null;
  meeting_held_on: string | null;
  decision_ref: string | null;
  created_at: string;
};

const toRevision = (r: RevisionRow): TaskRevision => {
  const kind = REVISION_KINDS.find((k) => k === r.kind);
  if (!kind) throw new Error(`Giá trị không hợp lệ trong dữ liệu: ${r.kind}`);
  return {
    id: r.id,
    taskId: r.task_id,
    start: r.start_on,
    deadline: r.deadline_on,
    previousStart: r.previous_start_on,
    previousDeadline: r.previous_deadline_on,
    decidedOn: r.decided_on,
    kind,
    reason: r.reason,
    meetingItemId: r.meeting_item_id,
    meetingLabel:
      r.meeting_title === null || r.meeting_held_on === null
        ? null
        : `“${r.meeting_title}” ngày ${formatDisplayDate(r.meeting_held_on)}`,
    decisionRef: r.decision_ref,
    createdAt: r.created_at,
  };
};

export function createRevisionEditing(db: Db, now: () => Date = () => new Date()) {
  const datesOf = db.prepare(
    `SELECT id, start_on, deadline_on, baseline_start_on, baseline_deadline_on, baseline_precision
     FROM tasks WHERE id = ?`,
  );
  const revisionsOf = db.prepare(
    `SELECT r.*, m.title AS meeting_title, m.held_on AS meeting_held_on
     FROM task_revisions r
     LEFT JOIN meeting_items i ON i.id = r.meeting_item_id
     LEFT JOIN meetings m ON m.id = i.meeting_id
     WHERE r.task_id = ? ORDER BY r.id`,
  );
  const insert = db.prepare(
    `INSERT INTO task_revisions (task_id, start_on, deadline_on, previous_start_on, previous_deadline_on,
                                 decided_on, kind, reason, meeting_item_id, decision_ref, created_at)
     VALUES (@taskId, @start, @deadline, @previousStart, @previousDeadline, @decidedOn, @kind, @reason,
             @meetingItemId, @decisionRef, @createdAt)`,
  );
  const setCurrent = db.prepare(
    'UPDATE tasks SET start_on = ?, deadline_on = ?, deadline_precision = ? WHERE id = ?',
  );
  const conclusionExists = db
    .prepare("SELECT 1 FROM meeting_items WHERE id = ? AND kind = 'conclusion'")
    .pluck();

  const dates = (taskId: number): DatesRow => {
    const row = datesOf.get(taskId) as DatesRow | undefined;
    if (!row) throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
    return row;
  };

  /** Writes the dates in force from the baseline and the revisions left. */
  const applyCurrent = (taskId: number): TaskDates => {
    const row = dates(taskId);
    const revisions = (revisionsOf.all(taskId) as RevisionRow[]).map((r) => ({
      start: r.start_on,
      deadline: r.deadline_on,
    }));
    const current = currentDates(
      { start: row.baseline_start_on, deadline: row.baseline_deadline_on },
      revisions,
    );
    setCurrent.run(
      current.start,
      current.deadline,
      currentPrecision(row.baseline_deadline_on, row.baseline_precision, current.deadline),
      taskId,
    );
    return current;
  };

  return {
    list: (taskId: number): TaskRevision[] => {
      dates(taskId);
      return (revisionsOf.all(taskId) as RevisionRow[]).map(toRevision);
    },

    /** The revisions decided by the conclusions of one meeting, in the order they were recorded. */
    byMeeting: (meetingId: number): TaskRevision[] =>
      (
        db
          .prepare(
            `SELECT r.*, m.title AS meeting_title, m.held_on AS meeting_held_on
             FROM task_revisions r
             JOIN meeting_items i ON i.id = r.meeting_item_id
             JOIN meetings m ON m.id = i.meeting_id
             WHERE m.id = ? ORDER BY r.id`,
          )
          .all(meetingId) as RevisionRow[]
      ).map(toRevision),

    /** Records new dates as a revision; null when they are the dates already in force. */
    revise(taskId: number, next: TaskDates, note: RevisionNote): number | null {
      const row = dates(taskId);
      const before = { start: row.start_on, deadline: row.deadline_on };
      if (sameDates(before, next)) return null;
      if (next.start && next.deadline && next.deadline < next.start) {
        throw new UserError(
          `Thời hạn hoàn thành (${formatDisplayDate(next.deadline)}) không thể trước ngày bắt đầu (${formatDisplayDate(next.start)}).`,
        );
      }
      if (note.meetingItemId !== null && conclusionExists.get(note.meetingItemId) === undefined) {
        throw new UserError(`Không tìm thấy kết luận cuộc họp (mã ${note.meetingItemId}).`, 'not-found');
      }
      const reason = note.reason && note.reason.trim() !== '' ? note.reason.trim() : null;
      const decided = reason !== null || note.meetingItemId !== null || (note.decisionRef ?? '') !== '';
      const id = Number(
        insert.run({
          taskId,
          start: next.start,
          deadline: next.deadline,
          previousStart: before.start,
          previousDeadline: before.deadline,
          decidedOn: note.decidedOn,
          kind: decided ? 'decided' : 'quick',
          reason,
          meetingItemId: note.meetingItemId,
          decisionRef: note.decisionRef && note.decisionRef.trim() !== '' ? note.decisionRef.trim() : null,
          createdAt: now().toISOString(),
        }).lastInsertRowid,
      );
      applyCurrent(taskId);
      return id;
    },

    /** Takes one revision back, wherever it is in the history; the dates in force follow what is left. */
    undoRevision(revisionId: number): { taskId: number } {
      const row = db.prepare('SELECT task_id FROM task_revisions WHERE id = ?').pluck().get(revisionId) as
        number | undefined;
      if (row === undefined)
        throw new UserError(`Không tìm thấy lần điều chỉnh (mã ${revisionId}).`, 'not-found');
      db.prepare('DELETE FROM task_revisions WHERE id = ?').run(revisionId);
      applyCurrent(row);
      return { taskId: row };
    },

    applyCurrent,
  };
}

export type RevisionEditing = ReturnType<typeof createRevisionEditing>;
