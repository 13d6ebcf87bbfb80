/**
 * The requests sent to units, the tasks each listed, and the returned forms accepted from them:
 * every SQL statement of the progress-request feature, nowhere else.
 */
import type { IsoDate } from '../../shared/dates/iso-date';
import type { UnitRole } from '../../shared/model/schemas';
import type {
  RequestContext,
  RequestTask,
  RowUpdate,
} from '../../shared/progress-requests/check-returned-forms';
import { updateSignature } from '../../shared/progress-requests/check-returned-forms';
import type { RejectedRow, TrackedRequest } from '../../shared/progress-requests/request-schemas';
import type { Db } from '../storage/database';

export type NewRequest = {
  planId: number;
  unitId: number;
  token: string;
  asOf: IsoDate;
  periodLabel: string;
  sentOn: IsoDate;
  dueOn: IsoDate;
  documentNumber: string | null;
  tasks: {
    taskId: number;
    role: UnitRole;
    title: string;
    deadline: IsoDate | null;
    deadlineText: string | null;
    percent: number | null;
  }[];
};

type RequestRow = {
  id: number;
  plan_id: number;
  unit_id: number;
  token: string;
  as_of: string;
  period_label: string | null;
  sent_on: string;
  due_on: string;
  document_number: string | null;
};

