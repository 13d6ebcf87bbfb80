/**
 * "Xuất báo cáo": the status report, the official letter with a unit's tasks, or the report for a
 * meeting, as of a date; built by the services (.docx) and saved where the user chooses. The
 * number comes proposed from the register of outgoing documents and the recommendations as a draft
 * from the data, both for the user to change.
 */
import { useEffect, useRef, useState } from 'react';
import { parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import { formatDocumentNumber } from '../../../shared/documents/document-numbers';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import { Field } from '../ui/Field';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import {
  REPORT_DOCUMENT_KIND,
  REPORT_KINDS,
  REPORT_KIND_LABELS,
  type ReportForm,
  type ReportFormErrors,
  type ReportRequest,
  initialReportForm,
  toReportRequest,
} from './report-form';

type Props = { view: PlanView; onClose: () => void; onSettings: () => void; onRegister: () => void };

/** What the register and the data propose for the form as it stands. */
type Suggestion = { symbol: string; number: string | null; draft: string | null };

export function ReportDialog({ view, onClose, onSettings, onRegister }: Props) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const [form, setForm] = useState<ReportForm>(() => initialReportForm(view.asOf));
  const [errors, setErrors] = useState<ReportFormErrors>({});
  const [symbol, setSymbol] = useState('');
  // Once the user types a number or edits the draft, what they typed stays, even if a suggestion
  // asked for before arrives after it.
  const edited = useRef({ number: false, draft: false });
  const asked = useRef(0);

  const suggest = (next: ReportForm) => {
    const date = parseDisplayDate(next.date);
    if (date === null) return;
    const ticket = ++asked.current;
    const wantsDraft = next.kind === 'status' && !edited.current.draft;
    void Promise.all([
      client.proposeDocumentNumber({ kind: REPORT_DOCUMENT_KIND[next.kind], date }),
      wantsDraft ? client.draftRecommendations({ planId: view.plan.id, asOf: date }) : null,
    ])
      .then(([proposal, draft]): Suggestion => ({
        symbol: proposal.numberText.slice(proposal.numberText.indexOf('/')),
        number: String(proposal.seq),
        draft: draft?.text ?? null,
      }))
      .then((suggestion) => {
        // Only the answer to the latest question fills the form.
        if (ticket !== asked.current) return;
        setSymbol(suggestion.symbol);
        setForm((current) => ({
          ...current,
          ...(suggestion.number === null || edited.current.number ? {} : { number: suggestion.number }),
          ...(suggestion.draft === null || edited.current.draft ? {} : { recommendations: suggestion.draft }),
        }));
      })
      .catch(() => setSymbol(''));
  };

  useEffect(() => {
    suggest(form);
    // Once, on opening; later suggestions follow the user's changes (see `set`).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // An edited field's message and the last outcome no longer describe what is on screen.
  const set = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => {
    const next = { ...form, [key]: value };
    setForm(next);
    setErrors(key === 'kind' ? {} : { ...errors, [key]: undefined });
    task.clear();
    if (key === 'number') edited.current.number = true;
    if (key === 'recommendations') edited.current.draft = true;
    // Another kind of document is numbered in another series: its number is proposed afresh.
    if (key === 'kind') edited.current.number = false;
    if (key === 'kind' || key === 'date') suggest(next);
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
    const checked = toReportRequest(view.plan, form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    void task.run(async () => {
      const file = await build(checked.request);
      const { saved } = await platform.saveFile({ ...file, filters: [FILE_FILTERS.word] });
      const numbered = checked.request.input.documentNumber;
      // The number is taken now: the next document gets the one after it.
      if (numbered !== null && numbered !== undefined) {
        edited.current.number = false;
        suggest(form);
      }
      const registered = numbered
        ? ` Đã ghi vào sổ văn bản đi số ${formatDocumentNumber(numbered)}${symbol}.`
        : '';
      return saved ? `Đã lưu “${file.fileName}”.${registered}` : registered.trim() || null;
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
          <button type="button" className="button link" onClick={onRegister} data-testid="open-register">
            Sổ văn bản đi…
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
        <Field
          label={symbol === '' ? 'Số văn bản' : `Số văn bản (số${symbol})`}
          error={errors.number}
          hint="Số tiếp theo trong sổ; để trống nếu Văn thư ghi số tay."
        >
          <input
            value={form.number}
            inputMode="numeric"
            data-testid="report-number"
            onChange={(event) => set('number', event.target.value)}
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
          hint="Dự thảo lập từ số liệu; sửa tùy ý. Mỗi dòng là một đoạn trong báo cáo."
        >
          <textarea
            rows={6}
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
