/**
 * "Báo cáo tình hình thực hiện Kế hoạch …" as of a date: results per task (table, grouped by the
 * plan's sections), overdue tasks with their reasons, tasks lacking a deadline, tasks due in the
 * coming days, the user's recommendations, and the timeline. Every statement is read from the plan
 * view, the progress updates and the settings; nothing is made up.
 */
import type { FileChild } from 'docx';
import { addDays } from '../../shared/dates/iso-date';
import { formatDisplayDate, formatLongDate } from '../../shared/dates/vietnamese-date';
import type { PlanView, TaskView } from '../../shared/plan-view/plan-view-schema';
import type { ReportSettings, StatusReportRequest } from '../../shared/reports/report-schemas';
import { extensionSentence } from './content/extension-phrases';
import { overdueTasks, tasksWithoutDeadline, upcomingTasks } from './content/task-selections';
import {
  NO_DEADLINE_FLAG,
  NO_LEAD_FLAG,
  NO_PROGRESS_REPORT,
  NO_REASON,
  daysOverdue,
  deadlineWording,
  leadName,
  lowerFirst,
  percentText,
  quotedTitle,
  statusPhrase,
  supportNames,
} from './content/task-phrases';
import type { AdministrativeDocument } from './format/administrative-document';
import {
  type CellContent,
  type Column,
  type TableRowSpec,
  dataTable,
  textCell,
  textOrUnknown,
} from './format/data-table';
import {
  bodyParagraph,
  centeredParagraph,
  closingParagraph,
  fillInParagraphs,
  leadIn,
  listParagraph,
  partHeading,
  run,
  subHeading,
} from './format/typography';
import { overviewSentence, planReference } from './content/plan-phrases';
import { type TimelineOverview, overviewNote, timelineFigure } from './timeline-figure';

export function openingSentence(view: PlanView, settings: ReportSettings): string {
  const issued = view.plan.issuedOn ? ` ${formatLongDate(view.plan.issuedOn)}` : '';
  const issuer = view.plan.issuingBody ?? settings.issuingBodyName;
  return (
    `Thực hiện ${planReference(view)}${issued} của ${issuer} về ${lowerFirst(view.plan.title)}, ` +
    `${settings.reportingBody} báo cáo tình hình thực hiện đến ${formatLongDate(view.asOf)} như sau:`
  );
}

/** Widths in twips, adding up to the landscape text width (14287). */
const COLUMNS: Column[] = [
  { title: 'STT', width: 700, align: 'center' },
  { title: 'Nhiệm vụ', width: 4200 },
  { title: 'Đơn vị chủ trì', width: 1600 },
  { title: 'Đơn vị phối hợp', width: 1600 },
  { title: 'Thời hạn', width: 1700 },
  { title: 'Tiến độ / kết quả', width: 2600 },
  { title: 'Ghi chú', width: 1887 },
];

function progressCell(task: TaskView): CellContent {
  const lines: CellContent = [[{ text: statusPhrase(task), style: { bold: true } }]];
  const update = task.latestUpdate;
  if (update === null) {
    lines.push([{ text: NO_PROGRESS_REPORT, style: { italics: true } }]);
    return lines;
  }
  if (update.achieved) lines.push(...textCell(update.achieved));
  lines.push([{ text: `(Cập nhật ngày ${formatDisplayDate(update.reportedOn)})`, style: { italics: true } }]);
  return lines;
}

function notesCell(task: TaskView, view: PlanView): CellContent {
  const lines: CellContent = [];
  if (task.status === 'overdue')
    lines.push([{ text: `Quá hạn ${daysOverdue(task, view.asOf)} ngày`, style: { bold: true } }]);
  if (task.deadline === null) lines.push([{ text: NO_DEADLINE_FLAG, style: { bold: true } }]);
  if (task.lead === null) lines.push([{ text: NO_LEAD_FLAG, style: { bold: true } }]);
  if (task.latestUpdate?.difficulties)
    lines.push([
      { text: 'Khó khăn, vướng mắc: ', style: { italics: true } },
      { text: task.latestUpdate.difficulties },
    ]);
  if (task.notes) lines.push(...textCell(task.notes));
  return lines;
}

function resultRows(view: PlanView): TableRowSpec[] {
  if (view.tasks.length === 0) return [{ kind: 'note', text: 'Kế hoạch chưa có nhiệm vụ nào.' }];
  return view.tasks.map((task): TableRowSpec => {
    if (task.childIds.length > 0)
      return { kind: 'group', number: task.wbs, title: task.title, depth: task.depth };
    return {
      kind: 'data',
      cells: [
        textCell(task.wbs),
        textCell(task.title),
        textOrUnknown(leadName(task)),
        textCell(supportNames(task)),
        textOrUnknown(deadlineWording(task)),
        progressCell(task),
        notesCell(task, view),
      ],
    };
  });
}

function taskLead(task: TaskView): string {
  return `Chủ trì: ${leadName(task) ?? 'chưa xác định'}`;
}

