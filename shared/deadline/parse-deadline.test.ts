import { describe, expect, it } from 'vitest';
import type { DeadlinePrecision, Recurrence } from '../model/schemas';
import { parseDeadline } from './parse-deadline';

type Expected =
  | {
      ok: true;
      deadline: string | null;
      precision: DeadlinePrecision | null;
      recurrence: Recurrence | null;
      relative: { days: number; anchor: 'signing' } | null;
      start?: string;
      ongoing?: true;
    }
  | { ok: false; reason: 'impossible-date' | 'unrecognised' | 'empty'; message?: string };

const on = (deadline: string, precision: DeadlinePrecision): Expected => ({
  ok: true,
  deadline,
  precision,
  recurrence: null,
  relative: null,
});
const every = (
  frequency: Recurrence['frequency'],
  interval: number,
  precision: DeadlinePrecision,
  month: number | null = null,
  day: number | null = null,
): Expected => ({
  ok: true,
  deadline: null,
  precision,
  recurrence: { frequency, interval, month, day },
  relative: null,
});
const from = (start: string, deadline: string, precision: DeadlinePrecision): Expected => ({
  ok: true,
  deadline,
  precision,
  recurrence: null,
  relative: null,
  start,
});
const ongoing: Expected = {
  ok: true,
  deadline: null,
  precision: null,
  recurrence: null,
  relative: null,
  ongoing: true,
};
const impossible = (message: string): Expected => ({ ok: false, reason: 'impossible-date', message });
const unrecognised: Expected = { ok: false, reason: 'unrecognised' };

const SIGNED_ON = '2021-07-14';

