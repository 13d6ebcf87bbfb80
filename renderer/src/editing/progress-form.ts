/**
 * The "Ghi tiến độ" form apart from React: the fields as typed, their rules (never a day after today,
 * a finished task is at 100 % on a day not after the report), and what the API accepts. Messages are
 * computed from the current values every time, so one disappears as soon as its cause is fixed.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { ProgressFields } from '../../../shared/editing/editing-schemas';
import type { ProgressUpdate } from '../../../shared/model/schemas';

export type ProgressForm = {
  /** dd/mm/yyyy as typed. */
  reportedOn: string;
  percent: string;
  done: boolean;
  /** dd/mm/yyyy as typed; read only when `done`. */
  completedOn: string;
  achieved: string;
  difficulties: string;
  proposals: string;
  reportedByUnitId: number | null;
  reportedByPerson: string;
};

export type ProgressErrors = Partial<Record<'reportedOn' | 'percent' | 'completedOn', string>>;

/** A new report: dated the status date (or today, when the status date is later), at the current %. */
export function newProgressForm(
  asOf: IsoDate,
  today: IsoDate,
  percent: number,
  leadUnitId: number | null,
): ProgressForm {
  const day = formatDisplayDate(asOf > today ? today : asOf);
  return {
    reportedOn: day,
    percent: String(percent),
    done: false,
    completedOn: day,
    achieved: '',
    difficulties: '',
    proposals: '',
    reportedByUnitId: leadUnitId,
    reportedByPerson: '',
  };
}

export function formOfUpdate(u: ProgressUpdate): ProgressForm {
  return {
    reportedOn: formatDisplayDate(u.reportedOn),
    percent: String(u.percent),
    done: (u.completedOn ?? null) !== null,
    completedOn: formatDisplayDate(u.completedOn ?? u.reportedOn),
    achieved: u.achieved ?? '',
    difficulties: u.difficulties ?? '',
    proposals: u.proposals ?? '',
    reportedByUnitId: u.reportedByUnitId ?? null,
    reportedByPerson: u.reportedByPerson ?? '',
  };
}

const BAD_DATE = 'Ngày không hợp lệ: hãy ghi dạng dd/mm/yyyy.';

export function toProgressFields(
  form: ProgressForm,
  today: IsoDate,
): { ok: true; fields: ProgressFields } | { ok: false; errors: ProgressErrors } {
  const errors: ProgressErrors = {};
  const reportedOn = parseDisplayDate(form.reportedOn);
  if (reportedOn === null) errors.reportedOn = BAD_DATE;
  else if (reportedOn > today)
    errors.reportedOn = `Ngày báo cáo không thể sau hôm nay (${formatDisplayDate(today)}).`;
  const percent = form.done ? 100 : Number(form.percent.trim().replace(/%$/, ''));
  if (form.percent.trim() === '' && !form.done) errors.percent = 'Chưa nhập tỷ lệ hoàn thành.';
  else if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    errors.percent = 'Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.';
  const completedOn = form.done ? parseDisplayDate(form.completedOn) : null;
  if (form.done) {
    if (completedOn === null) errors.completedOn = BAD_DATE;
    else if (reportedOn !== null && completedOn > reportedOn)
      errors.completedOn = 'Ngày hoàn thành không thể sau ngày báo cáo.';
  }
  if (Object.keys(errors).length > 0 || reportedOn === null) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      reportedOn,
      percent,
      achieved: form.achieved.trim() || null,
      difficulties: form.difficulties.trim() || null,
      enteredBy: null,
      proposals: form.proposals.trim() || null,
      reportedByUnitId: form.reportedByUnitId,
      reportedByPerson: form.reportedByPerson.trim() || null,
      completedOn,
    },
  };
}
