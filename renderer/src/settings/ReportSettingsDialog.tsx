/**
 * "Thiết lập văn bản": the letterhead, symbol, place, signature, addressees and recipients every
 * report uses. Two presets keep letterhead and signer together; a signature that does not fit the
 * letterhead, or has no name, is warned about as the user types.
 */
import { useState } from 'react';
import { invalidateQueries, useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../ui/error-message';
import { signatureWarnings } from '../../../shared/reports/signature-check';
import './settings.css';
import { Field } from '../ui/Field';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import {
  SETTINGS_LABELS,
  SETTINGS_PRESETS,
  applyPreset,
  type SettingsErrors,
  type SettingsField,
  type SettingsForm,
  toSettings,
  toSettingsForm,
} from './settings-form';

const MULTILINE: ReadonlySet<SettingsField> = new Set([
  'governingBody',
  'issuingBody',
  'addressees',
  'recipients',
]);
const LAYOUT: readonly (readonly SettingsField[])[] = [
  ['governingBody', 'issuingBody'],
  ['issuingBodyName', 'reportingBody'],
  ['bodySymbol', 'place', 'archiveCode'],
  ['signingAuthority', 'signerTitle'],
  ['signerName'],
  ['addressees', 'recipients'],
];

export function ReportSettingsDialog({ onClose }: { onClose: () => void }) {
  const { client } = useWindowServices();
  const task = useFileTask();
  // The settings as stored, until the user changes them here.
  const stored = useApiQuery(client, 'getReportSettings', {});
  const [edited, setForm] = useState<SettingsForm | null>(null);
  const form = edited ?? (stored.data ? toSettingsForm(stored.data) : null);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const { run } = task;

  const save = () => {
    if (form === null) return;
    const checked = toSettings(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    void run(async () => {
      setForm(toSettingsForm(await client.saveReportSettings(checked.settings)));
      invalidateQueries();
      return 'Đã lưu thiết lập. Các báo cáo tạo từ nay dùng thiết lập này.';
    });
  };

  // Checked on what is typed, before saving: a wrong signer is seen where it is set.
  const checked = form === null ? null : toSettings(form);
  const warnings = checked?.ok ? signatureWarnings(checked.settings) : [];

  const input = (field: SettingsField) => {
    if (form === null) return null;
    const props = {
      value: form[field],
      'data-testid': `setting-${field}`,
      onChange: (event: { target: { value: string } }) => {
        setForm({ ...form, [field]: event.target.value });
        setErrors({ ...errors, [field]: undefined });
      },
    };
    return MULTILINE.has(field) ? (
      <textarea rows={field === 'recipients' || field === 'addressees' ? 3 : 2} {...props} />
    ) : (
      <input {...props} />
    );
  };

  return (
    <Modal
      title="Thiết lập văn bản"
      testId="report-settings-dialog"
      wide
      onClose={onClose}
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: 'Lưu thiết lập',
            testId: 'settings-save',
            disabled: form === null || task.busy,
            onClick: save,
          }}
        />
      }
    >
      <p className="form-hint">
        Theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP). Số văn bản lấy từ sổ đăng ký văn bản đi
        khi tạo báo cáo. Chọn mẫu để tiêu đề, ký hiệu và người ký khớp với cơ quan ban hành:
      </p>
      {form !== null && (
        <div className="file-actions">
          {SETTINGS_PRESETS.map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="button"
              data-testid={`settings-preset-${preset.id}`}
              onClick={() => {
                setForm(applyPreset(form, preset));
                setErrors({});
                task.clear();
              }}
            >
              {preset.label}
            </button>
          ))}
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="modal-warnings" role="status" data-testid="settings-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {form !== null &&
        LAYOUT.map((row) => (
          <div key={row.join()} className={row.length > 1 ? 'form-row' : undefined}>
            {row.map((field) => (
              <Field key={field} label={SETTINGS_LABELS[field]} error={errors[field]}>
                {input(field)}
              </Field>
            ))}
          </div>
        ))}
      <TaskMessages
        error={task.error ?? (stored.error ? errorMessage(stored.error) : null)}
        notice={task.notice}
      />
    </Modal>
  );
}
