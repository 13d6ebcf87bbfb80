/**
 * "Xuất báo cáo": the status report, a unit's task list, or the meeting papers, as of a date;
 * built by the services (.docx) and saved where the user chooses.
 */
import { useState } from 'react';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import { Field } from '../ui/Field';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import {
  REPORT_KINDS,
  REPORT_KIND_LABELS,
  type ReportForm,
  type ReportFormErrors,
  type ReportRequest,
  initialReportForm,
  toReportRequest,
} from './report-form';

type Props = { view: PlanView; onClose: () => void; onSettings: () => void };

export function ReportDialog({ view, onClose, onSettings }: Props) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const [form, setForm] = useState<ReportForm>(() => initialReportForm(view.asOf));
  const [errors, setErrors] = useState<ReportFormErrors>({});
  // An edited field's message and the last outcome no longer describe what is on screen.
  const set = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => {
    setForm({ ...form, [key]: value });
    setErrors(key === 'kind' ? {} : { ...errors, [key]: undefined });
    task.clear();
  };

  const build = (request: ReportRequest) => {
    switch (request.kind) {
      case 'status':
        return client.buildStatusReport(request.input);
      case 'unit':
        return client.buildUnitReport(request.input);
      case 'meeting':
        return client.buildMeetingPack(request.input);
    }
  };

  const submit = () => {
    const checked = toReportRequest(view.plan.id, form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    void task.run(async () => {
      const file = await build(checked.request);
      const { saved } = await platform.saveFile({ ...file, filters: [FILE_FILTERS.word] });
      return saved ? `Đã lưu “${file.fileName}”.` : null;
    });
  };

  const dateLabel = form.kind === 'meeting' ? 'Ngày họp' : 'Tình hình đến ngày';
  return (
    <Modal
      title="Xuất báo cáo"
      testId="report-dialog"
      onClose={onClose}
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: task.busy ? 'Đang tạo…' : 'Tạo và lưu báo cáo',
            testId: 'report-build',
            disabled: task.busy,
            onClick: submit,
          }}
        >
          <button
            type="button"
            className="button link"
            onClick={onSettings}
            data-testid="open-report-settings"
          >
            Thiết lập văn bản…
          </button>
          <span className="toolbar-spacer" />
        </ModalActions>
      }
    >
      <fieldset className="choice-list">
        <legend>Loại báo cáo</legend>
        {REPORT_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="report-kind"
              value={kind}
              checked={form.kind === kind}
              data-testid={`report-kind-${kind}`}
              onChange={() => set('kind', kind)}
            />
            {REPORT_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <Field label={dateLabel} error={errors.date}>
          <input
            value={form.date}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            data-testid="report-date"
            onChange={(event) => set('date', event.target.value)}
          />
        </Field>
        {form.kind === 'status' && (
          <Field label="Nhiệm vụ trong (số ngày tới)" error={errors.horizonDays}>
            <input
              value={form.horizonDays}
              inputMode="numeric"
              data-testid="report-horizon"
              onChange={(event) => set('horizonDays', event.target.value)}
            />
          </Field>
        )}
        {form.kind === 'unit' && (
          <Field label="Đơn vị">
            <select
              value={form.unit}
              data-testid="report-unit"
              onChange={(event) => set('unit', event.target.value)}
            >
              <option value="all">Tất cả các đơn vị (mỗi đơn vị một phần)</option>
              {view.units.map((unit) => (
                <option key={unit.id} value={String(unit.id)}>
                  {unit.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {form.kind === 'meeting' && (
          <Field label="Ngày họp tiếp theo (nếu có)" error={errors.nextMeeting}>
            <input
              value={form.nextMeeting}
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
              data-testid="report-next-meeting"
              onChange={(event) => set('nextMeeting', event.target.value)}
            />
          </Field>
        )}
      </div>
      {form.kind === 'status' && (
        <Field
          label="Kiến nghị, đề xuất"
          error={errors.recommendations}
          hint="Mỗi dòng là một đoạn trong báo cáo."
        >
          <textarea
            rows={4}
            value={form.recommendations}
            data-testid="report-recommendations"
            onChange={(event) => set('recommendations', event.target.value)}
          />
        </Field>
      )}
      {form.kind === 'meeting' && (
        <Field label="Chương trình họp" error={errors.agenda} hint="Mỗi dòng là một mục.">
          <textarea
            rows={4}
            value={form.agenda}
            data-testid="report-agenda"
            onChange={(event) => set('agenda', event.target.value)}
          />
        </Field>
      )}
      <TaskMessages error={task.error} notice={task.notice} />
    </Modal>
  );
}
