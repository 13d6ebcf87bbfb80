/**
 * The letterhead and signature settings as the form edits them (addressees and recipients one per
 * line), checked against the contract's schema, each problem told in Vietnamese beside its field;
 * and the two presets that keep letterhead, symbol and signer together.
 */
import {
  type ReportSettings,
  STEERING_COMMITTEE_SETTINGS,
  WORKING_GROUP_SETTINGS,
  reportSettingsSchema,
} from '../../../shared/reports/report-schemas';

type ListField = 'recipients' | 'addressees';
export type SettingsForm = Omit<ReportSettings, ListField> & Record<ListField, string>;
export type SettingsField = keyof SettingsForm;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export const SETTINGS_LABELS: Record<SettingsField, string> = {
  governingBody: 'Cơ quan cấp trên (dòng đầu tiêu đề, xuống dòng như trên văn bản)',
  issuingBody: 'Cơ quan ban hành (in đậm, xuống dòng như trên văn bản)',
  issuingBodyName: 'Tên cơ quan ban hành kế hoạch (trong nội dung)',
  reportingBody: 'Đơn vị báo cáo (trong nội dung)',
  bodySymbol: 'Chữ viết tắt trong ký hiệu (BC-…, TB-…)',
  place: 'Địa danh',
  signingAuthority: 'Thẩm quyền ký (TM., KT., …)',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ và tên người ký',
  addressees: 'Kính gửi (mỗi dòng một nơi; để trống nếu không có)',
  recipients: 'Nơi nhận (mỗi dòng một nơi)',
  archiveCode: 'Lưu',
};

export type SettingsPreset = {
  id: 'working-group' | 'steering-committee';
  label: string;
  values: Partial<SettingsForm>;
};

export const SETTINGS_PRESETS: SettingsPreset[] = [
  { id: 'working-group', label: 'Văn bản của Tổ giúp việc', values: WORKING_GROUP_SETTINGS },
  { id: 'steering-committee', label: 'Văn bản của Ban Chỉ đạo', values: STEERING_COMMITTEE_SETTINGS },
];

/** The form with a preset's letterhead, symbol and signer; the name, addressees and recipients stay as typed. */
export function applyPreset(form: SettingsForm, preset: SettingsPreset): SettingsForm {
  return { ...form, ...preset.values };
}

export function toSettingsForm(settings: ReportSettings): SettingsForm {
  return {
    ...settings,
    recipients: settings.recipients.join('\n'),
    addressees: settings.addressees.join('\n'),
  };
}

const listLines = (text: string): string[] =>
  text
    .split('\n')
    // The document adds the dash and the semicolon itself; typed ones would be doubled.
    .map((line) =>
      line
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.]$/, '')
        .trim(),
    )
    .filter((line) => line !== '');

const keptLines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

function fieldMessage(code: string, maximum: unknown, list: boolean): string {
  if (code === 'too_small') return 'Không được để trống.';
  if (code === 'too_big') return list ? `Tối đa ${String(maximum)} nơi.` : `Tối đa ${String(maximum)} ký tự.`;
  return 'Giá trị không hợp lệ.';
}

export function toSettings(
  form: SettingsForm,
): { ok: true; settings: ReportSettings } | { ok: false; errors: SettingsErrors } {
  const candidate = {
    ...form,
    // Line breaks only where the letterhead needs them; stray spaces around them dropped.
    issuingBody: keptLines(form.issuingBody),
    governingBody: keptLines(form.governingBody),
    recipients: listLines(form.recipients),
    addressees: listLines(form.addressees),
  };
  const parsed = reportSettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SettingsField;
    const maximum = 'maximum' in issue ? issue.maximum : undefined;
    const list = (field === 'recipients' || field === 'addressees') && issue.path.length === 1;
    errors[field] ??= fieldMessage(issue.code, maximum, list);
  }
  return { ok: false, errors };
}
