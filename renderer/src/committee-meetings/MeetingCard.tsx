/** One recorded meeting: its details (correctable), postponement, agenda, conclusions and a new item. */
import { useReportUnsaved } from '../ui/unsaved-input';
import { useState } from 'react';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { Meeting, RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import type { Editing } from '../editing/useEditing';
import { Field } from '../ui/Field';
import { MeetingDocuments } from './MeetingDocuments';
import { MeetingFieldsForm } from './MeetingFieldsForm';
import { MeetingItems } from './MeetingItems';
import { meetingFormOf, readTime, toMeetingFields } from './meeting-form';

type Props = {
  editing: Editing;
  meeting: Meeting;
  view: PlanView;
  units: readonly RegistryUnit[];
};

export function MeetingCard({ editing, meeting, view, units }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'postpone'>('view');
  const [form, setForm] = useState(() => meetingFormOf(meeting));
  const [postpone, setPostpone] = useState({ date: '', time: '', reason: '' });
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'agenda' | 'conclusion'>('agenda');
  const [taskId, setTaskId] = useState('');
  useReportUnsaved(
    (mode === 'edit' && JSON.stringify(form) !== JSON.stringify(meetingFormOf(meeting))) ||
      (mode === 'postpone' && (postpone.date !== '' || postpone.time !== '' || postpone.reason !== '')) ||
      text.trim() !== '',
  );
  const { client } = editing;
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const after = async <T,>(edit: () => Promise<T>): Promise<boolean> => {
    // The meetings list is read again by the edit's one invalidation step.
    return (await editing.run(edit)) !== null;
  };

  return (
    <section className="editor-section meeting-card" data-testid={`meeting-${meeting.id}`}>
      <h3>
        {meeting.title} — {formatDisplayDate(meeting.heldOn)}
        {meeting.startsAt && `, ${meeting.startsAt}`}
      </h3>
      <dl className="revision-dates" data-testid="meeting-details">
        <dt>Địa điểm</dt>
        <dd data-testid="meeting-place-shown">{meeting.place ?? 'Chưa ghi'}</dd>
        <dt>Chủ trì</dt>
        <dd>{meeting.chair ?? 'Chưa ghi'}</dd>
        <dt>Thành phần</dt>
        <dd>
          {meeting.participantUnitIds.length > 0
            ? meeting.participantUnitIds.map((id) => unitName.get(id) ?? `đơn vị ${id}`).join('; ')
            : 'Chưa ghi'}
        </dd>
        {meeting.postponements.length > 0 && (
          <>
            <dt>Đã hoãn</dt>
            <dd data-testid="meeting-postponements">
              {meeting.postponements
                .map(
                  (p) =>
                    `từ ${formatDisplayDate(p.fromDate)} sang ${formatDisplayDate(p.toDate)}${p.reason ? ` (${p.reason})` : ''}`,
                )
                .join('; ')}
            </dd>
          </>
        )}
      </dl>
      {mode === 'view' && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            data-testid="meeting-edit"
            onClick={() => {
              setForm(meetingFormOf(meeting));
              setMode('edit');
            }}
          >
            Sửa thông tin cuộc họp
          </button>
          <button
            type="button"
            className="button"
            data-testid="postpone-open"
            onClick={() => setMode('postpone')}
          >
            Hoãn họp
          </button>
          <button
            type="button"
            className="button link"
            onClick={() => void after(() => client.deleteMeeting({ meetingId: meeting.id }))}
          >
            Xóa cuộc họp
          </button>
        </div>
      )}
      {error && (
        <p className="modal-error" role="alert">
          {error}
        </p>
      )}
      {mode === 'edit' && (
        <div className="conclusion-form">
          <MeetingFieldsForm form={form} units={units} onChange={setForm} />
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              data-testid="meeting-save"
              onClick={async () => {
                const checked = toMeetingFields(form);
                if (!checked.ok) return setError(checked.error);
                setError(null);
                if (await after(() => client.updateMeeting({ meetingId: meeting.id, ...checked.fields })))
                  setMode('view');
              }}
            >
              Lưu thông tin cuộc họp
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              Hủy
            </button>
          </div>
        </div>
      )}
      {mode === 'postpone' && (
        <div className="conclusion-form">
          <div className="editor-row">
            <Field label="Ngày họp mới" hint="dd/mm/yyyy">
              <input
                data-testid="postpone-date"
                value={postpone.date}
                onChange={(e) => setPostpone({ ...postpone, date: e.target.value })}
              />
            </Field>
            <Field label="Giờ họp mới" hint="để trống: giữ giờ cũ">
              <input
                value={postpone.time}
                onChange={(e) => setPostpone({ ...postpone, time: e.target.value })}
              />
            </Field>
          </div>
          <Field label="Lý do hoãn">
            <input
              data-testid="postpone-reason"
              value={postpone.reason}
              onChange={(e) => setPostpone({ ...postpone, reason: e.target.value })}
            />
          </Field>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              data-testid="postpone-save"
              onClick={async () => {
                const toDate = parseDisplayDate(postpone.date);
                if (toDate === null) return setError('Ngày họp mới không hợp lệ: hãy ghi dạng dd/mm/yyyy.');
                const time = readTime(postpone.time);
                if (time === undefined)
                  return setError('Giờ họp không hợp lệ: hãy ghi dạng hh:mm, ví dụ 14:00.');
                setError(null);
                const moved = await after(() =>
                  client.postponeMeeting({
                    meetingId: meeting.id,
                    toDate,
                    ...(time === null ? {} : { startsAt: time }),
                    reason: postpone.reason.trim() || null,
                  }),
                );
                if (moved) setMode('view');
              }}
            >
              Hoãn họp
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              Hủy
            </button>
          </div>
        </div>
      )}
      <MeetingDocuments meeting={meeting} />
      {(['agenda', 'conclusion'] as const).map((k) => (
        <MeetingItems key={k} editing={editing} meeting={meeting} kind={k} view={view} units={units} />
      ))}
      <div className="button-row">
        <select
          aria-label="Loại nội dung"
          data-testid="item-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
        >
          <option value="agenda">Nội dung họp</option>
          <option value="conclusion">Kết luận</option>
        </select>
        <input
          aria-label="Nội dung"
          data-testid="item-text"
          placeholder="Nội dung"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select
          aria-label="Nhiệm vụ liên quan"
          data-testid="item-task"
          value={taskId}
          onChange={(e) => setTaskId(e.target.value)}
        >
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
          data-testid="add-item"
          disabled={text.trim() === ''}
          onClick={async () => {
            const added = await after(() =>
              client.addMeetingItem({
                meetingId: meeting.id,
                kind,
                text: text.trim(),
                taskId: taskId === '' ? null : Number(taskId),
              }),
            );
            if (added) setText('');
          }}
        >
          Thêm
        </button>
      </div>
    </section>
  );
}