function overduePart(view: PlanView): FileChild[] {
  const overdue = overdueTasks(view);
  const undated = tasksWithoutDeadline(view);
  const children: FileChild[] = [partHeading('II. NHIỆM VỤ CHẬM TIẾN ĐỘ, QUÁ HẠN')];
  children.push(subHeading('1. Nhiệm vụ quá hạn'));
  if (overdue.length === 0) {
    children.push(bodyParagraph(`Đến ${formatLongDate(view.asOf)}, không có nhiệm vụ nào quá hạn.`));
  } else {
    children.push(
      leadIn(`Đến ${formatLongDate(view.asOf)}, có ${overdue.length} nhiệm vụ quá hạn chưa hoàn thành:`),
    );
    for (const task of overdue) {
      children.push(
        listParagraph([
          { text: `- Nhiệm vụ ${task.wbs} `, bold: true },
          {
            text:
              `${quotedTitle(task)}. ${taskLead(task)}. Thời hạn: ${deadlineWording(task)}. ` +
              `Quá hạn ${daysOverdue(task, view.asOf)} ngày, tiến độ ${percentText(task.progress)}. `,
          },
          { text: 'Nguyên nhân: ', italics: true },
          { text: `${task.latestUpdate?.difficulties?.trim().replace(/[.;]+$/, '') || NO_REASON}.` },
        ]),
      );
    }
  }
  if (undated.length > 0) {
    children.push(subHeading('2. Nhiệm vụ chưa xác định thời hạn'));
    children.push(
      leadIn(
        `Có ${undated.length} nhiệm vụ chưa xác định thời hạn hoàn thành nên chưa thể theo dõi tiến độ, đề nghị bổ sung:`,
      ),
    );
    for (const task of undated) {
      children.push(
        listParagraph([
          { text: `- Nhiệm vụ ${task.wbs} `, bold: true },
          { text: `${quotedTitle(task)}. ${taskLead(task)}. ` },
          { text: `${NO_DEADLINE_FLAG}.`, bold: true },
        ]),
      );
    }
  }
  return children;
}

function upcomingPart(view: PlanView, horizonDays: number): FileChild[] {
  const until = addDays(view.asOf, horizonDays);
  const window = `từ ngày ${formatDisplayDate(addDays(view.asOf, 1))} đến ngày ${formatDisplayDate(until)}`;
  const upcoming = upcomingTasks(view, horizonDays);
  const children: FileChild[] = [partHeading('III. NHIỆM VỤ TRONG THỜI GIAN TỚI')];
  if (upcoming.length === 0) {
    children.push(
      bodyParagraph(`Không có nhiệm vụ nào có thời hạn hoàn thành ${window} (${horizonDays} ngày tới).`),
    );
    return children;
  }
  children.push(leadIn(`Các nhiệm vụ có thời hạn hoàn thành ${window} (${horizonDays} ngày tới):`));
  for (const task of upcoming) {
    children.push(
      listParagraph([
        { text: `- Nhiệm vụ ${task.wbs} `, bold: true },
        {
          text:
            `${quotedTitle(task)}. ${taskLead(task)}. Thời hạn: ${deadlineWording(task)}. ` +
            `Tiến độ đến nay: ${percentText(task.progress)}.`,
        },
      ]),
    );
  }
  return children;
}

function recommendationsPart(text: string): FileChild[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return [
    partHeading('IV. KIẾN NGHỊ, ĐỀ XUẤT'),
    ...(lines.length > 0 ? lines.map((line) => bodyParagraph(line)) : fillInParagraphs()),
  ];
}

const optionalParagraph = (text: string | null): FileChild[] => (text === null ? [] : [bodyParagraph(text)]);

export function statusReportDocument(
  view: PlanView,
  settings: ReportSettings,
  request: Pick<StatusReportRequest, 'horizonDays' | 'recommendations'>,
  timeline: TimelineOverview,
): AdministrativeDocument {
  const reference = planReference(view);
  const note = overviewNote(timeline);
  const asOfText = formatDisplayDate(view.asOf);
  return {
    settings,
    date: view.asOf,
    kind: 'BÁO CÁO',
    subject: [`Tình hình thực hiện ${reference}`],
    subtitle: `(Tính đến ${formatLongDate(view.asOf)})`,
    metadataTitle: `Báo cáo tình hình thực hiện ${reference} đến ngày ${asOfText}`,
    recipients: settings.recipients,
    parts: [
      {
        orientation: 'portrait',
        children: [
          bodyParagraph(openingSentence(view, settings)),
          partHeading('I. KẾT QUẢ THỰC HIỆN'),
          bodyParagraph(overviewSentence(view)),
          ...optionalParagraph(extensionSentence(view.tasks)),
          bodyParagraph(`Kết quả thực hiện từng nhiệm vụ tại Bảng 1 và tiến độ chung tại Hình 1 kèm theo.`),
          ...(note === null ? [] : [bodyParagraph(note)]),
        ],
      },
      {
        orientation: 'landscape',
        children: [
          centeredParagraph([
            run(`Bảng 1. Kết quả thực hiện các nhiệm vụ đến ngày ${asOfText}`, { bold: true }),
          ]),
          dataTable(COLUMNS, resultRows(view)),
          ...timelineFigure(timeline, `Hình 1. Tiến độ thực hiện ${reference} đến ngày ${asOfText}`),
        ],
      },
      {
        orientation: 'portrait',
        children: [
          ...overduePart(view),
          ...upcomingPart(view, request.horizonDays),
          ...recommendationsPart(request.recommendations),
          closingParagraph(
            `Trên đây là báo cáo tình hình thực hiện ${reference} đến ${formatLongDate(view.asOf)} của ${settings.reportingBody}`,
          ),
        ],
      },
    ],
  };
}
