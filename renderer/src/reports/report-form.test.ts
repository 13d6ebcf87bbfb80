import { describe, expect, it } from 'vitest';
import { initialReportForm, toReportRequest } from './report-form';

const form = initialReportForm('2021-07-20');

describe('the report form', () => {
  it('starts at the window’s status date, every unit, the next 30 days', () => {
    expect(form).toMatchObject({ kind: 'status', date: '20/07/2021', unit: 'all', horizonDays: '30' });
  });

  it('builds the status report request with the recommendations', () => {
    expect(toReportRequest(1, { ...form, recommendations: '  Đề nghị bổ sung kinh phí.\n' })).toEqual({
      ok: true,
      request: {
        kind: 'status',
        input: {
          planId: 1,
          asOf: '2021-07-20',
          horizonDays: 30,
          recommendations: 'Đề nghị bổ sung kinh phí.',
        },
      },
    });
  });

  it('builds one unit’s list, or every unit’s', () => {
    const one = toReportRequest(1, { ...form, kind: 'unit', unit: '7' });
    expect(one).toMatchObject({ ok: true, request: { kind: 'unit', input: { unitId: 7 } } });
    const all = toReportRequest(1, { ...form, kind: 'unit' });
    expect(all).toMatchObject({ ok: true, request: { kind: 'unit', input: { unitId: null } } });
  });

  it('builds the meeting pack with its agenda lines and next meeting', () => {
    const result = toReportRequest(1, {
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
        },
      },
    });
  });

  it('explains each wrong field in Vietnamese', () => {
    expect(toReportRequest(1, { ...form, date: '31/02/2021', horizonDays: '0' })).toEqual({
      ok: false,
      errors: {
        date: 'Ngày phải có dạng ngày/tháng/năm, ví dụ 20/07/2021.',
        horizonDays: 'Số ngày phải là số nguyên từ 1 đến 366.',
      },
    });
    const meeting = toReportRequest(1, { ...form, kind: 'meeting', nextMeeting: '19/07/2021' });
    expect(meeting).toEqual({ ok: false, errors: { nextMeeting: 'Ngày họp tiếp theo phải sau ngày họp.' } });
  });
});
