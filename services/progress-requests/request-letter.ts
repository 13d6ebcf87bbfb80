/** "Đề nghị báo cáo tiến độ": the Công văn that goes with a unit's form. */
import { formatDocumentDate } from '../../shared/dates/vietnamese-date';
import type { IsoDate } from '../../shared/dates/iso-date';
import type { Plan } from '../../shared/model/schemas';
import type { ReportSettings } from '../../shared/reports/report-schemas';
import { bodyParagraph, closingParagraph } from '../reports/format/typography';
import type { OfficialLetter } from './official-letter';

export type RequestLetterInput = {
  settings: ReportSettings;
  plan: Plan;
  unitFullName: string;
  leadCount: number;
  supportCount: number;
  asOf: IsoDate;
  periodLabel: string;
  sentOn: IsoDate;
  dueOn: IsoDate;
  documentNumber: string | null;
};

export function planCitation(plan: Plan): string {
  const issued = plan.issuedOn ? ` ${formatDocumentDate(plan.issuedOn)}` : '';
  return `${plan.documentType} số ${plan.code}${issued}${plan.issuingBody ? ` của ${plan.issuingBody}` : ''}`;
}

function taskCount(lead: number, support: number): string {
  const parts = [
    lead > 0 ? `${lead} nhiệm vụ chủ trì` : '',
    support > 0 ? `${support} nhiệm vụ phối hợp` : '',
  ];
  return parts.filter(Boolean).join(' và ');
}

export function requestLetter(input: RequestLetterInput): OfficialLetter {
  const { plan, settings } = input;
  const period = input.periodLabel
    ? `${input.periodLabel} (tình hình đến ${formatDocumentDate(input.asOf)})`
    : `tình hình đến ${formatDocumentDate(input.asOf)}`;
  return {
    settings,
    date: input.sentOn,
    documentNumber: input.documentNumber,
    subject: `báo cáo tiến độ thực hiện ${plan.documentType} số ${plan.code}`,
    addressees: [input.unitFullName],
    metadataTitle: `Đề nghị báo cáo tiến độ — ${input.unitFullName}`,
    body: [
      bodyParagraph(
        `Thực hiện ${planCitation(plan)} về ${plan.title.replace(/^[A-ZĐ]/u, (c) => c.toLowerCase())}, ` +
          `để tổng hợp báo cáo ${settings.issuingBodyName} ${period}, ` +
          `${settings.reportingBody} đề nghị ${input.unitFullName} báo cáo tiến độ thực hiện ` +
          `${taskCount(input.leadCount, input.supportCount)} được giao.`,
      ),
      bodyParagraph(
        'Nội dung báo cáo ghi vào Biểu mẫu kèm theo (bản Excel hoặc bản Word, đơn vị chọn một): ngày báo cáo, ' +
          'tỷ lệ hoàn thành (%), kết quả đạt được, khó khăn, vướng mắc, đề xuất; nhiệm vụ đã hoàn thành ghi ' +
          'ngày hoàn thành. Đề nghị không sửa cột “Mã nhiệm vụ” và mã đề nghị ghi trên Biểu mẫu để báo cáo ' +
          'được tổng hợp chính xác.',
      ),
      bodyParagraph(
        `Biểu mẫu đã điền đề nghị gửi về ${settings.reportingBody} chậm nhất ${formatDocumentDate(input.dueOn)}.`,
      ),
      closingParagraph(
        `${settings.reportingBody} trân trọng đề nghị ${input.unitFullName} quan tâm, phối hợp thực hiện`,
      ),
    ],
  };
}
