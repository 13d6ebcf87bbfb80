import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS } from '../../../shared/reports/report-schemas';
import { toSettings, toSettingsForm } from './settings-form';

const form = toSettingsForm(DEFAULT_REPORT_SETTINGS);

describe('the letterhead settings form', () => {
  it('round-trips the defaults, recipients one per line', () => {
    expect(form.recipients.split('\n')).toHaveLength(3);
    expect(form.addressees).toBe('Trưởng Ban Chỉ đạo xây dựng Đề án Tòa án điện tử');
    expect(toSettings(form)).toEqual({ ok: true, settings: DEFAULT_REPORT_SETTINGS });
  });

  it('keeps the issuing body’s line break and drops typed dashes and semicolons of recipients', () => {
    const result = toSettings({
      ...form,
      issuingBody: '  BAN CHỈ ĐẠO  \n\n ĐỀ ÁN TÒA ÁN ĐIỆN TỬ ',
      recipients: '- Chánh án TANDTC (để báo cáo);\n\n• Các Phó Chánh án.',
    });
    expect(result).toMatchObject({
      ok: true,
      settings: {
        issuingBody: 'BAN CHỈ ĐẠO\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ',
        recipients: ['Chánh án TANDTC (để báo cáo)', 'Các Phó Chánh án'],
      },
    });
  });

  it('says which field is empty or too long, in Vietnamese', () => {
    const result = toSettings({ ...form, place: '  ', signerTitle: '', bodySymbol: 'X'.repeat(41) });
    expect(result).toEqual({
      ok: false,
      errors: {
        place: 'Không được để trống.',
        signerTitle: 'Không được để trống.',
        bodySymbol: 'Tối đa 40 ký tự.',
      },
    });
  });
});
