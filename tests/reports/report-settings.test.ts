import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../shared/reports/report-schemas';
import {
  REPORT_SETTINGS_KEY,
  loadReportSettings,
  saveReportSettings,
} from '../../services/reports/report-settings-store';
import { createTestDatabase } from '../../services/testing/test-database';

describe('report settings', () => {
  it('start as a working-group document signed by its head, with no signer name invented', () => {
    const { repository } = createTestDatabase();
    const settings = loadReportSettings(repository);
    expect(settings).toEqual(DEFAULT_REPORT_SETTINGS);
    expect(settings.issuingBody).toBe('TỔ GIÚP VIỆC');
    expect(settings.signerTitle).toBe('TỔ TRƯỞNG');
    expect(settings.signingAuthority).toBe('');
    expect(settings.signerName).toBe('');
    expect(settings.addressees).toEqual(['Trưởng Ban Chỉ đạo xây dựng Đề án Tòa án điện tử']);
  });

  it('read settings saved before the register: the old symbol gives the body’s part, the letterhead stays', () => {
    const { repository } = createTestDatabase();
    repository.setSetting(
      REPORT_SETTINGS_KEY,
      JSON.stringify({
        governingBody: 'TÒA ÁN NHÂN DÂN TỐI CAO',
        issuingBody: 'BAN CHỈ ĐẠO XÂY DỰNG\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ',
        documentNumber: '',
        documentSymbol: 'BC-BCĐ-TANDTC',
        signerTitle: 'TỔ TRƯỞNG TỔ GIÚP VIỆC',
      }),
    );
    expect(loadReportSettings(repository)).toMatchObject({
      bodySymbol: 'BCĐ-TANDTC',
      issuingBody: 'BAN CHỈ ĐẠO XÂY DỰNG\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ',
      signerTitle: 'TỔ TRƯỞNG TỔ GIÚP VIỆC',
    });
  });

  it('are saved once and read back', () => {
    const { repository } = createTestDatabase();
    const mine: ReportSettings = {
      ...DEFAULT_REPORT_SETTINGS,
      signerName: 'Nguyễn Văn A',
      recipients: ['Như trên'],
    };
    expect(saveReportSettings(repository, mine)).toEqual(mine);
    expect(loadReportSettings(repository)).toEqual(mine);
    expect(JSON.parse(repository.getSetting(REPORT_SETTINGS_KEY)!)).toEqual(mine);
  });

  it('refuse what does not validate, and keep what did when a stored value is damaged', () => {
    const { repository } = createTestDatabase();
    expect(() => saveReportSettings(repository, { ...DEFAULT_REPORT_SETTINGS, place: '' })).toThrow();
    repository.setSetting(
      REPORT_SETTINGS_KEY,
      JSON.stringify({ signerName: 'Trần Thị B', place: 42, extra: true }),
    );
    expect(loadReportSettings(repository)).toEqual({ ...DEFAULT_REPORT_SETTINGS, signerName: 'Trần Thị B' });
    repository.setSetting(REPORT_SETTINGS_KEY, '{not json');
    expect(loadReportSettings(repository)).toEqual(DEFAULT_REPORT_SETTINGS);
  });
});
