/**
 * "Ghi tiến độ": one report of a task in a small window — date, percentage or "Hoàn thành" with the
 * actual day, results, difficulties, proposals and who reported it. Also corrects an earlier report.
 */
import { useMemo, useState } from 'react';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import type { TaskView, UnitSummary } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../ui/Field';
import { Modal, ModalActions } from '../ui/Modal';
import { type ProgressForm, formOfUpdate, newProgressForm, toProgressFields } from './progress-form';
import type { Editing } from './useEditing';
import { useSubmit } from './useSubmit';

type Props = {
  editing: Editing;
  task: TaskView;
  asOf: IsoDate;
  /** The plan's units, for "Đơn vị báo cáo"; the task's own units are listed first. */
  units: readonly Pick<UnitSummary, 'id' | 'name'>[];
  /** An earlier report to correct; absent: a new report. */
  update?: ProgressUpdate | undefined;
  onClose: () => void;
};

export function ProgressDialog({ editing, task, asOf, units, update, onClose }: Props) {
  const today = useMemo(() => todayIso(), []);
  const initial = useMemo<ProgressForm>(
    () =>
      update ? formOfUpdate(update) : newProgressForm(asOf, today, task.progress, task.leads[0]?.id ?? null),
    [update, asOf, today, task],
  );
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const { busy, submit } = useSubmit();
  const checked = toProgressFields(form, today);
  const errors = tried && !checked.ok ? checked.errors : {};
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const set = (patch: Partial<ProgressForm>) => setForm({ ...form, ...patch });

  const ownIds = new Set([...task.leads, ...task.supports].map((u) => u.id));
  const reporters = [...units].sort((a, b) => Number(ownIds.has(b.id)) - Number(ownIds.has(a.id)));

  const save = () =>
    void submit(async (requestKey) => {
      setTried(true);
      if (!checked.ok) return null;
      const saved = await editing.run(() =>
        update
          ? editing.client.updateProgressUpdate({ updateId: update.id, ...checked.fields })
          : editing.client.addProgressUpdate({ taskId: task.id, requestKey, ...checked.fields }),
      );
      if (saved) onClose();
      return saved;
    });

  return (
    <Modal
      title={`${update ? 'Sửa báo cáo tiến độ' : 'Ghi tiến độ'} — nhiệm vụ ${task.wbs}`}
      testId="progress-dialog"
      className="progress-dialog"
      dirty={dirty}
      onClose={onClose}
      footer={
        <ModalActions
          onClose={onClose}
          closeLabel="Hủy"
          action={{
            label: busy ? 'Đang lưu…' : update ? 'Lưu sửa đổi' : 'Ghi tiến độ',
            testId: 'progress-save',
            disabled: busy,
            onClick: save,
          }}
        >
          {editing.error && (
            <p className="modal-error editor-error" role="alert" data-testid="progress-error">
              {editing.error}
            </p>
          )}
        </ModalActions>
      }
    >
      <p className="progress-task-title" title={task.title}>
        {task.title}
      </p>
      <form
        className="editor-grid"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        onKeyDown={(event) => {
          // Ctrl+Enter saves from any field, the textareas included.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
      >
        <div className="editor-row progress-form">
          <Field label="Ngày báo cáo" hint="dd/mm/yyyy" error={errors.reportedOn}>
            <input
              data-testid="progress-date"
              value={form.reportedOn}
              autoFocus={!update}
              onChange={(e) => set({ reportedOn: e.target.value })}
            />
          </Field>
          <Field label="Tỷ lệ hoàn thành (%)" error={errors.percent}>
            <input
              data-testid="progress-percent"
              inputMode="numeric"
              value={form.done ? '100' : form.percent}
              disabled={form.done}
              onChange={(e) => set({ percent: e.target.value })}
            />
          </Field>
          <label className="progress-done">
            <input
              type="checkbox"
              data-testid="progress-done"
              checked={form.done}
              onChange={(e) => set({ done: e.target.checked, completedOn: form.reportedOn })}
            />
            Hoàn thành
          </label>
          {form.done && (
            <Field label="Ngày hoàn thành" hint="dd/mm/yyyy" error={errors.completedOn}>
              <input
                data-testid="progress-completed-on"
                value={form.completedOn}
                onChange={(e) => set({ completedOn: e.target.value })}
              />
            </Field>
          )}
        </div>
        <Field label="Kết quả đạt được">
          <textarea
            data-testid="progress-achieved"
            rows={2}
            value={form.achieved}
            onChange={(e) => set({ achieved: e.target.value })}
          />
        </Field>
        <div className="editor-row">
          <Field label="Khó khăn, vướng mắc">
            <textarea
              data-testid="progress-difficulties"
              rows={2}
              value={form.difficulties}
              onChange={(e) => set({ difficulties: e.target.value })}
            />
          </Field>
          <Field label="Đề xuất, kiến nghị">
            <textarea
              data-testid="progress-proposals"
              rows={2}
              value={form.proposals}
              onChange={(e) => set({ proposals: e.target.value })}
            />
          </Field>
        </div>
        <div className="editor-row">
          <Field label="Đơn vị báo cáo">
            <select
              data-testid="progress-unit"
              value={form.reportedByUnitId ?? ''}
              onChange={(e) =>
                set({ reportedByUnitId: e.target.value === '' ? null : Number(e.target.value) })
              }
            >
              <option value="">— Không ghi —</option>
              {reporters.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Người báo cáo">
            <input
              data-testid="progress-person"
              value={form.reportedByPerson}
              placeholder="Ví dụ: đ/c Nguyễn Văn A"
              onChange={(e) => set({ reportedByPerson: e.target.value })}
            />
          </Field>
        </div>
        {/* Enter in a one-line field submits, as in any form. */}
        <button type="submit" hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