describe('parseDeadline', () => {
  it.each<[string, Expected]>([
    // "Trước ngày X": X is not allowed.
    ['Trước ngày 15 tháng 7 năm 2021', on('2021-07-14', 'day')],
    ['Trước ngày 15/7/2021', on('2021-07-14', 'day')],
    ['trước ngày 15-7-2021', on('2021-07-14', 'day')],
    ['Trước ngày 15.7.2021', on('2021-07-14', 'day')],
    ['Trước ngày 01/01/2022', on('2021-12-31', 'day')],
    ['Trước ngày 01/3/2024', on('2024-02-29', 'day')],
    ['Hoàn thành trước ngày 15/7/2021', on('2021-07-14', 'day')],
    ['Trước ngày 15 tháng 7 năm 2021.', on('2021-07-14', 'day')],
    ['Trước ngày 15 tháng 7 năm 2021 (trình Ban Chỉ đạo)', on('2021-07-14', 'day')],
    ['  TRƯỚC   NGÀY  15 / 7 / 2021  ', on('2021-07-14', 'day')],
    // The named day itself is allowed.
    ['Chậm nhất ngày 20/7/2021', on('2021-07-20', 'day')],
    ['Chậm nhất là ngày 20 tháng 7 năm 2021', on('2021-07-20', 'day')],
    ['Ngày 20/7/2021', on('2021-07-20', 'day')],
    ['20/7/2021', on('2021-07-20', 'day')],
    ['Hoàn thành ngày 20/7/2021', on('2021-07-20', 'day')],
    ['Đến ngày 20/7/2021', on('2021-07-20', 'day')],
    ['Trong ngày 20/7/2021', on('2021-07-20', 'day')],
    ['Ngày 20 tháng 7/2021', on('2021-07-20', 'day')],
    // Months.
    ['Tháng 7 năm 2021', on('2021-07-31', 'month')],
    ['Tháng 7/2021', on('2021-07-31', 'month')],
    ['Trong tháng 7/2021', on('2021-07-31', 'month')],
    ['Trong tháng 7 năm 2021', on('2021-07-31', 'month')],
    ['Cuối tháng 7/2021', on('2021-07-31', 'month')],
    ['Cuối tháng 7 năm 2021', on('2021-07-31', 'month')],
    ['tháng 07/2021', on('2021-07-31', 'month')],
    ['Tháng 2/2024', on('2024-02-29', 'month')],
    ['Trước tháng 8/2021', on('2021-07-31', 'month')],
    ['Trước tháng 01/2022', on('2021-12-31', 'month')],
    ['Hạ tuần tháng 8/2021', on('2021-08-31', 'month')],
    // "Đầu/giữa tháng": the 10th and the 20th (thượng/trung tuần), at day precision.
    ['Đầu tháng 8/2021', on('2021-08-10', 'day')],
    ['Thượng tuần tháng 8/2021', on('2021-08-10', 'day')],
    ['Giữa tháng 8/2021', on('2021-08-20', 'day')],
    ['Trung tuần tháng 8 năm 2021', on('2021-08-20', 'day')],
    ['Đầu quý III/2021', unrecognised],
    ['Đầu năm 2022', unrecognised],
    // Quarters.
    ['Quý III/2021', on('2021-09-30', 'quarter')],
    ['Quý III năm 2021', on('2021-09-30', 'quarter')],
    ['Quý 3 năm 2021', on('2021-09-30', 'quarter')],
    ['Quý 3/2021', on('2021-09-30', 'quarter')],
    ['Trong quý IV/2021', on('2021-12-31', 'quarter')],
    ['Quý I/2022', on('2022-03-31', 'quarter')],
    ['Quí II/2022', on('2022-06-30', 'quarter')],
    ['Cuối quý 4 năm 2021', on('2021-12-31', 'quarter')],
    ['Trước quý I/2022', on('2021-12-31', 'quarter')],
    // Half-years.
    ['6 tháng đầu năm 2021', on('2021-06-30', 'half-year')],
    ['6 tháng cuối năm 2021', on('2021-12-31', 'half-year')],
    ['Trong 06 tháng đầu năm 2022', on('2022-06-30', 'half-year')],
    ['Sáu tháng cuối năm 2021', on('2021-12-31', 'half-year')],
    // Years.
    ['Năm 2021', on('2021-12-31', 'year')],
    ['Trong năm 2021', on('2021-12-31', 'year')],
    ['Cuối năm 2021', on('2021-12-31', 'year')],
    ['Trước năm 2022', on('2021-12-31', 'year')],
    // Counted from the signing date (signed on 14/7/2021 in this table).
    [
      'Trong vòng 30 ngày kể từ ngày ký',
      {
        ok: true,
        deadline: '2021-08-13',
        precision: 'day',
        recurrence: null,
        relative: { days: 30, anchor: 'signing' },
      },
    ],
    [
      'trong thời hạn 30 ngày kể từ ngày ký Chương trình này',
      {
        ok: true,
        deadline: '2021-08-13',
        precision: 'day',
        recurrence: null,
        relative: { days: 30, anchor: 'signing' },
      },
    ],
    [
      'Trong vòng 15 ngày kể từ ngày ký ban hành Kế hoạch',
      {
        ok: true,
        deadline: '2021-07-29',
        precision: 'day',
        recurrence: null,
        relative: { days: 15, anchor: 'signing' },
      },
    ],
    ['Trong vòng 30 ngày làm việc kể từ ngày ký', unrecognised],
    // Recurring duties.
    ['Hằng năm', every('yearly', 1, 'year')],
    ['Hàng năm', every('yearly', 1, 'year')],
    ['Trước ngày 15 tháng 01 hằng năm', every('yearly', 1, 'day', 1, 14)],
    ['trước ngày 15/01 hàng năm', every('yearly', 1, 'day', 1, 14)],
    ['trước ngày 01 tháng 3 hằng năm', every('yearly', 1, 'day', 2, 28)],
    ['Trước ngày 01/01 hằng năm', every('yearly', 1, 'day', 12, 31)],
    ['Ngày 15 tháng 12 hằng năm', every('yearly', 1, 'day', 12, 15)],
    ['Tháng 12 hằng năm', every('yearly', 1, 'month', 12, 31)],
    ['Định kỳ 06 tháng/lần', every('monthly', 6, 'half-year')],
    ['6 tháng một lần', every('monthly', 6, 'half-year')],
    ['Định kỳ 6 tháng một lần', every('monthly', 6, 'half-year')],
    ['Sáu tháng một lần', every('monthly', 6, 'half-year')],
    ['01 lần/6 tháng', every('monthly', 6, 'half-year')],
    ['Hằng tháng', every('monthly', 1, 'month')],
    ['Hàng tháng', every('monthly', 1, 'month')],
    ['Định kỳ hằng tháng', every('monthly', 1, 'month')],
    ['Hằng quý', every('monthly', 3, 'quarter')],
    ['Định kỳ hằng quý', every('monthly', 3, 'quarter')],
    ['Định kì hàng quý', every('monthly', 3, 'quarter')],
    ['1 lần/năm', every('yearly', 1, 'year')],
    ['12 tháng/lần', every('yearly', 1, 'year')],
    ['Hai năm một lần', every('yearly', 2, 'year')],
    ['0 tháng/lần', unrecognised],
    ['Thường xuyên, hằng quý', every('monthly', 3, 'quarter')],
    ['Định kỳ hằng năm', every('yearly', 1, 'year')],
    // Continuous duties: understood, with no last day.
    ['Thường xuyên', ongoing],
    ['Thực hiện thường xuyên', ongoing],
    ['Thường xuyên, liên tục', ongoing],
    ['Liên tục', ongoing],
    ['Hằng tuần', ongoing],
    // Ranges: a start and a deadline.
    ['Tháng 3 - tháng 6/2024', from('2024-03-01', '2024-06-30', 'month')],
    ['Tháng 3-6/2024', from('2024-03-01', '2024-06-30', 'month')],
    ['Quý II-III/2024', from('2024-04-01', '2024-09-30', 'quarter')],
    ['Từ tháng 4 đến tháng 6 năm 2024', from('2024-04-01', '2024-06-30', 'month')],
    ['Từ tháng 10 đến hết tháng 3/2025', from('2024-10-01', '2025-03-31', 'month')],
    ['Tháng 3/2024 - tháng 6/2024', from('2024-03-01', '2024-06-30', 'month')],
    ['Quý II - Quý III/2024', from('2024-04-01', '2024-09-30', 'quarter')],
    ['Từ quý IV/2024 đến quý I/2025', from('2024-10-01', '2025-03-31', 'quarter')],
    ['2024 - 2025', from('2024-01-01', '2025-12-31', 'year')],
    ['Năm 2024 - 2025', from('2024-01-01', '2025-12-31', 'year')],
    ['Giai đoạn 2024 - 2026', from('2024-01-01', '2026-12-31', 'year')],
    ['Từ năm 2024 đến năm 2025', from('2024-01-01', '2025-12-31', 'year')],
    ['Từ ngày 01/3/2024 đến ngày 30/6/2024', from('2024-03-01', '2024-06-30', 'day')],
    ['Từ ngày 15/10 đến ngày 15/11/2024', from('2024-10-15', '2024-11-15', 'day')],
    ['Tháng 3/2024 - quý III/2024', from('2024-03-01', '2024-09-30', 'quarter')],
    [
      'Năm 2025 - 2024',
      impossible('Thời hạn “Năm 2025 - 2024” bắt đầu sau khi đã kết thúc: hãy kiểm tra lại văn bản.'),
    ],
    ['Tháng 3 - tháng 13/2024', impossible('Tháng 13 năm 2024 không có thật.')],
    ['Từ khi có kinh phí đến tháng 6/2024', unrecognised],
    // Impossible dates: refused, never moved to a nearby day.
    ['Trước ngày 31 tháng 2 năm 2021', impossible('Ngày 31 tháng 2 năm 2021 không có thật.')],
    ['Ngày 30/02/2021', impossible('Ngày 30 tháng 2 năm 2021 không có thật.')],
    ['Ngày 29/02/2021', impossible('Ngày 29 tháng 2 năm 2021 không có thật.')],
    ['ngày 0/7/2021', impossible('Ngày 0 tháng 7 năm 2021 không có thật.')],
    ['Tháng 13/2021', impossible('Tháng 13 năm 2021 không có thật.')],
    ['Quý V/2021', impossible('Quý V năm 2021 không có thật.')],
    ['Quý 0 năm 2021', impossible('Quý 0 năm 2021 không có thật.')],
    ['Ngày 31/4 hằng năm', impossible('Ngày 31 tháng 4 không có thật.')],
    [
      'Ngày 29/02 hằng năm',
      impossible('Ngày 29 tháng 2 không có trong mọi năm nên không thể lặp lại hằng năm.'),
    ],
    ['Trước ngày 15/7/1899', impossible('Năm 1899 nằm ngoài khoảng năm hợp lệ (1900–2200).')],
    ['Năm 2201', impossible('Năm 2201 nằm ngoài khoảng năm hợp lệ (1900–2200).')],
    ['Trước ngày 01/01/1900', impossible('Năm 1899 nằm ngoài khoảng năm hợp lệ (1900–2200).')],
    // Empty and unknown wording.
    ['', { ok: false, reason: 'empty', message: 'Chưa ghi thời gian hoàn thành.' }],
    ['   \n\t ', { ok: false, reason: 'empty', message: 'Chưa ghi thời gian hoàn thành.' }],
    ['Sau khi có ý kiến của Ban Chỉ đạo', unrecognised],
    ['Theo tiến độ', unrecognised],
    ['ASAP', unrecognised],
    ['Trước ngày 15/7/21', unrecognised],
    ['Quý III/21', unrecognised],
    ['Báo cáo trước ngày 15/7/2021', unrecognised],
    ['Trước ngày 15/7/2021 trình Ban Chỉ đạo', unrecognised],
    ['Quý III/2021 và quý IV/2021', unrecognised],
    ['(trình Ban Chỉ đạo)', unrecognised],
  ])('%j', (text, expected) => {
    // The wording is checked on its own below; unrecognised rows all get the same sentence, also checked below.
    const wording = expect.any(String);
    const message = expected.ok
      ? undefined
      : (expected.message ?? expect.stringMatching(/^Không hiểu thời hạn “/));
    expect(parseDeadline(text, { signedOn: SIGNED_ON })).toEqual(
      expected.ok ? { ...expected, wording } : { ...expected, wording, message },
    );
  });

  it('reads decomposed (NFD) input and old tone placement the same as NFC', () => {
    const nfc = 'Chậm nhất là ngày 20 tháng 7 năm 2021';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(parseDeadline(nfd)).toEqual(parseDeadline(nfc));
    expect(parseDeadline('Hằng quý'.normalize('NFD'))).toMatchObject({
      ok: true,
      recurrence: { frequency: 'monthly', interval: 3, month: null, day: null },
    });
    // Old style: "hòan"/"qúy" put the tone on the first vowel.
    expect(parseDeadline('Hòan thành trong qúy III/2021')).toMatchObject({
      ok: true,
      deadline: '2021-09-30',
      precision: 'quarter',
    });
  });

  it('keeps the wording as written, in NFC, trimmed and without the closing full stop', () => {
    expect(parseDeadline('  Trước ngày 15 tháng 7 năm 2021.  ').wording).toBe(
      'Trước ngày 15 tháng 7 năm 2021',
    );
    expect(parseDeadline('Quý III/2021'.normalize('NFD')).wording).toBe('Quý III/2021');
    expect(parseDeadline('Trước ngày 15/7/2021 (trình Ban Chỉ đạo)').wording).toBe(
      'Trước ngày 15/7/2021 (trình Ban Chỉ đạo)',
    );
    expect(parseDeadline('TRONG  THÁNG 7/2021').wording).toBe('TRONG  THÁNG 7/2021');
    expect(parseDeadline('Theo tiến độ.').wording).toBe('Theo tiến độ');
  });

  it('counts from the signing date only when it is known', () => {
    expect(parseDeadline('Trong vòng 30 ngày kể từ ngày ký')).toEqual({
      ok: true,
      wording: 'Trong vòng 30 ngày kể từ ngày ký',
      deadline: null,
      precision: 'day',
      recurrence: null,
      relative: { days: 30, anchor: 'signing' },
    });
    expect(parseDeadline('Trong vòng 30 ngày kể từ ngày ký', { signedOn: null }).ok).toBe(true);
    expect(parseDeadline('Trong vòng 30 ngày kể từ ngày ký', { signedOn: '2021-12-15' })).toMatchObject({
      deadline: '2022-01-14',
    });
  });

  it('tells the user what it could not read, with an example to follow', () => {
    expect(parseDeadline('Sau khi có ý kiến của Ban Chỉ đạo')).toEqual({
      ok: false,
      wording: 'Sau khi có ý kiến của Ban Chỉ đạo',
      reason: 'unrecognised',
      message:
        'Không hiểu thời hạn “Sau khi có ý kiến của Ban Chỉ đạo”: hãy ghi ngày cụ thể, ví dụ “Trước ngày 15/7/2021”.',
    });
    expect(parseDeadline('   ')).toEqual({
      ok: false,
      wording: '',
      reason: 'empty',
      message: 'Chưa ghi thời gian hoàn thành.',
    });
  });
});
