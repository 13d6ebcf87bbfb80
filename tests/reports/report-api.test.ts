/** The report methods as the window calls them: through the dispatcher, validated by the contract. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/api/contract';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import { type AppServices, openAppServices } from '../../services/app-services';
import { openDocx, paragraphTexts } from './docx-xml';
import { KH76_CODE } from './report-fixtures';

let work: string;
let services: AppServices;
let planId: number;

async function call(method: string, input: unknown) {
  const response = await services.dispatch(method, input);
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value;
}

async function file(method: string, input: unknown) {
  const value = await call(method, input);
  const parsed = apiContract.buildStatusReport.output.parse(value);
  return { fileName: parsed.fileName, data: Buffer.from(parsed.base64, 'base64') };
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-report-api-'));
  services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
  planId = services.repository.findPlanIdByCode(KH76_CODE)!;
});
afterAll(() => {
  services.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('report API', () => {
  it('gets and saves the report settings, refusing invalid ones in Vietnamese', async () => {
    expect(await call('getReportSettings', {})).toEqual(DEFAULT_REPORT_SETTINGS);
    const mine = { ...DEFAULT_REPORT_SETTINGS, signerName: 'Nguyễn Văn A' };
    expect(await call('saveReportSettings', mine)).toEqual(mine);
    expect(await call('getReportSettings', {})).toEqual(mine);
    const refused = await services.dispatch('saveReportSettings', { ...mine, issuingBody: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(refused)).toContain('issuingBody');
  });

  it('builds the status report with the saved settings, the horizon defaulting to 30 days', async () => {
    const { fileName, data } = await file('buildStatusReport', { planId, asOf: '2021-07-20' });
    expect(fileName).toBe('bao-cao-tinh-hinh-76-kh-bcd-tandtc-2021-07-20.docx');
    const texts = paragraphTexts(openDocx(data).xml('word/document.xml'));
    expect(texts).toContain('Nguyễn Văn A');
    expect(texts).toContain(
      'Trong thời gian tới, các đơn vị tập trung hoàn thành 1 nhiệm vụ có thời hạn từ ngày 21 tháng 7 năm 2021 ' +
        'đến ngày 19 tháng 8 năm 2021:',
    );
  });

  it('builds the unit list, for one unit or all', async () => {
    const view = apiContract.getPlanView.output.parse(
      await call('getPlanView', { planId, asOf: '2021-07-20' }),
    );
    const unit = view.units.find((u) => u.name === 'Tổ giúp việc')!;
    expect((await file('buildUnitReport', { planId, asOf: '2021-07-20', unitId: unit.id })).fileName).toBe(
      'danh-sach-nhiem-vu-to-giup-viec-76-kh-bcd-tandtc-2021-07-20.docx',
    );
    expect((await file('buildUnitReport', { planId, asOf: '2021-07-20' })).fileName).toBe(
      'danh-sach-nhiem-vu-cac-don-vi-76-kh-bcd-tandtc-2021-07-20.docx',
    );
    const missing = await services.dispatch('buildUnitReport', { planId, asOf: '2021-07-20', unitId: 9999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('builds the meeting pack from the agenda lines given', async () => {
    const { data } = await file('buildMeetingPack', {
      planId,
      meetingOn: '2021-07-20',
      nextMeetingOn: '2021-08-15',
      agenda: ['Báo cáo tình hình thực hiện Kế hoạch'],
    });
    expect(paragraphTexts(openDocx(data).xml('word/document.xml'))).toContain(
      '1. Báo cáo tình hình thực hiện Kế hoạch',
    );
  });

  it('exports the timeline picture as a PNG with a file name', async () => {
    const { fileName, data } = await file('exportTimelinePicture', { planId, asOf: '2021-07-20' });
    expect(fileName).toBe('tien-do-76-kh-bcd-tandtc-2021-07-20.png');
    expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('refuses an unknown plan or a bad date', async () => {
    expect(await services.dispatch('buildStatusReport', { planId: 9999, asOf: '2021-07-20' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'Không tìm thấy kế hoạch (mã 9999).' },
    });
    expect(await services.dispatch('buildStatusReport', { planId, asOf: '2021-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('numbers a report from the register: proposed, recorded once built, never given twice', async () => {
    const year = { year: 2021 };
    expect(await call('proposeDocumentNumber', { kind: 'BC', date: '2021-08-02' })).toEqual({
      kind: 'BC',
      year: 2021,
      seq: 1,
      numberText: '01/BC-TGV',
    });
    const { data } = await file('buildStatusReport', { planId, asOf: '2021-08-02', documentNumber: 1 });
    expect(paragraphTexts(openDocx(data).xml('word/document.xml'))).toContain('Số: 01/BC-TGV');
    const letter = await file('buildUnitReport', { planId, asOf: '2021-08-02', documentNumber: 7 });
    expect(letter.fileName).toMatch(/\.docx$/);
    const register = (await call('listDocumentRegister', year)) as { numberText: string; subject: string }[];
    expect(register.map((e) => e.numberText)).toEqual(['01/BC-TGV', '07/TGV']);
    expect(register[0]!.subject).toBe(
      'Báo cáo tình hình thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC đến ngày 02/08/2021',
    );
    expect(await call('proposeDocumentNumber', { kind: 'BC', date: '2021-09-01' })).toMatchObject({ seq: 2 });
    // The same number again is refused before anything is built, naming the document that has it.
    const again = await services.dispatch('buildStatusReport', {
      planId,
      asOf: '2021-09-01',
      documentNumber: 1,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(again)).toContain('đã cấp cho báo cáo');
    const sheet = apiContract.exportDocumentRegister.output.parse(await call('exportDocumentRegister', year));
    expect(sheet.fileName).toBe('so-van-ban-di-2021.xlsx');
  });

  it('drafts the recommendations from the plan as of a date', async () => {
    const { text } = (await call('draftRecommendations', { planId, asOf: '2021-09-20' })) as { text: string };
    expect(text.split('\n')[0]).toBe(
      'Đề nghị Ban Chỉ đạo xem xét, quyết định gia hạn hoặc giao lại đơn vị chủ trì đối với 4 nhiệm vụ quá hạn trên 30 ngày: ' +
        'nhiệm vụ 1.1 (Vụ Tổng hợp, quá hạn 68 ngày); nhiệm vụ 1.2 (Vụ Pháp chế và Quản lý khoa học, quá hạn 68 ngày); ' +
        'nhiệm vụ 1.3 (Vụ Hợp tác quốc tế, quá hạn 68 ngày); nhiệm vụ 1.4 (Tổ giúp việc, quá hạn 51 ngày).',
    );
  });
});
