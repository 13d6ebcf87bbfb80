import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { newProgressForm, toProgressFields } from './progress-form';

const today = '2021-08-10' as IsoDate;
const form = (extra: Partial<ReturnType<typeof newProgressForm>> = {}) => ({
  ...newProgressForm('2021-07-20' as IsoDate, today, 40, 7),
  ...extra,
});

describe('the progress form', () => {
  it('starts on the status date, or today when the status date is later', () => {
    expect(form().reportedOn).toBe('20/07/2021');
    expect(newProgressForm('2022-01-01' as IsoDate, today, 0, null).reportedOn).toBe('10/08/2021');
    expect(form().reportedByUnitId).toBe(7);
  });

  it('refuses a day after today and says which day today is', () => {
    const r = toProgressFields(form({ reportedOn: '11/08/2021' }), today);
    expect(r).toEqual({
      ok: false,
      errors: { reportedOn: 'Ngày báo cáo không thể sau hôm nay (10/08/2021).' },
    });
  });

  it('reads "Hoàn thành" as 100 % finished on the given day, not after the report', () => {
    const r = toProgressFields(form({ done: true, percent: '40', completedOn: '15/07/2021' }), today);
    expect(r.ok && r.fields).toMatchObject({
      percent: 100,
      completedOn: '2021-07-15',
      reportedOn: '2021-07-20',
    });
    const late = toProgressFields(form({ done: true, completedOn: '25/07/2021' }), today);
    expect(late).toMatchObject({
      ok: false,
      errors: { completedOn: 'Ngày hoàn thành không thể sau ngày báo cáo.' },
    });
  });

  it('recomputes the messages from the values: fixing the cause removes the message', () => {
    expect(toProgressFields(form({ percent: '140' }), today).ok).toBe(false);
    expect(toProgressFields(form({ percent: '100' }), today).ok).toBe(true);
    expect(toProgressFields(form({ percent: ' 60% ' }), today)).toMatchObject({
      ok: true,
      fields: { percent: 60 },
    });
  });
});
