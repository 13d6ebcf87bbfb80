/**
 * "Công văn đôn đốc": to a unit that has not answered a request by its due day, or that leads
 * overdue tasks, listing what it owes, with a new day to answer by.
 */
import type { FileChild } from 'docx';
import { formatDocumentDate } from '../../shared/dates/vietnamese-date';
import type { IsoDate } from '../../shared/dates/iso-date';
import type { Plan } from '../../shared/model/schemas';
import type { TaskView } from '../../shared/plan-view/plan-view-schema';
import type { ReportSettings } from '../../shared/reports/report-schemas';
import { daysOverdue, deadlineWording } from '../reports/content/task-phrases';
import { type Column, dataTable, textCell, textOrUnknown } from '../reports/format/data-table';
import { bodyParagraph, closingParagraph, leadIn, spacer, subHeading } from '../reports/format/typography';
import type { OfficialLetter } from './official-letter';
import { planCitation } from './request-letter';

export type OwedRequest = { sentOn: IsoDate; dueOn: IsoDate; asOf: IsoDate; documentNumber: string | null };

export type ReminderLetterInput = {
  settings: ReportSettings;
  plan: Plan;
  unitFullName: string;
  asOf: IsoDate;
  replyBy: IsoDate;
  owedRequests: OwedRequest[];
  overdueTasks: TaskView[];
  documentNumber: string | null;
};

function requestWording(r: OwedRequest, symbol: string): string {
  const number = r.documentNumber ? `số ${r.documentNumber}/${symbol} ` : '';
  return (
    `Công văn ${number}${formatDocumentDate(r.sentOn)} đề nghị báo cáo tiến độ (tình hình đến ` +
    `${formatDocumentDate(r.asOf)}), hạn gửi ${formatDocumentDate(r.dueOn)}`
  );
}

function overdueTable(tasks: TaskView[], asOf: IsoDate): FileChild {
  const columns: Column[] = [
    { title: 'STT', width: 700, align: 'center' },
    { title: 'Nhiệm vụ', width: 4555 },
    { title: 'Thời hạn', width: 2300 },
    { title: 'Số ngày quá hạn', width: 1800, align: 'center' },
  ];
  return dataTable(
    columns,
    tasks.map((t) => ({
      kind: 'data' as const,
      cells: [
        textCell(t.wbs),
        textCell(t.title),
        textOrUnknown(deadlineWording(t)),
        textCell(String(daysOverdue(t, asOf))),
      ],
    })),
  );
}

export function reminderLetter(input: ReminderLetterInput, letterSymbolText: string): OfficialLetter {
  const { settings, plan } = input;
  const body: FileChild[] = [
    bodyParagraph(
      `Thực hiện ${planCitation(plan)}, đến ${formatDocumentDate(input.asOf)}, ${settings.reportingBody} ` +
        `chưa nhận được đầy đủ báo cáo, kết quả thực hiện nhiệm vụ của ${input.unitFullName}, cụ thể:`,
    ),
  ];
  let part = 1;
  if (input.owedRequests.length > 0) {
    body.push(subHeading(`${part++}. Báo cáo tiến độ chưa gửi`));
    for (const r of input.owedRequests) body.push(bodyParagraph(`- ${requestWording(r, letterSymbolText)}.`));
  }
  if (input.overdueTasks.length > 0) {
    body.push(subHeading(`${part++}. Nhiệm vụ chủ trì đã quá thời hạn hoàn thành`));
    body.push(
      leadIn(
        `${input.unitFullName} chủ trì ${input.overdueTasks.length} nhiệm vụ đã quá hạn nhưng chưa báo cáo hoàn thành:`,
      ),
    );
    body.push(overdueTable(input.overdueTasks, input.asOf), spacer());
  }
  body.push(
    bodyParagraph(
      `${settings.reportingBody} đề nghị ${input.unitFullName} khẩn trương hoàn thành và gửi báo cáo ` +
        `(theo Biểu mẫu đã gửi kèm đề nghị) về ${settings.reportingBody} chậm nhất ${formatDocumentDate(input.replyBy)}; ` +
        'nhiệm vụ chưa hoàn thành đề nghị nêu rõ nguyên nhân, khó khăn, vướng mắc và thời gian dự kiến hoàn thành.',
    ),
    closingParagraph(`${settings.reportingBody} trân trọng đề nghị ${input.unitFullName} quan tâm thực hiện`),
  );
  return {
    settings,
    date: input.asOf,
    documentNumber: input.documentNumber,
    subject: `đôn đốc báo cáo tiến độ thực hiện ${plan.documentType} số ${plan.code}`,
    addressees: [input.unitFullName],
    metadataTitle: `Công văn đôn đốc — ${input.unitFullName}`,
    body,
  };
}
