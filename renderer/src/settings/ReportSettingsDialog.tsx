/** "Thiết lập văn bản": the letterhead, number, place, signature and recipients every report uses. */
import { useEffect, useState } from 'react';
import { Field } from '../ui/Field';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import {
  SETTINGS_LABELS,
  type SettingsErrors,
  type SettingsField,
  type SettingsForm,
  toSettings,
  toSettingsForm,
} from './settings-form';

const MULTILINE: ReadonlySet<SettingsField> = new Set(['issuingBody', 'recipients']);
const LAYOUT: readonly (readonly SettingsField[])[] = [
  ['governingBody'],
  ['issuingBody'],
  ['issuingBodyName', 'reportingBody'],
  ['documentNumber', 'documentSymbol'],
  ['place', 'archiveCode'],
  ['signingAuthority', 'signerTitle'],
  ['signerName'],
  ['recipients'],
];

export function ReportSettingsDialog({ onClose }: { onClose: () => void }) {
  const { client } = useWindowServices();
  const task = useFileTask();
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const { run } = task;

  useEffect(() => {
    void run(async () => {
      setForm(toSettingsForm(await client.getReportSettings({})));
      return null;
    });
  }, [client, run]);

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
      return 'Đã lưu thiết lập. Các báo cáo tạo từ nay dùng thiết lập này.';
    });
  };

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
      <textarea rows={field === 'recipients' ? 4 : 2} {...props} />
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
        Theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP). Để trống số văn bản và họ tên người ký nếu
        Văn thư ghi tay khi đăng ký văn bản.
      </p>
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
      <TaskMessages error={task.error} notice={task.notice} />
    </Modal>
  );
}
