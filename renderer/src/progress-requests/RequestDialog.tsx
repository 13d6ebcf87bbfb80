/**
 * "Đề nghị báo cáo tiến độ…": the period, the units (every unit with an open task, ticked), the day
 * to answer by; the services write per unit a Công văn and the form (Excel and Word), saved as one .zip.
 */
import { useState } from 'react';
import { todayIso } from '../../../shared/dates/iso-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../ui/Field';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import { useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../ui/error-message';
import { ZIP_FILTER } from './zip-filter';
import {
  type RequestFormErrors,
  type RequestFormState,
  initialRequestForm,
  toRequestInput,
} from './request-form';

export function RequestDialog({ view, onClose }: { view: PlanView; onClose: () => void }) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const loaded = useApiQuery(client, 'listRequestCandidates', { planId: view.plan.id, asOf: view.asOf });
  const candidates = loaded.data ?? null;
  const loadError = loaded.error ? errorMessage(loaded.error) : null;
  const [edited, setForm] = useState<RequestFormState | null>(null);
  const form =
    edited ??
    (candidates
      ? initialRequestForm(
          view.asOf,
          todayIso(),
          candidates.map((c) => c.unitId),
        )
      : null);
  const [errors, setErrors] = useState<RequestFormErrors>({});
  const [created, setCreated] = useState(false);

  const set = (patch: Partial<RequestFormState>) => {
    if (!form) return;
    setForm({ ...form, ...patch });
    setErrors({});
    setCreated(false);
    task.clear();
  };

  const submit = () => {
    if (!form) return;
    const checked = toRequestInput(view.plan.id, form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    void task.run(async () => {
      const pkg = await client.createProgressRequests(checked.input);
      // Recorded in the tracker: a second click would send the same round twice.
      setCreated(true);
      const { saved } = await platform.saveFile({
        fileName: pkg.fileName,
        base64: pkg.base64,
        filters: [ZIP_FILTER],
      });
      return saved
        ? `Đã lưu “${pkg.fileName}”: công văn và biểu mẫu (Excel, Word) cho ${pkg.unitCount} đơn vị, mỗi đơn vị một thư mục. Đề nghị đã được ghi vào bảng theo dõi.`
        : 'Chưa lưu tệp; đề nghị vẫn được ghi vào bảng theo dõi.';
    });
  };

  const ticked = form ? Object.values(form.units).filter(Boolean).length : 0;
  return (
    <Modal
      title="Đề nghị báo cáo tiến độ"
      testId="request-dialog"
      wide
      onClose={onClose}
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: task.busy
              ? 'Đang tạo…'
              : created
                ? 'Đã tạo (sửa thông tin để tạo đợt khác)'
                : `Tạo công văn và biểu mẫu (${ticked} đơn vị)`,
            testId: 'request-build',
            disabled: task.busy || !form || created,
            onClick: submit,
          }}
        />
      }
    >
      {form && candidates && (
        <>
          <div className="form-row">
            <Field label="Tình hình đến ngày" error={errors.asOf}>
              <input
                value={form.asOf}
                placeholder="dd/mm/yyyy"
                data-testid="request-as-of"
                onChange={(e) => set({ asOf: e.target.value })}
              />
            </Field>
            <Field label="Kỳ báo cáo (không bắt buộc)" hint="Ví dụ: Quý III năm 2021">
              <input
                value={form.periodLabel}
                maxLength={100}
                data-testid="request-period"
                onChange={(e) => set({ periodLabel: e.target.value })}
              />
            </Field>
          </div>
          <div className="form-row">
            <Field label="Ngày gửi (ghi trên công văn)" error={errors.sentOn}>
              <input
                value={form.sentOn}
                placeholder="dd/mm/yyyy"
                data-testid="request-sent-on"
                onChange={(e) => set({ sentOn: e.target.value })}
              />
            </Field>
            <Field label="Hạn đơn vị gửi lại" error={errors.dueOn}>
              <input
                value={form.dueOn}
                placeholder="dd/mm/yyyy"
                data-testid="request-due-on"
                onChange={(e) => set({ dueOn: e.target.value })}
              />
            </Field>
          </div>
          <p className="form-hint">
            Các đơn vị đang chủ trì hoặc phối hợp nhiệm vụ chưa hoàn thành. Số công văn để trống thì ghi tay
            khi vào sổ.
          </p>
          {errors.units && <p className="form-field-error">{errors.units}</p>}
          {candidates.length === 0 ? (
            <p>Không có đơn vị nào đang chủ trì hoặc phối hợp nhiệm vụ chưa hoàn thành.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="request-units">
                <thead>
                  <tr>
                    <th>Gửi</th>
                    <th>Đơn vị</th>
                    <th>Chủ trì</th>
                    <th>Phối hợp</th>
                    <th>Số công văn</th>
                  </tr>
                </thead>
                <tbody>
                  {candidates.map((c) => (
                    <tr key={c.unitId}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Gửi ${c.name}`}
                          checked={form.units[c.unitId] === true}
                          onChange={(e) => set({ units: { ...form.units, [c.unitId]: e.target.checked } })}
                        />
                      </td>
                      <td>{c.name}</td>
                      <td className="number">{c.leadCount}</td>
                      <td className="number">{c.supportCount}</td>
                      <td>
                        <input
                          className="request-number"
                          aria-label={`Số công văn gửi ${c.name}`}
                          value={form.numbers[c.unitId] ?? ''}
                          maxLength={30}
                          onChange={(e) => set({ numbers: { ...form.numbers, [c.unitId]: e.target.value } })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <TaskMessages error={task.error ?? loadError} notice={task.notice} />
    </Modal>
  );
}
