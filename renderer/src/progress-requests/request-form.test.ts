import { describe, expect, it } from 'vitest';
import type { PreviewFile } from '../../../shared/progress-requests/request-schemas';
import {
  acceptedRows,
  allAcceptable,
  initialSelection,
  rowId,
  toggle,
  trackerStatus,
} from './preview-selection';
import { initialRequestForm, toRequestInput } from './request-form';

describe('request form', () => {
  it('defaults to every candidate unit, sent today, due in a week', () => {
    const form = initialRequestForm('2021-07-20', '2021-07-10', [1, 3]);
    expect(form).toMatchObject({
      asOf: '20/07/2021',
      sentOn: '10/07/2021',
      dueOn: '17/07/2021',
      units: { 1: true, 3: true },
    });
    const result = toRequestInput(7, { ...form, numbers: { 3: ' 125 ' } });
    expect(result).toEqual({
      ok: true,
      input: {
        planId: 7,
        asOf: '2021-07-20',
        periodLabel: '',
        sentOn: '2021-07-10',
        dueOn: '2021-07-17',
        unitIds: [1, 3],
        documentNumbers: [{ unitId: 3, number: '125' }],
      },
    });
  });

  it('names each wrong field in Vietnamese', () => {
    const form = initialRequestForm('2021-07-20', '2021-07-10', [1]);
    const result = toRequestInput(7, {
      ...form,
      asOf: '31/02/2021',
      dueOn: '01/07/2021',
      units: { 1: false },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        asOf: 'Cần một ngày có thật, dạng dd/mm/yyyy.',
        dueOn: 'Hạn gửi lại phải từ ngày gửi đề nghị trở đi.',
        units: 'Hãy chọn ít nhất một đơn vị.',
      },
    });
  });
});

const row = (key: string, acceptable: boolean, suggested: boolean) => ({
  key,
  taskId: 1,
  wbs: '1.1',
  title: 'x',
  role: 'lead' as const,
  place: 'dòng 8',
  oldPercent: null,
  newPercent: 50,
  reportedOn: '2021-07-18',
  achieved: '',
  difficulties: '',
  proposals: '',
  completedOn: null,
  problems: [],
  acceptable,
  suggested,
});

describe('preview selection', () => {
  const file: PreviewFile = {
    fileName: 'a.xlsx',
    sha256: 'a'.repeat(64),
    requestId: 1,
    unitName: 'Vụ Tổng hợp',
    asOf: '2021-07-20',
    problems: [],
    alreadyImported: false,
    rows: [row('NV1-AB', true, true), row('NV2-CD', true, false), row('NV3-EF', false, false)],
  };
  it('ticks clean rows first, lets warnings be ticked, never errors', () => {
    const first = initialSelection([file]);
    expect(acceptedRows([file], first)).toEqual([{ sha256: file.sha256, key: 'NV1-AB' }]);
    expect(acceptedRows([file], allAcceptable([file])).map((r) => r.key)).toEqual(['NV1-AB', 'NV2-CD']);
    const forced = toggle(first, rowId(file, 'NV3-EF'), true);
    expect(acceptedRows([file], forced).map((r) => r.key)).toEqual(['NV1-AB']);
  });

  it('words the tracker status', () => {
    const base = {
      requestId: 1,
      unitId: 1,
      unitName: 'x',
      asOf: '2021-07-20',
      periodLabel: '',
      sentOn: '2021-07-10',
      dueOn: '2021-07-17',
      documentNumber: null,
      taskCount: 3,
      acceptedCount: 0,
    };
    expect(trackerStatus({ ...base, repliedOn: null, late: true }).label).toBe('Chưa trả lời — quá hạn');
    expect(trackerStatus({ ...base, repliedOn: '2021-07-18', late: true }).label).toBe('Trả lời muộn');
    expect(trackerStatus({ ...base, repliedOn: null, late: false }).label).toBe('Chưa đến hạn');
  });
});
