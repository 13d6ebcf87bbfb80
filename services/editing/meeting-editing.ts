/**
 * Steering-committee meetings: date, time, place, chair, participating units, agenda items and
 * conclusions linked to tasks; every field editable, and postponements kept with their reasons.
 */
import { UserError, planNotFound } from '../../shared/api/user-error';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { Meeting } from '../../shared/editing/editing-schemas';
import type { Db } from '../storage/database';

type MeetingRow = {
  id: number;
  plan_id: number;
  title: string;
  held_on: string;
  starts_at: string | null;
  place: string | null;
  chair: string | null;
};
type ItemRow = {
  id: number;
  meeting_id: number;
  kind: 'agenda' | 'conclusion';
  text: string;
  task_id: number | null;
  follow_up_task_id: number | null;
};
type PostponementRow = { from_date: string; to_date: string; reason: string | null };

export type MeetingFields = {
  title: string;
  heldOn: string;
  startsAt?: string | null | undefined;
  place: string | null;
  chair: string | null;
  participantUnitIds?: number[] | undefined;
};

export function createMeetingEditing(db: Db, now: () => Date = () => new Date()) {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ?');
  const items = db.prepare('SELECT * FROM meeting_items WHERE meeting_id = ? ORDER BY kind, sort_order, id');
  const participants = db
    .prepare('SELECT unit_id FROM meeting_participants WHERE meeting_id = ? ORDER BY unit_id')
    .pluck();
  const postponements = db.prepare(
    'SELECT from_date, to_date, reason FROM meeting_postponements WHERE meeting_id = ? ORDER BY id',
  );

  const get = (meetingId: number): Meeting => {
    const m = row.get(meetingId) as MeetingRow | undefined;
    if (!m) throw new UserError(`Không tìm thấy cuộc họp (mã ${meetingId}).`, 'not-found');
    return {
      id: m.id,
      planId: m.plan_id,
      title: m.title,
      heldOn: m.held_on,
      startsAt: m.starts_at,
      place: m.place,
      chair: m.chair,
      participantUnitIds: participants.all(m.id) as number[],
      items: (items.all(m.id) as ItemRow[]).map((i) => ({
        id: i.id,
        kind: i.kind,
        text: i.text,
        taskId: i.task_id,
        followUpTaskId: i.follow_up_task_id,
      })),
      postponements: (postponements.all(m.id) as PostponementRow[]).map((p) => ({
        fromDate: p.from_date,
        toDate: p.to_date,
        reason: p.reason,
      })),
    };
  };
  const item = (itemId: number): ItemRow => {
    const i = db.prepare('SELECT * FROM meeting_items WHERE id = ?').get(itemId) as ItemRow | undefined;
    if (!i) throw new UserError(`Không tìm thấy nội dung cuộc họp (mã ${itemId}).`, 'not-found');
    return i;
  };
  const checkTask = (meeting: Meeting, taskId: number | null) => {
    if (taskId === null) return;
    const planId = db.prepare('SELECT plan_id FROM tasks WHERE id = ?').pluck().get(taskId) as
      number | undefined;
    if (planId === undefined) throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
    if (planId !== meeting.planId) throw new UserError('Nhiệm vụ không thuộc kế hoạch của cuộc họp.');
  };
  const writeParticipants = (meetingId: number, unitIds: number[] | undefined) => {
    if (unitIds === undefined) return;
    const unitExists = db.prepare('SELECT 1 FROM units WHERE id = ?').pluck();
    for (const unitId of unitIds) {
      if (unitExists.get(unitId) === undefined)
        throw new UserError(`Không tìm thấy đơn vị (mã ${unitId}) trong danh mục đơn vị.`, 'not-found');
    }
    db.prepare('DELETE FROM meeting_participants WHERE meeting_id = ?').run(meetingId);
    const add = db.prepare('INSERT INTO meeting_participants (meeting_id, unit_id) VALUES (?, ?)');
    for (const unitId of new Set(unitIds)) add.run(meetingId, unitId);
  };

  return {
    get,
    list(planId: number): Meeting[] {
      const ids = db
        .prepare('SELECT id FROM meetings WHERE plan_id = ? ORDER BY held_on, id')
        .pluck()
        .all(planId) as number[];
      return ids.map(get);
    },
    add(planId: number, fields: MeetingFields): Meeting {
      if (!db.prepare('SELECT 1 FROM plans WHERE id = ?').get(planId)) {
        throw planNotFound(planId);
      }
      const id = Number(
        db
          .prepare(
            'INSERT INTO meetings (plan_id, title, held_on, starts_at, place, chair) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(
            planId,
            fields.title,
            fields.heldOn,
            fields.startsAt ?? null,
            fields.place || null,
            fields.chair || null,
          ).lastInsertRowid,
      );
      writeParticipants(id, fields.participantUnitIds);
      return get(id);
    },
    /** Corrects any field; a change of date here is a correction, a postponement goes through postpone(). */
    update(meetingId: number, fields: MeetingFields): Meeting {
      const before = get(meetingId);
      db.prepare(
        'UPDATE meetings SET title = ?, held_on = ?, starts_at = ?, place = ?, chair = ? WHERE id = ?',
      ).run(
        fields.title,
        fields.heldOn,
        fields.startsAt === undefined ? before.startsAt : fields.startsAt,
        fields.place || null,
        fields.chair || null,
        meetingId,
      );
      writeParticipants(meetingId, fields.participantUnitIds);
      return get(meetingId);
    },
    /** Moves the meeting to a new date (and time), keeping the date it had and why it moved. */
    postpone(
      meetingId: number,
      toDate: string,
      startsAt: string | null | undefined,
      reason: string | null,
    ): Meeting {
      const before = get(meetingId);
      if (toDate === before.heldOn && (startsAt === undefined || startsAt === before.startsAt)) {
        throw new UserError(`Cuộc họp đã ở ngày ${formatDisplayDate(toDate)}: hãy chọn ngày khác để hoãn.`);
      }
      db.prepare(
        'INSERT INTO meeting_postponements (meeting_id, from_date, to_date, reason, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(meetingId, before.heldOn, toDate, reason?.trim() || null, now().toISOString());
      db.prepare('UPDATE meetings SET held_on = ?, starts_at = ? WHERE id = ?').run(
        toDate,
        startsAt === undefined ? before.startsAt : startsAt,
        meetingId,
      );
      return get(meetingId);
    },
    remove(meetingId: number): void {
      get(meetingId);
      db.prepare('DELETE FROM meetings WHERE id = ?').run(meetingId);
    },
    addItem(meetingId: number, kind: 'agenda' | 'conclusion', text: string, taskId: number | null): Meeting {
      const meeting = get(meetingId);
      checkTask(meeting, taskId);
      db.prepare(
        `INSERT INTO meeting_items (meeting_id, kind, text, task_id, sort_order)
         VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM meeting_items WHERE meeting_id = ?))`,
      ).run(meetingId, kind, text, taskId, meetingId);
      return get(meetingId);
    },
    updateItem(itemId: number, text: string, taskId: number | null): Meeting {
      const i = item(itemId);
      checkTask(get(i.meeting_id), taskId);
      db.prepare('UPDATE meeting_items SET text = ?, task_id = ? WHERE id = ?').run(text, taskId, itemId);
      return get(i.meeting_id);
    },
    removeItem(itemId: number): Meeting {
      const i = item(itemId);
      db.prepare('DELETE FROM meeting_items WHERE id = ?').run(itemId);
      return get(i.meeting_id);
    },
    item,
    linkFollowUp(itemId: number, taskId: number): void {
      db.prepare('UPDATE meeting_items SET follow_up_task_id = ? WHERE id = ?').run(taskId, itemId);
    },
  };
}
