import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_SETTINGS,
  type ReportSettings,
  STEERING_COMMITTEE_SETTINGS,
  WORKING_GROUP_SETTINGS,
} from './report-schemas';
import { signatureWarnings } from './signature-check';

const named = (settings: Partial<ReportSettings>): ReportSettings => ({
  ...DEFAULT_REPORT_SETTINGS,
  signerName: 'Nguyễn Văn A',
  ...settings,
});

describe('whether the signature fits the letterhead', () => {
  it('finds nothing wrong with either preset once a name is given', () => {
    expect(signatureWarnings(named(WORKING_GROUP_SETTINGS))).toEqual([]);
    expect(signatureWarnings(named(STEERING_COMMITTEE_SETTINGS))).toEqual([]);
    expect(
      signatureWarnings(
        named({
          ...STEERING_COMMITTEE_SETTINGS,
          signingAuthority: 'TM. BAN CHỈ ĐẠO',
          signerTitle: 'TRƯỞNG BAN',
        }),
      ),
    ).toEqual([]);
  });

  it('warns when the defaults have no signer name', () => {
    expect(signatureWarnings(DEFAULT_REPORT_SETTINGS)).toEqual([
      'Chưa có họ và tên người ký: văn bản in ra sẽ thiếu tên dưới chữ ký.',
    ]);
  });

  it('refuses a Steering Committee letterhead signed by the working group’s head without authority', () => {
    const warnings = signatureWarnings(
      named({ ...STEERING_COMMITTEE_SETTINGS, signingAuthority: '', signerTitle: 'TỔ TRƯỞNG TỔ GIÚP VIỆC' }),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Văn bản mang tên Ban Chỉ đạo phải do Trưởng Ban ký/);
  });

  it('refuses a working-group letterhead signed for the Steering Committee, and an authority without TM./KT.', () => {
    expect(signatureWarnings(named({ signingAuthority: 'TM. BAN CHỈ ĐẠO' }))[0]).toMatch(
      /Tổ giúp việc không ký thay/,
    );
    expect(signatureWarnings(named({ signingAuthority: 'Thay mặt' }))[0]).toMatch(
      /^Thẩm quyền ký phải bắt đầu/,
    );
  });
});
