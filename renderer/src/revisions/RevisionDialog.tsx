/**
 * After a bar is dragged: the new dates are a revision of the plan, so the window asks why. "Bỏ qua"
 * records a quick correction; "Hủy" puts the bar back. Dependants the move would carry are listed,
 * and moved along with the same reason when the box is ticked.
 */
import './revisions.css';
import { useState } from 'react';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { ShiftPreview } from '../../../shared/editing/editing-schemas';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import type { RevisionNote } from '../../../shared/revisions/revision-schema';
import type { Editing } from '../editing/useEditing';
import { Modal } from '../ui/Modal';
import { planDeadlineLabel } from './deadline-labels';
import { RevisionNoteFields } from './RevisionNoteFields';
import { emptyNoteForm, toRevisionNote } from './revision-note-form';

export type PendingRevision = {
  task: TaskView;
  start: IsoDate | null;
  deadline: IsoDate | null;
  dependants: ShiftPreview;
};

type Props = {
  editing: Editing;
  pending: PendingRevision;
  today: IsoDate;
  onSave: (note: RevisionNote, shiftDependants: boolean) => void;
  onCancel: () => void;
};

const day = (d: string | null) => (d ? formatDisplayDate(d) : '—');

export function RevisionDialog({ editing, pending, today, onSave, onCancel }: Props) {
  const { task, dependants } = pending;
  const [form, setForm] = useState(() => emptyNoteForm(today));
  const [shiftDependants, setShiftDependants] = useState(dependants.length > 0);
  const [error, setError] = useState<string | null>(null);
  const save = (skip: boolean) => {
    const checked = toRevisionNote(form, skip);
    if (!checked.ok) return setError(checked.error);
    onSave(checked.note, shiftDependants);
  };
  return (
    <Modal
      title={`Điều chỉnh thời hạn nhiệm vụ ${task.wbs}`}
      testId="revision-dialog"
      onClose={onCancel}
      wide
      footer={
        <>
          {error && (
            <p className="modal-error" role="alert" data-testid="revision-error">
              {error}
            </p>
          )}
          <button type="button" className="button" data-testid="revision-cancel" onClick={onCancel}>
            Hủy (giữ ngày cũ)
          </button>
          <button type="button" className="button" data-testid="revision-skip" onClick={() => save(true)}>
            Bỏ qua
          </button>
          <button
            type="button"
            className="button primary"
            data-testid="revision-save"
            onClick={() => save(false)}
          >
            Ghi điều chỉnh
          </button>
        </>
      }
    >
      <p className="revision-task">{task.title}</p>
      <dl className="revision-dates">
        <dt>Thời hạn theo kế hoạch</dt>
        <dd data-testid="revision-plan-deadline">{planDeadlineLabel(task)}</dd>
        <dt>Bắt đầu</dt>
        <dd>
          {day(task.start)} → <strong>{day(pending.start)}</strong>
        </dd>
        <dt>Thời hạn</dt>
        <dd data-testid="revision-new-deadline">
          {day(task.deadline)} → <strong>{day(pending.deadline)}</strong>
        </dd>
      </dl>
      <RevisionNoteFields client={editing.client} planId={task.planId} form={form} onChange={setForm} />
      {dependants.length > 0 && (
        <fieldset className="revision-dependants">
          <legend>Nhiệm vụ phụ thuộc</legend>
          <label>
            <input
              type="checkbox"
              data-testid="revision-shift-dependants"
              checked={shiftDependants}
              onChange={(e) => setShiftDependants(e.target.checked)}
            />
            Dời cả {dependants.length} nhiệm vụ phụ thuộc cùng số ngày, ghi cùng lý do
          </label>
          <ul className="plain-list">
            {dependants.map((p) => (
              <li key={p.taskId}>
                <strong>{p.wbs}</strong> {p.title}: {day(p.deadline)} → {day(p.newDeadline)}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </Modal>
  );
}
