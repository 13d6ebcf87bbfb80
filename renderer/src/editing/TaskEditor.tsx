/**
 * The task form: every field of the model with its Vietnamese label; the deadline wording is read
 * live. For an existing task, the structure, progress, links and occurrences sections follow.
 */
import { useMemo, useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { todayIso } from '../../../shared/dates/iso-date';
import { Field } from '../ui/Field';
import { RevisionHistory } from '../revisions/RevisionHistory';
import { RevisionNoteFields } from '../revisions/RevisionNoteFields';
import { emptyNoteForm, toRevisionNote } from '../revisions/revision-note-form';
import { Modal, ModalActions } from '../ui/Modal';
import { DependencySection } from './DependencySection';
import { OccurrenceSection } from './OccurrenceSection';
import { ProgressSection } from './ProgressSection';
import { StructureSection } from './StructureSection';
import { type FormErrors, KIND_LABELS, formOf, readDeadline, toTaskFields } from './task-form';
import type { Editing } from './useEditing';
import './editing.css';

type Props = {
  editing: Editing;
  view: PlanView;
  units: readonly RegistryUnit[];
  /** null: a new task (top level, at the end). */
  task: TaskView | null;
  onClose: () => void;
};

export function TaskEditor({ editing, view, units, task, onClose }: Props) {
  const [form, setForm] = useState(() => formOf(task));
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  const [noteForm, setNoteForm] = useState(() => emptyNoteForm(todayIso()));
  const [noteError, setNoteError] = useState<string | null>(null);
  const signedOn = view.plan.issuedOn;
  const reading = useMemo(() => readDeadline(form.deadlineText, signedOn), [form.deadlineText, signedOn]);
  // The wording of an item read from a document is the plan's own: shown, never edited.
  const fromDocument = task !== null && task.sourceLine !== null;
  const typed = toTaskFields(form, signedOn);
  const datesChanged =
    task !== null &&
    typed.ok &&
    (typed.fields.start !== task.start || typed.fields.deadline !== task.deadline);
  const realUnits = units.filter(
    (u) => !u.isCollective || form.supportUnitIds.includes(u.id) || form.leadUnitId === u.id,
  );

  const save = async () => {
    const checked = toTaskFields(form, signedOn);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const { fields } = checked;
    // Changed dates are a revision: its reason goes with them (none typed: a quick correction).
    const blank =
      noteForm.reason.trim() === '' && noteForm.decisionRef.trim() === '' && noteForm.meetingItemId === '';
    const note = toRevisionNote(noteForm, blank);
    if (!note.ok) return setNoteError(note.error);
    setNoteError(null);
    setSaving(true);
    const saved = await editing.run(() =>
      task
        ? editing.client.updateTask({ taskId: task.id, fields, revision: note.note })
        : editing.client.addTask({ planId: view.plan.id, parentId: null, afterTaskId: null, fields }),
    );
    setSaving(false);
    if (saved) onClose();
  };

  return (
    <Modal
      title={task ? `Sửa nhiệm vụ ${task.wbs}` : 'Thêm nhiệm vụ'}
      testId="task-editor"
      onClose={onClose}
      wide
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: task ? 'Lưu thay đổi' : 'Thêm nhiệm vụ',
            testId: 'save-task',
            disabled: saving,
            onClick: save,
          }}
        >
          {editing.error && (
            <p className="modal-error editor-error" role="alert" data-testid="editor-error">
              {editing.error}
            </p>
          )}
        </ModalActions>
      }
    >
      <div className="editor-grid">
        <Field label="Nhiệm vụ" error={errors.title}>
          <textarea
            data-testid="field-title"
            value={form.title}
            rows={2}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
        </Field>
        <div className="editor-row">
          <Field label="Loại">
            <select
              data-testid="field-kind"
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.target.value as typeof form.kind })}
            >
              {Object.entries(KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Bắt đầu" hint="dd/mm/yyyy" error={errors.start}>
            <input
              data-testid="field-start"
              value={form.start}
              placeholder="dd/mm/yyyy"
              onChange={(e) => setForm({ ...form, start: e.target.value })}
            />
          </Field>
        </div>
        <Field
          label={task ? 'Thời hạn theo kế hoạch' : 'Thời gian hoàn thành'}
          error={errors.deadlineText}
          {...(fromDocument
            ? { hint: 'Lời văn của văn bản: không sửa; ghi “Thời hạn điều chỉnh” để gia hạn.' }
            : {})}
        >
          <input
            data-testid="field-deadline"
            value={form.deadlineText}
            readOnly={fromDocument}
            placeholder="Ví dụ: Trước ngày 15 tháng 7 năm 2021"
            onChange={(e) => setForm({ ...form, deadlineText: e.target.value })}
          />
          <span
            className={reading.ok ? 'deadline-reading' : 'deadline-reading is-error'}
            data-testid="deadline-reading"
          >
            {reading.text}
          </span>
        </Field>
        {task && (
          <Field
            label="Thời hạn điều chỉnh"
            hint="dd/mm/yyyy; để trống: theo kế hoạch"
            error={errors.revisedDeadline}
          >
            <input
              data-testid="field-revised-deadline"
              value={form.revisedDeadline}
              placeholder="dd/mm/yyyy"
              onChange={(e) => setForm({ ...form, revisedDeadline: e.target.value })}
            />
          </Field>
        )}
        {task && datesChanged && (
          <>
            <p className="form-hint">
              Ngày thay đổi sẽ được ghi là một lần điều chỉnh. Để trống lý do: ghi là sửa nhanh.
            </p>
            <RevisionNoteFields
              client={editing.client}
              planId={view.plan.id}
              form={noteForm}
              onChange={setNoteForm}
            />
            {noteError && (
              <p className="modal-error" role="alert">
                {noteError}
              </p>
            )}
          </>
        )}
        <div className="editor-row">
          <Field label="Chủ trì">
            <select
              data-testid="field-lead"
              value={form.leadUnitId ?? ''}
              onChange={(e) => {
                const lead = e.target.value === '' ? null : Number(e.target.value);
                setForm({
                  ...form,
                  leadUnitId: lead,
                  supportUnitIds: form.supportUnitIds.filter((id) => id !== lead),
                });
              }}
            >
              <option value="">— Chưa xác định —</option>
              {realUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="support-list" data-testid="field-supports">
            <legend>Phối hợp</legend>
            {units.map((u) => (
              <label key={u.id} className={u.id === form.leadUnitId ? 'is-disabled' : undefined}>
                <input
                  type="checkbox"
                  disabled={u.id === form.leadUnitId}
                  checked={form.supportUnitIds.includes(u.id)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      supportUnitIds: e.target.checked
                        ? [...form.supportUnitIds, u.id]
                        : form.supportUnitIds.filter((id) => id !== u.id),
                    })
                  }
                />
                <span className="unit-swatch" style={{ background: u.color }} aria-hidden="true" />
                {u.name}
              </label>
            ))}
          </fieldset>
        </div>
        <Field label="Kết quả thực hiện">
          <textarea
            data-testid="field-deliverable"
            value={form.deliverable}
            rows={2}
            onChange={(e) => setForm({ ...form, deliverable: e.target.value })}
          />
        </Field>
        <Field label="Ghi chú">
          <textarea
            data-testid="field-notes"
            value={form.notes}
            rows={2}
            onChange={(e) => setForm({ ...form, notes: e.target.value })}
          />
        </Field>
      </div>
      {task && (
        <>
          <StructureSection editing={editing} task={task} onDeleted={onClose} />
          <RevisionHistory editing={editing} task={task} />
          <ProgressSection editing={editing} task={task} asOf={view.asOf} />
          <DependencySection editing={editing} task={task} tasks={view.tasks} />
          {task.recurrence && <OccurrenceSection editing={editing} task={task} view={view} />}
        </>
      )}
    </Modal>
  );
}
