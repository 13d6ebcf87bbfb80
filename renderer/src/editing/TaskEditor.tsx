/**
 * The task form: every field of the model with its Vietnamese label; the deadline wording is read
 * live. For an existing task, the structure, progress, links and occurrences sections follow.
 */
import { useMemo, useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../ui/Field';
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
  const signedOn = view.plan.issuedOn;
  const reading = useMemo(() => readDeadline(form.deadlineText, signedOn), [form.deadlineText, signedOn]);
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
    setSaving(true);
    const { fields } = checked;
    const saved = await editing.run(() =>
      task
        ? editing.client.updateTask({ taskId: task.id, fields })
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
        <Field label="Thời gian hoàn thành" error={errors.deadlineText}>
          <input
            data-testid="field-deadline"
            value={form.deadlineText}
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
          <ProgressSection editing={editing} task={task} asOf={view.asOf} />
          <DependencySection editing={editing} task={task} tasks={view.tasks} />
          {task.recurrence && <OccurrenceSection editing={editing} task={task} view={view} />}
        </>
      )}
    </Modal>
  );
}