export function createRequestStore(db: Db, now: () => Date) {
  const insertRequest = db.prepare(
    `INSERT INTO progress_requests (plan_id, unit_id, token, as_of, period_label, sent_on, due_on, document_number, created_at)
     VALUES (@planId, @unitId, @token, @asOf, @periodLabel, @sentOn, @dueOn, @documentNumber, @createdAt) RETURNING id`,
  );
  const insertTask = db.prepare(
    `INSERT INTO progress_request_tasks (request_id, task_id, role, title, deadline_on, deadline_text, percent)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReturn = db.prepare(
    `INSERT INTO progress_returns (request_id, file_name, file_sha256, received_on, accepted_count, rejected, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertUpdate = db.prepare(
    `INSERT INTO progress_updates (task_id, reported_on, percent, achieved, difficulties, entered_by, created_at, source_return_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return {
    add(request: NewRequest): number {
      const id = (
        insertRequest.get({
          ...request,
          periodLabel: request.periodLabel || null,
          createdAt: now().toISOString(),
        }) as { id: number }
      ).id;
      for (const t of request.tasks)
        insertTask.run(id, t.taskId, t.role, t.title, t.deadline, t.deadlineText, t.percent);
      return id;
    },

    /** The tracker: newest round first, units in name order. */
    track(planId: number, today: IsoDate): TrackedRequest[] {
      const rows = db
        .prepare(
          `SELECT r.id, r.unit_id, u.name AS unit_name, r.as_of, r.period_label, r.sent_on, r.due_on, r.document_number,
             (SELECT COUNT(*) FROM progress_request_tasks t WHERE t.request_id = r.id) AS task_count,
             (SELECT MIN(received_on) FROM progress_returns x WHERE x.request_id = r.id) AS replied_on,
             (SELECT COALESCE(SUM(accepted_count), 0) FROM progress_returns x WHERE x.request_id = r.id) AS accepted
           FROM progress_requests r JOIN units u ON u.id = r.unit_id
           WHERE r.plan_id = ? ORDER BY r.sent_on DESC, r.created_at DESC, u.name, r.id`,
        )
        .all(planId) as {
        id: number;
        unit_id: number;
        unit_name: string;
        as_of: string;
        period_label: string | null;
        sent_on: string;
        due_on: string;
        document_number: string | null;
        task_count: number;
        replied_on: string | null;
        accepted: number;
      }[];
      return rows.map((r) => ({
        requestId: r.id,
        unitId: r.unit_id,
        unitName: r.unit_name,
        asOf: r.as_of,
        periodLabel: r.period_label ?? '',
        sentOn: r.sent_on,
        dueOn: r.due_on,
        documentNumber: r.document_number,
        taskCount: r.task_count,
        repliedOn: r.replied_on,
        acceptedCount: r.accepted,
        late: r.replied_on === null ? today > r.due_on : r.replied_on > r.due_on,
      }));
    },

    /** What the checker needs to know about the request a form answers. */
    contextOf(token: string): RequestContext | null {
      const r = db.prepare('SELECT * FROM progress_requests WHERE token = ?').get(token) as
        RequestRow | undefined;
      if (!r) return null;
      const plan = db.prepare('SELECT code, issued_on FROM plans WHERE id = ?').get(r.plan_id) as {
        code: string;
        issued_on: string | null;
      };
      const unit = db.prepare('SELECT name, full_name FROM units WHERE id = ?').get(r.unit_id) as {
        name: string;
        full_name: string;
      };
      const taskRows = db
        .prepare(
          `SELECT rt.task_id, rt.role, rt.title AS sent_title, rt.deadline_on AS sent_deadline,
                  rt.deadline_text AS sent_deadline_text, t.wbs, t.title, t.deadline_on, t.deadline_text
           FROM progress_request_tasks rt LEFT JOIN tasks t ON t.id = rt.task_id WHERE rt.request_id = ?`,
        )
        .all(r.id) as {
        task_id: number;
        role: UnitRole;
        sent_title: string;
        sent_deadline: string | null;
        sent_deadline_text: string | null;
        wbs: string | null;
        title: string | null;
        deadline_on: string | null;
        deadline_text: string | null;
      }[];
      const tasks = new Map<number, RequestTask>();
      for (const t of taskRows)
        tasks.set(t.task_id, {
          taskId: t.task_id,
          role: t.role,
          sent: { title: t.sent_title, deadline: t.sent_deadline, deadlineText: t.sent_deadline_text },
          current:
            t.wbs === null || t.title === null
              ? null
              : { wbs: t.wbs, title: t.title, deadline: t.deadline_on, deadlineText: t.deadline_text },
        });
      const updates = db
        .prepare(
          `SELECT task_id, reported_on, percent, achieved, difficulties FROM progress_updates
           WHERE task_id IN (SELECT task_id FROM progress_request_tasks WHERE request_id = ?)
           ORDER BY task_id, reported_on, id`,
        )
        .all(r.id) as {
        task_id: number;
        reported_on: string;
        percent: number;
        achieved: string | null;
        difficulties: string | null;
      }[];
      const latest = new Map<number, { percent: number; reportedOn: IsoDate }>();
      const stored = new Set<string>();
      for (const u of updates) {
        latest.set(u.task_id, { percent: u.percent, reportedOn: u.reported_on });
        stored.add(
          updateSignature({
            taskId: u.task_id,
            reportedOn: u.reported_on,
            percent: u.percent,
            achieved: u.achieved,
            difficulties: u.difficulties,
          }),
        );
      }
      return {
        requestId: r.id,
        token: r.token,
        planId: r.plan_id,
        planCode: plan.code,
        planIssuedOn: plan.issued_on,
        unitName: unit.name,
        unitFullName: unit.full_name,
        asOf: r.as_of,
        tasks,
        latest,
        stored,
      };
    },

    importedOn(sha256: string): IsoDate | null {
      return (
        (db
          .prepare('SELECT MIN(received_on) FROM progress_returns WHERE file_sha256 = ?')
          .pluck()
          .get(sha256) as string | null) ?? null
      );
    },

    /** One accepted file: its record, then its updates credited to the unit with the file as source. */
    recordReturn(entry: {
      requestId: number;
      fileName: string;
      sha256: string;
      receivedOn: IsoDate;
      unitName: string;
      updates: RowUpdate[];
      rejected: RejectedRow[];
    }): number {
      const createdAt = now().toISOString();
      const returnId = (
        insertReturn.get(
          entry.requestId,
          entry.fileName,
          entry.sha256,
          entry.receivedOn,
          entry.updates.length,
          JSON.stringify(entry.rejected),
          createdAt,
        ) as { id: number }
      ).id;
      for (const u of entry.updates)
        insertUpdate.run(
          u.taskId,
          u.reportedOn,
          u.percent,
          u.achieved,
          u.difficulties,
          entry.unitName,
          createdAt,
          returnId,
        );
      return returnId;
    },

    /** Requests of a plan not answered by `asOf` although due before it, by unit. */
    unanswered(planId: number, asOf: IsoDate) {
      return db
        .prepare(
          `SELECT r.id, r.unit_id, r.sent_on, r.due_on, r.as_of, r.document_number FROM progress_requests r
           WHERE r.plan_id = ? AND r.due_on < ?
             AND NOT EXISTS (SELECT 1 FROM progress_returns x WHERE x.request_id = r.id)
           ORDER BY r.sent_on`,
        )
        .all(planId, asOf) as {
        id: number;
        unit_id: number;
        sent_on: string;
        due_on: string;
        as_of: string;
        document_number: string | null;
      }[];
    },
  };
}

export type RequestStore = ReturnType<typeof createRequestStore>;
