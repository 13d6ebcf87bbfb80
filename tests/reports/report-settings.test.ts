import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../shared/reports/report-schemas';
import {
  REPORT_SETTINGS_KEY,
  loadReportSettings,
  saveReportSettings,
} from '../../services/reports/report-settings-store';
import { createTestDatabase } from '../../services/testing/test-database';

describe('report settings', () => {
  it('start as the Steering Committee’s defaults, with no signer name invented', () => {
    const { repository } = createTestDatabase();
    const settings = loadReportSettings(repository);
    expect(settings).toEqual(DEFAULT_REPORT_SETTINGS);
    expect(settings.governingBody).toBe('TÒA ÁN NHÂN DÂN TỐI CAO');
    expect(settings.signerName).toBe('');
    expect(settings.documentNumber).toBe('');
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
