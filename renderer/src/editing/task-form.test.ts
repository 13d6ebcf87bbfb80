import { describe, expect, it } from 'vitest';
import {
  formOf,
  formUnits,
  isWordingEditable,
  readDeadline,
  rebaseForm,
  toTaskFields,
  withCoLead,
  withLead,
} from './task-form';

describe('task form', () => {
  it('reads the deadline wording live, or says why it cannot', () => {
    expect(readDeadline('Trước ngày 15 tháng 7 năm 2021', null).text).toBe('Hiểu là: hạn cuối 14/07/2021.');
    expect(readDeadline('trước ngày 15 tháng 01 hằng năm', null).text).toBe(
      'Hiểu là: Định kỳ hằng năm, hạn ngày 14/01.',
    );
    expect(readDeadline('31 tháng 2 năm 2021', null).ok).toBe(false);
    expect(readDeadline('Thường xuyên', null)).toEqual({
      ok: true,
      deadline: null,
      recurrence: null,
      text: 'Hiểu là: nhiệm vụ thường xuyên, không có hạn cuối.',
    });
    expect(readDeadline('Tháng 3 - tháng 6/2024', null).text).toBe(
      'Hiểu là: từ 01/03/2024, hạn cuối 30/06/2024.',
    );
    expect(readDeadline('trong vòng 30 ngày kể từ ngày ký', '2021-07-14').text).toBe(
      'Hiểu là: hạn cuối 13/08/2021.',
    );
  });

  it('turns the form into API fields, refusing an empty title, a bad date and a deadline before the start', () => {
    const form = {
      ...formOf(null),
      title: ' Khảo sát ',
      start: '01/08/2021',
      deadlineText: 'Trước ngày 15/7/2021',
    };
    expect(toTaskFields(form, null)).toEqual({
      ok: false,
      errors: { deadlineText: 'Thời hạn hoàn thành không thể trước ngày bắt đầu.' },
    });
    expect(toTaskFields({ ...form, title: '', start: '32/01/2021' }, null)).toEqual({
      ok: false,
      errors: { title: 'Chưa nhập tên nhiệm vụ.', start: 'Ngày không hợp lệ: hãy ghi dạng dd/mm/yyyy.' },
    });
    const ok = toTaskFields({ ...form, start: '01/07/2021', leadUnitId: 3, supportUnitIds: [3, 4] }, null);
    expect(ok).toMatchObject({
      ok: true,
      fields: {
        title: 'Khảo sát',
        start: '2021-07-01',
        deadline: '2021-07-14',
        leadUnitId: 3,
        supportUnitIds: [4],
      },
    });
  });

  it('takes a revised deadline as the one in force and keeps the plan’s wording', () => {
    const form = { ...formOf(null), title: 'Đề cương', deadlineText: 'Tháng 7 năm 2021' };
    expect(toTaskFields({ ...form, revisedDeadline: '30/09/2021' }, null)).toMatchObject({
      ok: true,
      fields: { deadlineText: 'Tháng 7 năm 2021', deadline: '2021-09-30' },
    });
    expect(toTaskFields({ ...form, revisedDeadline: '31/09/2021' }, null)).toEqual({
      ok: false,
      errors: { revisedDeadline: 'Ngày không hợp lệ: hãy ghi dạng dd/mm/yyyy.' },
    });
  });

  it('keeps a document’s deadline wording read-only, but lets the missing one be added', () => {
    const fromDocument = { sourceLine: 41, deadlineText: 'Tháng 7 năm 2021' };
    expect(isWordingEditable(fromDocument)).toBe(false);
    // The document wrote no deadline (Kế hoạch 76's item 1.5): nothing to overwrite.
    expect(isWordingEditable({ sourceLine: 48, deadlineText: null })).toBe(true);
    // The user's own task, and a new one.
    expect(isWordingEditable({ sourceLine: null, deadlineText: 'Tháng 9 năm 2021' })).toBe(true);
    expect(isWordingEditable(null)).toBe(true);
  });

  it('lets untouched fields follow the task after it changed, keeping what was typed', () => {
    const before = { ...formOf(null), title: 'Đề cương', notes: '', revisedDeadline: '30/09/2021' };
    const after = { ...before, revisedDeadline: '', supportUnitIds: [4] };
    const typed = { ...before, notes: 'Chờ góp ý' };
    expect(rebaseForm(before, before, after)).toEqual(after);
    expect(rebaseForm(typed, before, after)).toEqual({ ...after, notes: 'Chờ góp ý' });
    expect(rebaseForm({ ...before, revisedDeadline: '15/10/2021' }, before, after).revisedDeadline).toBe(
      '15/10/2021',
    );
  });

  it('keeps co-leads: none is a support too, and clearing "Chủ trì" hands it to the first co-lead', () => {
    let form = { ...formOf(null), title: 'Quy chế lưu trữ', supportUnitIds: [5, 6] };
    form = withLead(form, 3);
    form = withCoLead(form, 5, true);
    form = withCoLead(form, 7, true);
    expect([form.leadUnitId, form.coLeadUnitIds, form.supportUnitIds]).toEqual([3, [5, 7], [6]]);
    expect(toTaskFields(form, null)).toMatchObject({
      ok: true,
      fields: { leadUnitId: 3, coLeadUnitIds: [5, 7], supportUnitIds: [6] },
    });
    // The principal lead picked among the co-leads leaves them; cleared, nobody is lost.
    expect(withLead(form, 7)).toMatchObject({ leadUnitId: 7, coLeadUnitIds: [5] });
    expect(withLead(form, null)).toMatchObject({ leadUnitId: 5, coLeadUnitIds: [7] });
    expect(withCoLead(form, 5, false).coLeadUnitIds).toEqual([7]);
    // A task read from the view keeps its leads in order.
    expect(formUnits({ leadUnitId: null, coLeadUnitIds: [8, 9], supportUnitIds: [9, 2] })).toEqual({
      leadUnitId: 8,
      coLeadUnitIds: [9],
      supportUnitIds: [2],
    });
  });
});
