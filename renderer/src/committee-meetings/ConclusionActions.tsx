/**
 * What a conclusion makes happen, from the window: a follow-up task (lead, supporting units, deadline
 * wording, parent), a revised deadline of an existing task (the revision names the conclusion), or a
 * task marked done as of the meeting.
 */
import { useReportUnsaved } from '../ui/unsaved-input';
import { useState } from 'react';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { Meeting, RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import type { Editing } from '../editing/useEditing';
import { Field } from '../ui/Field';

type Item = Meeting['items'][number];
type Props = {
  editing: Editing;
  meeting: Meeting;
  item: Item;
  view: PlanView;
  units: readonly RegistryUnit[];
};
type Open = 'follow-up' | 'revise' | 'done' | null;

const shortTitle = (title: string) => (title.length > 70 ? `${title.slice(0, 69)}…` : title);

export function ConclusionActions({ editing, meeting, item, view, units }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState(item.text);
  const [leadUnitId, setLeadUnitId] = useState('');
  const [supportUnitIds, setSupportUnitIds] = useState<number[]>([]);
  const [deadlineText, setDeadlineText] = useState('');
  const [parentId, setParentId] = useState('');
  const [taskId, setTaskId] = useState(item.taskId === null ? '' : String(item.taskId));
  const [deadline, setDeadline] = useState('');
  useReportUnsaved(
    open !== null &&
      (title !== item.text ||
        leadUnitId !== '' ||
        supportUnitIds.length > 0 ||
        deadlineText !== '' ||
        parentId !== '' ||
        deadline !== ''),
  );
  const { client } = editing;
  const followUp =
    item.followUpTaskId === null ? undefined : view.tasks.find((t) => t.id === item.followUpTaskId);
  const leaves = view.tasks.filter((t) => t.childIds.length === 0);
  const realUnits = units.filter((u) => !u.isCollective);

  const finish = async <T,>(edit: () => Promise<T>) => {
    const done = await editing.run(edit);
    if (done) {
      setOpen(null);
      setError(null);
    }
  };
  const toggle = (which: Open) => {
    setError(null);
    setOpen(open === which ? null : which);
  };
  const taskSelect = (testId: string) => (
    <Field label="Nhiệm vụ">
      <select data-testid={testId} value={taskId} onChange={(e) => setTaskId(e.target.value)}>
        <option value="">— Chọn nhiệm vụ —</option>
        {leaves.map((t) => (
          <option key={t.id} value={t.id}>
            {t.wbs} {shortTitle(t.title)}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <div className="conclusion-actions">
      {followUp && (
        <p className="muted" data-testid="follow-up-link">
          Nhiệm vụ theo dõi: {followUp.wbs} {shortTitle(followUp.title)}
        </p>
      )}
      <div className="button-row">
        {item.followUpTaskId === null && (
          <button
            type="button"
            className="button"
            data-testid="followup-open"
            onClick={() => toggle('follow-up')}
          >
            Tạo nhiệm vụ theo dõi
          </button>
        )}
        <button type="button" className="button" data-testid="revise-open" onClick={() => toggle('revise')}>
          Điều chỉnh thời hạn nhiệm vụ
        </button>
        <button type="button" className="button" data-testid="done-open" onClick={() => toggle('done')}>
          Ghi nhận hoàn thành
        </button>
      </div>
      {error && (
        <p className="modal-error" role="alert">
          {error}
        </p>
      )}
      {open === 'follow-up' && (
        <div className="conclusion-form" data-testid="followup-form">
          <Field label="Tên nhiệm vụ">
            <textarea
              data-testid="followup-title"
              rows={2}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </Field>
          <div className="editor-row">
            <Field label="Chủ trì">
              <select
                data-testid="followup-lead"
                value={leadUnitId}
                onChange={(e) => setLeadUnitId(e.target.value)}
              >
                <option value="">— Chưa xác định —</option>
                {realUnits.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Thời gian hoàn thành" hint="Ví dụ: Trước ngày 30 tháng 9 năm 2021">
              <input
                data-testid="followup-deadline"
                value={deadlineText}
                onChange={(e) => setDeadlineText(e.target.value)}
              />
            </Field>
          </div>
          <Field label="Thuộc nhóm nhiệm vụ">
            <select
              data-testid="followup-parent"
              value={parentId}
              onChange={(e) => setParentId(e.target.value)}
            >
              <option value="">— Cấp cao nhất —</option>
              {view.tasks.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.wbs} {shortTitle(t.title)}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="support-list" data-testid="followup-supports">
            <legend>Phối hợp</legend>
            {realUnits.map((u) => (
              <label key={u.id}>
                <input
                  type="checkbox"
                  disabled={String(u.id) === leadUnitId}
                  checked={supportUnitIds.includes(u.id)}
                  onChange={(e) =>
                    setSupportUnitIds(
                      e.target.checked
                        ? [...supportUnitIds, u.id]
                        : supportUnitIds.filter((id) => id !== u.id),
                    )
                  }
                />
                {u.name}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button primary"
            data-testid="followup-save"
            onClick={() =>
              void finish(() =>
                client.createFollowUpTask({
                  itemId: item.id,
                  title: title.trim() || item.text,
                  deadline: null,
                  deadlineText: deadlineText.trim() || null,
                  leadUnitId: leadUnitId === '' ? null : Number(leadUnitId),
                  supportUnitIds: supportUnitIds.filter((id) => String(id) !== leadUnitId),
                  parentId: parentId === '' ? null : Number(parentId),
                }),
              )
            }
          >
            Tạo nhiệm vụ
          </button>
        </div>
      )}
      {open === 'revise' && (
        <div className="conclusion-form" data-testid="revise-form">
          <div className="editor-row">
            {taskSelect('revise-task')}
            <Field label="Thời hạn mới" hint="dd/mm/yyyy">
              <input
                data-testid="revise-deadline"
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
              />
            </Field>
          </div>
          <button
            type="button"
            className="button primary"
            data-testid="revise-save"
            onClick={() => {
              const task = view.tasks.find((t) => String(t.id) === taskId);
              const day = parseDisplayDate(deadline);
              if (!task) return setError('Hãy chọn nhiệm vụ cần điều chỉnh thời hạn.');
              if (day === null) return setError('Thời hạn mới không hợp lệ: hãy ghi dạng dd/mm/yyyy.');
              void finish(() =>
                client.rescheduleTask({
                  taskId: task.id,
                  start: task.start,
                  deadline: day,
                  shiftDependants: false,
                  revision: {
                    decidedOn: meeting.heldOn,
                    reason: item.text,
                    decisionRef: null,
                    meetingItemId: item.id,
                  },
                }),
              );
            }}
          >
            Ghi điều chỉnh theo kết luận
          </button>
        </div>
      )}
      {open === 'done' && (
        <div className="conclusion-form" data-testid="done-form">
          {taskSelect('done-task')}
          <button
            type="button"
            className="button primary"
            data-testid="done-save"
            onClick={() => {
              const task = view.tasks.find((t) => String(t.id) === taskId);
              if (!task) return setError('Hãy chọn nhiệm vụ đã hoàn thành.');
              void finish(() =>
                client.addProgressUpdate({
                  taskId: task.id,
                  reportedOn: meeting.heldOn,
                  percent: 100,
                  achieved: `Hoàn thành theo kết luận cuộc họp “${meeting.title}” ngày ${formatDisplayDate(meeting.heldOn)}.`,
                  difficulties: null,
                  enteredBy: null,
                }),
              );
            }}
          >
            Ghi nhận hoàn thành ngày {formatDisplayDate(meeting.heldOn)}
          </button>
        </div>
      )}
    </div>
  );
}
