/** Steering-committee meetings: date, place, chair, agenda items and conclusions that become tasks. */
import { useEffect, useState } from 'react';
import type { Meeting } from '../../../shared/editing/editing-schemas';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../files/Field';
import { Modal } from '../files/Modal';
import { useSubmit } from './useSubmit';
import type { Editing } from './useEditing';

type Props = { editing: Editing; view: PlanView; onClose: () => void };

function MeetingCard({
  editing,
  meeting,
  view,
  onChanged,
}: {
  editing: Editing;
  meeting: Meeting;
  view: PlanView;
  onChanged: () => void;
}) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'agenda' | 'conclusion'>('agenda');
  const [taskId, setTaskId] = useState('');
  const { client } = editing;
  const taskName = (id: number | null) => {
    const t = id === null ? undefined : view.tasks.find((x) => x.id === id);
    return t ? `${t.wbs} ${t.title}` : null;
  };
  const after = async <T,>(edit: () => Promise<T>) => {
    await editing.run(edit);
    onChanged();
  };
  return (
    <section className="editor-section" data-testid={`meeting-${meeting.id}`}>
      <h3>
        {meeting.title} — {formatDisplayDate(meeting.heldOn)}
        {meeting.place && `, ${meeting.place}`}
        {meeting.chair && ` (chủ trì: ${meeting.chair})`}
      </h3>
      {(['agenda', 'conclusion'] as const).map((k) => (
        <div key={k}>
          <strong>{k === 'agenda' ? 'Nội dung họp' : 'Kết luận'}</strong>
          <ul className="plain-list">
            {meeting.items
              .filter((i) => i.kind === k)
              .map((i) => (
                <li key={i.id}>
                  {i.text}
                  {taskName(i.taskId) && <span className="muted"> — nhiệm vụ {taskName(i.taskId)}</span>}
                  {k === 'conclusion' && i.taskId === null && (
                    <button
                      type="button"
                      className="button link"
                      onClick={() =>
                        void after(() =>
                          client.createFollowUpTask({ itemId: i.id, deadline: null, leadUnitId: null }),
                        )
                      }
                    >
                      Tạo nhiệm vụ theo dõi
                    </button>
                  )}
                  <button
                    type="button"
                    className="button link"
                    onClick={() => void after(() => client.removeMeetingItem({ itemId: i.id }))}
                  >
                    Xóa
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <div className="button-row">
        <select
          aria-label="Loại nội dung"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
        >
          <option value="agenda">Nội dung họp</option>
          <option value="conclusion">Kết luận</option>
        </select>
        <input
          aria-label="Nội dung"
          placeholder="Nội dung"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select aria-label="Nhiệm vụ liên quan" value={taskId} onChange={(e) => setTaskId(e.target.value)}>
          <option value="">— Nhiệm vụ liên quan —</option>
          {view.tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.wbs} {t.title.slice(0, 50)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={text.trim() === ''}
          onClick={async () => {
            await after(() =>
              client.addMeetingItem({
                meetingId: meeting.id,
                kind,
                text: text.trim(),
                taskId: taskId === '' ? null : Number(taskId),
              }),
            );
            setText('');
          }}
        >
          Thêm
        </button>
        <button
          type="button"
          className="button link"
          onClick={() => void after(() => client.deleteMeeting({ meetingId: meeting.id }))}
        >
          Xóa cuộc họp
        </button>
      </div>
    </section>
  );
}

const NO_MEETING = { title: '', heldOn: '', place: '', chair: '' };

export function MeetingsDialog({ editing, view, onClose }: Props) {
  const [meetings, setMeetings] = useState<Meeting[]>([]);
  const [version, setVersion] = useState(0);
  const [form, setForm] = useState(NO_MEETING);
  const adding = useSubmit();
  const dirty = Object.values(form).some((v) => v.trim() !== '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    editing.client.listMeetings({ planId: view.plan.id }).then(
      (list) => current && setMeetings(list),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [editing.client, view.plan.id, version]);
  const refresh = () => setVersion((n) => n + 1);

  return (
    <Modal title="Cuộc họp Ban Chỉ đạo" testId="meetings-dialog" onClose={onClose} wide dirty={dirty}>
      {(error ?? editing.error) && (
        <p className="modal-error" role="alert">
          {error ?? editing.error}
        </p>
      )}
      {meetings.length === 0 && <p className="muted">Chưa ghi cuộc họp nào cho kế hoạch này.</p>}
      {meetings.map((m) => (
        <MeetingCard key={m.id} editing={editing} meeting={m} view={view} onChanged={refresh} />
      ))}
      <section className="editor-section">
        <h3>Thêm cuộc họp</h3>
        <div className="editor-row">
          <Field label="Tên cuộc họp">
            <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          </Field>
          <Field label="Ngày họp" hint="dd/mm/yyyy">
            <input
              value={form.heldOn}
              placeholder="dd/mm/yyyy"
              onChange={(e) => setForm({ ...form, heldOn: e.target.value })}
            />
          </Field>
          <Field label="Địa điểm">
            <input value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} />
          </Field>
          <Field label="Chủ trì">
            <input value={form.chair} onChange={(e) => setForm({ ...form, chair: e.target.value })} />
          </Field>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            data-testid="add-meeting"
            disabled={adding.busy}
            onClick={() =>
              void adding.submit(async (requestKey) => {
                const heldOn = parseDisplayDate(form.heldOn);
                if (heldOn === null) return setError('Ngày họp không hợp lệ: hãy ghi dạng dd/mm/yyyy.');
                setError(null);
                const added = await editing.run(() =>
                  editing.client.addMeeting({
                    planId: view.plan.id,
                    title: form.title,
                    heldOn,
                    place: form.place.trim() || null,
                    chair: form.chair.trim() || null,
                    requestKey,
                  }),
                );
                if (added) {
                  setForm(NO_MEETING);
                  refresh();
                }
              })
            }
          >
            Thêm cuộc họp
          </button>
        </div>
      </section>
    </Modal>
  );
}
