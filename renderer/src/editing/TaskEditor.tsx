/**
 * The task form: every field of the model with its Vietnamese label; the deadline wording is read
 * live. A new task is placed under a chosen item; for an existing task, the structure, links and
 * occurrences sections follow. Progress is not written here: it has its own "Ghi tiến độ" window,
 * so this form has one save button and it saves everything typed in it.
 */
import { useMemo, useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../files/Field';
import { Modal, ModalActions } from '../files/Modal';
import { DependencySection } from './DependencySection';
import { OccurrenceSection } from './OccurrenceSection';
import { type Placement, PlacementFields } from './PlacementFields';
import { StructureSection } from './StructureSection';
import { KIND_LABELS, formOf, readDeadline, toTaskFields } from './task-form';
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
  const [placement, setPlacement] = useState<Placement>({ parentId, afterTaskId: null });
  const [tried, setTried] = useState(false);
  const [pendingUnit, setPendingUnit] = useState(false);
  const { busy, submit } = useSubmit();
  const signedOn = view.plan.issuedOn;
  const reading = useMemo(() => readDeadline(form.deadlineText, signedOn), [form.deadlineText, signedOn]);
  const planUnitIds = useMemo(
    () => new Set(view.units.filter((u) => u.leadCount + u.supportCount > 0).map((u) => u.id)),
    [view.units],
  );
  // Messages follow the values: once shown, each goes away as soon as its cause is fixed.
  const checked = toTaskFields(form, signedOn);
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
      const saved = await editing.run(() =>
        task
          ? editing.client.updateTask({ taskId: task.id, fields })
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
          <DependencySection editing={editing} task={task} tasks={view.tasks} />
          {task.recurrence && <OccurrenceSection editing={editing} task={task} view={view} />}
        </>
      )}
    </Modal>
  );
}
