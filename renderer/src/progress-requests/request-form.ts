/**
 * The "Đề nghị báo cáo tiến độ" form as typed (dates dd/mm/yyyy, document numbers per unit) → the
 * contract's input, or a Vietnamese message on each field that is wrong.
 */
import { addDays, type IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { CreateRequestsInput } from '../../../shared/progress-requests/request-schemas';

export type RequestFormState = {
  asOf: string;
  periodLabel: string;
  sentOn: string;
  dueOn: string;
  /** Unit id → ticked. */
  units: Record<number, boolean>;
  /** Unit id → document number as typed (empty: written in by hand). */
  numbers: Record<number, string>;
};

export type RequestFormErrors = Partial<Record<'asOf' | 'sentOn' | 'dueOn' | 'units', string>>;

/** Default: the report as of the date on screen, sent today, answers within a week. */
export function initialRequestForm(asOf: IsoDate, today: IsoDate, unitIds: number[]): RequestFormState {
  return {
    asOf: formatDisplayDate(asOf),
    periodLabel: '',
    sentOn: formatDisplayDate(today),
    dueOn: formatDisplayDate(addDays(today, 7)),
    units: Object.fromEntries(unitIds.map((id) => [id, true])),
    numbers: {},
  };
}

export function toRequestInput(
  planId: number,
  form: RequestFormState,
): { ok: true; input: CreateRequestsInput } | { ok: false; errors: RequestFormErrors } {
  const errors: RequestFormErrors = {};
  const date = (key: 'asOf' | 'sentOn' | 'dueOn') => {
    const parsed = parseDisplayDate(form[key]);
    if (parsed === null) errors[key] = 'Cần một ngày có thật, dạng dd/mm/yyyy.';
    return parsed;
  };
  const asOf = date('asOf');
  const sentOn = date('sentOn');
  const dueOn = date('dueOn');
  if (sentOn && dueOn && dueOn < sentOn) errors.dueOn = 'Hạn gửi lại phải từ ngày gửi đề nghị trở đi.';
  const unitIds = Object.entries(form.units)
    .filter(([, on]) => on)
    .map(([id]) => Number(id));
  if (unitIds.length === 0) errors.units = 'Hãy chọn ít nhất một đơn vị.';
  if (Object.keys(errors).length > 0 || !asOf || !sentOn || !dueOn) return { ok: false, errors };
  return {
    ok: true,
    input: {
      planId,
      asOf,
      periodLabel: form.periodLabel.trim(),
      sentOn,
      dueOn,
      unitIds,
      documentNumbers: unitIds
        .map((unitId) => ({ unitId, number: (form.numbers[unitId] ?? '').trim() }))
        .filter((n) => n.number !== ''),
    },
  };
}
