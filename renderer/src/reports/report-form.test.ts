import { describe, expect, it } from 'vitest';
import { initialReportForm, toReportRequest } from './report-form';

const form = initialReportForm('2021-07-20');
const PLAN = { id: 1, code: '76/KH-BCĐ-TANDTC', documentType: 'Kế hoạch', issuedOn: '2021-06-10' };

describe('the report form', () => {
  it('starts at the window’s status date, every unit, the next 30 days', () => {
    expect(form).toMatchObject({ kind: 'status', date: '20/07/2021', unit: 'all', horizonDays: '30' });
  });

  it('builds the status report request with the recommendations', () => {
    expect(toReportRequest(PLAN, { ...form, recommendations: '  Đề nghị bổ sung kinh phí.\n' })).toEqual({
      ok: true,
      request: {
        kind: 'status',
        input: {
          planId: 1,
          asOf: '2021-07-20',
          horizonDays: 30,
          recommendations: 'Đề nghị bổ sung kinh phí.',
          documentNumber: null,
        },
      },
    });
  });

  it('builds one unit’s list, or every unit’s', () => {
    const one = toReportRequest(PLAN, { ...form, kind: 'unit', unit: '7' });
    expect(one).toMatchObject({ ok: true, request: { kind: 'unit', input: { unitId: 7 } } });
    const all = toReportRequest(PLAN, { ...form, kind: 'unit' });
    expect(all).toMatchObject({ ok: true, request: { kind: 'unit', input: { unitId: null } } });
  });

  it('builds the meeting pack with its agenda lines and next meeting', () => {
    const result = toReportRequest(PLAN, {
      ...form,
      kind: 'meeting',
      agenda: 'Báo cáo tiến độ\n\n  Thảo luận  \n',
      nextMeeting: '20/08/2021',
    });
    expect(result).toEqual({
      ok: true,
      request: {
        kind: 'meeting',
        input: {
          planId: 1,
          meetingOn: '2021-07-20',
          nextMeetingOn: '2021-08-20',
          agenda: ['Báo cáo tiến độ', 'Thảo luận'],
          documentNumber: null,
        },
      },
    });
  });

  it('explains each wrong field in Vietnamese', () => {
    expect(toReportRequest(PLAN, { ...form, date: '31/02/2021', horizonDays: '0' })).toEqual({
      ok: false,
      errors: {
        date: 'Ngày phải có dạng ngày/tháng/năm, ví dụ 20/07/2021.',
        horizonDays: 'Số ngày phải là số nguyên từ 1 đến 366.',
      },
    });
    const meeting = toReportRequest(PLAN, { ...form, kind: 'meeting', nextMeeting: '19/07/2021' });
    expect(meeting).toEqual({ ok: false, errors: { nextMeeting: 'Ngày họp tiếp theo phải sau ngày họp.' } });
  });

  it('takes the number the user keeps, or none, and refuses other text', () => {
    expect(toReportRequest(PLAN, { ...form, number: ' 5 ' })).toMatchObject({
      ok: true,
      request: { input: { documentNumber: 5 } },
    });
    expect(toReportRequest(PLAN, { ...form, kind: 'unit', number: '12' })).toMatchObject({
      ok: true,
      request: { kind: 'unit', input: { documentNumber: 12 } },
    });
    expect(toReportRequest(PLAN, { ...form, number: '05/BC' })).toEqual({
      ok: false,
      errors: { number: 'Số văn bản là số nguyên dương (ví dụ 5), hoặc để trống để ghi tay.' },
    });
  });

  it('refuses a date before the plan was issued, naming that date', () => {
    expect(toReportRequest(PLAN, { ...form, date: '01/06/2021' })).toEqual({
      ok: false,
      errors: {
        date: 'Ngày này trước ngày ban hành Kế hoạch số 76/KH-BCĐ-TANDTC (10/06/2021): chưa có tình hình thực hiện để báo cáo.',
      },
    });
  });
});
