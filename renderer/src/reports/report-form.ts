/**
 * The "Xuất báo cáo" form as the user fills it, checked and turned into one of the three report
 * requests. Dates are typed dd/mm/yyyy; messages are Vietnamese, one per field.
 */
import type { ApiInput } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import { type DocumentKind, REPORT_DOCUMENT_KINDS } from '../../../shared/documents/document-numbers';
import { DEFAULT_HORIZON_DAYS } from '../../../shared/reports/report-schemas';

export const REPORT_KINDS = ['status', 'unit', 'meeting'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  status: 'Báo cáo tình hình thực hiện',
  unit: 'Công văn gửi danh sách nhiệm vụ cho đơn vị',
  meeting: 'Báo cáo phục vụ cuộc họp',
};

/** The series each report is numbered in (Điều 7): the unit list goes out as a Công văn. */
export const REPORT_DOCUMENT_KIND: Record<ReportKind, DocumentKind> = REPORT_DOCUMENT_KINDS;

export type ReportForm = {
  kind: ReportKind;
  /** dd/mm/yyyy */
  date: string;
  /** "all", or a unit id as text (a <select> value). */
  unit: string;
  horizonDays: string;
  recommendations: string;
  /** One agenda item per line. */
  agenda: string;
  /** dd/mm/yyyy, or empty for the default horizon. */
  nextMeeting: string;
  /** The document's number, proposed from the register; empty: written in by hand, not registered. */
  number: string;
};

export function initialReportForm(asOf: IsoDate): ReportForm {
  return {
    kind: 'status',
    date: formatDisplayDate(asOf),
    unit: 'all',
    horizonDays: String(DEFAULT_HORIZON_DAYS),
    recommendations: '',
    agenda: '',
    nextMeeting: '',
    number: '',
  };
}

export type ReportRequest =
  | { kind: 'status'; input: ApiInput<'buildStatusReport'> }
  | { kind: 'unit'; input: ApiInput<'buildUnitReport'> }
  | { kind: 'meeting'; input: ApiInput<'buildMeetingPack'> };

export type ReportFormErrors = Partial<Record<keyof ReportForm, string>>;

const DATE_MESSAGE = 'Ngày phải có dạng ngày/tháng/năm, ví dụ 20/07/2021.';

export function agendaLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The request to send, or the message of every field that is wrong. */
export type ReportPlan = { id: number; code: string; documentType: string; issuedOn: IsoDate | null };

export function toReportRequest(
  plan: ReportPlan,
  form: ReportForm,
): { ok: true; request: ReportRequest } | { ok: false; errors: ReportFormErrors } {
  const planId = plan.id;
  const errors: ReportFormErrors = {};
  const date = parseDisplayDate(form.date);
  if (date === null) errors.date = DATE_MESSAGE;
  else if (plan.issuedOn !== null && date < plan.issuedOn)
    errors.date =
      `Ngày này trước ngày ban hành ${plan.documentType} số ${plan.code} (${formatDisplayDate(plan.issuedOn)}): ` +
      `chưa có tình hình thực hiện để báo cáo.`;

  const numberText = form.number.trim();
  if (numberText !== '' && !(/^\d{1,5}$/.test(numberText) && Number(numberText) >= 1))
    errors.number = 'Số văn bản là số nguyên dương (ví dụ 5), hoặc để trống để ghi tay.';
  const documentNumber = numberText === '' ? null : Number(numberText);

  const horizon = Number(form.horizonDays);
  if (
    form.kind === 'status' &&
    !(/^\d{1,3}$/.test(form.horizonDays.trim()) && horizon >= 1 && horizon <= 366)
  )
    errors.horizonDays = 'Số ngày phải là số nguyên từ 1 đến 366.';

  const nextMeeting = form.nextMeeting.trim() === '' ? null : parseDisplayDate(form.nextMeeting);
  if (form.kind === 'meeting') {
    if (form.nextMeeting.trim() !== '' && nextMeeting === null) errors.nextMeeting = DATE_MESSAGE;
    else if (nextMeeting !== null && date !== null && nextMeeting <= date)
      errors.nextMeeting = 'Ngày họp tiếp theo phải sau ngày họp.';
    const agenda = agendaLines(form.agenda);
    if (agenda.length > 50) errors.agenda = 'Chương trình họp có tối đa 50 mục.';
    else if (agenda.some((line) => line.length > 500))
      errors.agenda = 'Mỗi mục chương trình họp tối đa 500 ký tự.';
  }
  if (form.kind === 'status' && form.recommendations.length > 20_000)
    errors.recommendations = 'Kiến nghị, đề xuất tối đa 20.000 ký tự.';

  if (Object.keys(errors).length > 0 || date === null) return { ok: false, errors };
  switch (form.kind) {
    case 'status':
      return {
        ok: true,
        request: {
          kind: 'status',
          input: {
            planId,
            asOf: date,
            horizonDays: horizon,
            recommendations: form.recommendations.trim(),
            documentNumber,
          },
        },
      };
    case 'unit':
      return {
        ok: true,
        request: {
          kind: 'unit',
          input: {
            planId,
            asOf: date,
            unitId: form.unit === 'all' ? null : Number(form.unit),
            documentNumber,
          },
        },
      };
    case 'meeting':
      return {
        ok: true,
        request: {
          kind: 'meeting',
          input: {
            planId,
            meetingOn: date,
            nextMeetingOn: nextMeeting,
            agenda: agendaLines(form.agenda),
            documentNumber,
          },
        },
      };
  }
}
