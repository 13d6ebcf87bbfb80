/**
 * The letterhead and signature settings as the form edits them (recipients one per line), checked
 * against the contract's schema, each problem told in Vietnamese beside its field.
 */
import { type ReportSettings, reportSettingsSchema } from '../../../shared/reports/report-schemas';

export type SettingsForm = Omit<ReportSettings, 'recipients'> & { recipients: string };
export type SettingsField = keyof SettingsForm;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export const SETTINGS_LABELS: Record<SettingsField, string> = {
  governingBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành (trên tiêu đề, xuống dòng như trên văn bản)',
  issuingBodyName: 'Tên cơ quan ban hành trong nội dung',
  reportingBody: 'Bộ phận báo cáo',
  documentNumber: 'Số văn bản',
  documentSymbol: 'Ký hiệu văn bản (sau “Số: …/”)',
  place: 'Địa danh',
  signingAuthority: 'Thẩm quyền ký (TM., KT., …)',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ và tên người ký',
  recipients: 'Nơi nhận (mỗi dòng một nơi)',
  archiveCode: 'Lưu',
};

export function toSettingsForm(settings: ReportSettings): SettingsForm {
  return { ...settings, recipients: settings.recipients.join('\n') };
}

const recipientLines = (text: string): string[] =>
  text
    .split('\n')
    // The report adds the dash and the semicolon itself; typed ones would be doubled.
    .map((line) =>
      line
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.]$/, '')
        .trim(),
    )
    .filter((line) => line !== '');

function fieldMessage(code: string, maximum: unknown, recipients: boolean): string {
  if (code === 'too_small') return 'Không được để trống.';
  if (code === 'too_big')
    return recipients && maximum === 30 ? 'Tối đa 30 nơi nhận.' : `Tối đa ${String(maximum)} ký tự.`;
  return 'Giá trị không hợp lệ.';
}

export function toSettings(
  form: SettingsForm,
): { ok: true; settings: ReportSettings } | { ok: false; errors: SettingsErrors } {
  const candidate = {
    ...form,
    // Line breaks only where the letterhead needs them; stray spaces around them dropped.
    issuingBody: form.issuingBody
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n'),
    recipients: recipientLines(form.recipients),
  };
  const parsed = reportSettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SettingsField;
    const maximum = 'maximum' in issue ? issue.maximum : undefined;
    errors[field] ??= fieldMessage(issue.code, maximum, field === 'recipients' && issue.path.length === 1);
  }
  return { ok: false, errors };
}
