/** Steering-committee meetings: date, place, chair, agenda items and conclusions linked to tasks. */
import { UserError, planNotFound } from '../../shared/api/user-error';
import type { Meeting } from '../../shared/editing/editing-schemas';
import type { Db } from '../storage/database';

type MeetingRow = {
  id: number;
  plan_id: number;
  title: string;
  held_on: string;
  place: string | null;
  chair: string | null;
};
type ItemRow = {
  id: number;
  meeting_id: number;
  kind: 'agenda' | 'conclusion';
  text: string;
  task_id: number | null;
};
export type MeetingFields = { title: string; heldOn: string; place: string | null; chair: string | null };

export function createMeetingEditing(db: Db) {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ?');
  const items = db.prepare('SELECT * FROM meeting_items WHERE meeting_id = ? ORDER BY kind, sort_order, id');

  const get = (meetingId: number): Meeting => {
    const m = row.get(meetingId) as MeetingRow | undefined;
    if (!m) throw new UserError(`Không tìm thấy cuộc họp (mã ${meetingId}).`, 'not-found');
    return {
      id: m.id,
      planId: m.plan_id,
      title: m.title,
      heldOn: m.held_on,
      place: m.place,
      chair: m.chair,
      items: (items.all(m.id) as ItemRow[]).map((i) => ({
        id: i.id,
        kind: i.kind,
        text: i.text,
        taskId: i.task_id,
      })),
    };
  };
  const item = (itemId: number): ItemRow => {
    const i = db.prepare('SELECT * FROM meeting_items WHERE id = ?').get(itemId) as ItemRow | undefined;
    if (!i) throw new UserError(`Không tìm thấy nội dung cuộc họp (mã ${itemId}).`, 'not-found');
    return i;
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
      const id = db
        .prepare('INSERT INTO meetings (plan_id, title, held_on, place, chair) VALUES (?, ?, ?, ?, ?)')
        .run(planId, fields.title, fields.heldOn, fields.place || null, fields.chair || null).lastInsertRowid;
      return get(Number(id));
    },
    update(meetingId: number, fields: MeetingFields): Meeting {
      get(meetingId);
      db.prepare('UPDATE meetings SET title = ?, held_on = ?, place = ?, chair = ? WHERE id = ?').run(
        fields.title,
        fields.heldOn,
        fields.place || null,
        fields.chair || null,
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
      if (taskId !== null) {
        const planId = db.prepare('SELECT plan_id FROM tasks WHERE id = ?').pluck().get(taskId) as
          number | undefined;
        if (planId === undefined) throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
        if (planId !== meeting.planId) throw new UserError('Nhiệm vụ không thuộc kế hoạch của cuộc họp.');
      }
      db.prepare(
        `INSERT INTO meeting_items (meeting_id, kind, text, task_id, sort_order)
         VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM meeting_items WHERE meeting_id = ?))`,
      ).run(meetingId, kind, text, taskId, meetingId);
      return get(meetingId);
    },
    removeItem(itemId: number): Meeting {
      const i = item(itemId);
      db.prepare('DELETE FROM meeting_items WHERE id = ?').run(itemId);
      return get(i.meeting_id);
    },
    item,
    linkItem(itemId: number, taskId: number): void {
      db.prepare('UPDATE meeting_items SET task_id = ? WHERE id = ?').run(taskId, itemId);
    },
  };
}
