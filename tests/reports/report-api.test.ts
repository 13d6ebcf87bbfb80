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
      'Các nhiệm vụ có thời hạn hoàn thành từ ngày 21/07/2021 đến ngày 19/08/2021 (30 ngày tới):',
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
});
