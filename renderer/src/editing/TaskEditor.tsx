/**
 * The task form: every field of the model with its Vietnamese label; the deadline wording is read
 * live, and a document's own wording is shown, never edited: a change of dates is a revision with its
 * reason. A new task is placed under a chosen item; for an existing task, the structure, revisions,
 * links and occurrences sections follow. Progress is not written here: it has its own "Ghi tiến độ"
 * window, so this form has one save button and it saves everything typed in it.
 */
import { useMemo, useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import { todayIso } from '../../../shared/dates/iso-date';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { RevisionHistory } from '../revisions/RevisionHistory';
import { AmendmentHistory } from '../amendments/AmendmentHistory';
import { RevisionNoteFields } from '../revisions/RevisionNoteFields';
import { emptyNoteForm, toRevisionNote } from '../revisions/revision-note-form';
import { Field } from '../ui/Field';
import { Modal, ModalActions } from '../ui/Modal';
import { DependencySection } from './DependencySection';
import { OccurrenceSection } from './OccurrenceSection';
import { type Placement, PlacementFields } from './PlacementFields';
import { StructureSection } from './StructureSection';
import { KIND_LABELS, formOf, isWordingEditable, readDeadline, rebaseForm, toTaskFields } from './task-form';
import { UnitFields } from './UnitFields';
import type { Editing } from './useEditing';
import { useSubmit } from './useSubmit';
import './editing.css';

type Props = {
  editing: Editing;
  view: PlanView;
  units: readonly RegistryUnit[];
  /** null: a new task, placed by the user (preset under `parentId`, at the end). */
  task: TaskView | null;
  parentId?: number | null;
  onClose: () => void;
};

export function TaskEditor({ editing, view, units, task, parentId = null, onClose }: Props) {
  const initial = useMemo(() => formOf(task), [task]);
  const [form, setForm] = useState(initial);
  // The task on screen changes after an edit made from this form (a revision taken back): untouched
  // fields follow it, so they neither show stale dates nor count as unsaved input.
  const [base, setBase] = useState(initial);
  if (base !== initial) {
    setBase(initial);
    setForm(rebaseForm(form, base, initial));
  }
  const [placement, setPlacement] = useState<Placement>({ parentId, afterTaskId: null });
  const [tried, setTried] = useState(false);
  const [pendingUnit, setPendingUnit] = useState(false);
  const [noteForm, setNoteForm] = useState(() => emptyNoteForm(todayIso()));
  const [noteError, setNoteError] = useState<string | null>(null);
  const { busy, submit } = useSubmit();
  const signedOn = view.plan.issuedOn;
  const reading = useMemo(() => readDeadline(form.deadlineText, signedOn), [form.deadlineText, signedOn]);
  const planUnitIds = useMemo(
    () => new Set(view.units.filter((u) => u.leadCount + u.supportCount > 0).map((u) => u.id)),
    [view.units],
  );
  // The wording of an item read from a document is the plan's own: shown, never edited; where the
  // document wrote none, the missing wording is added here.
  const wordingLocked = !isWordingEditable(task);
  const addsMissingWording = task !== null && task.sourceLine !== null && task.deadlineText === null;
  // Messages follow the values: once shown, each goes away as soon as its cause is fixed.
  const checked = toTaskFields(form, signedOn);
  // A new wording (the user's own, or one added where the document had none) moves the plan's
  // deadline itself; only a day other than the one it means is a revision.
  const wordingChanged = form.deadlineText !== initial.deadlineText;
  const plannedDeadline = wordingChanged ? (reading.ok ? reading.deadline : null) : (task?.deadline ?? null);
  const datesChanged =
    task !== null &&
    checked.ok &&
    (checked.fields.start !== task.start || checked.fields.deadline !== plannedDeadline);
  const errors = tried && !checked.ok ? checked.errors : {};
  const dirty =
    pendingUnit ||
    JSON.stringify(form) !== JSON.stringify(initial) ||
    (task === null && (placement.parentId !== parentId || placement.afterTaskId !== null));

  const save = () =>
    void submit(async (requestKey) => {
      setTried(true);
      if (!checked.ok) return null;
      const { fields } = checked;
      // Changed dates are a revision: its reason goes with them (none typed: a quick correction).
      const blank =
        noteForm.reason.trim() === '' && noteForm.decisionRef.trim() === '' && noteForm.meetingItemId === '';
      const note = toRevisionNote(noteForm, blank);
      if (!note.ok) {
        setNoteError(note.error);
        return null;
      }
      setNoteError(null);
      const saved = await editing.run(() =>
        task
          ? editing.client.updateTask({ taskId: task.id, fields, revision: note.note })
          : editing.client.addTask({ planId: view.plan.id, ...placement, fields, requestKey }),
      );
      if (saved) onClose();
      return saved;
    });

  return (
    <Modal
      title={task ? `Sửa nhiệm vụ ${task.wbs}` : 'Thêm nhiệm vụ'}
      testId="task-editor"
      onClose={onClose}
      dirty={dirty}
      wide
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: busy ? 'Đang lưu…' : task ? 'Lưu thay đổi' : 'Thêm nhiệm vụ',
            testId: 'save-task',
            disabled: busy,
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
        {!task && <PlacementFields tasks={view.tasks} placement={placement} onPlacement={setPlacement} />}
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
          {...(wordingLocked
            ? { hint: 'Lời văn của văn bản: không sửa; ghi “Thời hạn điều chỉnh” để gia hạn.' }
            : addsMissingWording
              ? { hint: 'Văn bản không ghi thời hạn: ghi thời hạn bổ sung, sau đó chỉ điều chỉnh được.' }
              : {})}
        >
          <input
            data-testid="field-deadline"
            value={form.deadlineText}
            readOnly={wordingLocked}
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
        <UnitFields
          editing={editing}
          form={form}
          onForm={setForm}
          units={units}
          planUnitIds={planUnitIds}
          onPendingUnit={setPendingUnit}
        />
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
          <AmendmentHistory editing={editing} task={task} />
          <DependencySection editing={editing} task={task} tasks={view.tasks} />
          {task.recurrence && <OccurrenceSection editing={editing} task={task} view={view} />}
        </>
      )}
    </Modal>
  );
}
