/**
 * "Báo cáo tình hình thực hiện Kế hoạch …" as of a date. The body, in one run of portrait text:
 * I. results (counts, a summary per lead unit), II. difficulties and delays (overdue tasks by lead
 * unit with days late and cause, tasks at risk, reported difficulties by unit, what the plan leaves
 * undetermined), III. the tasks of the coming period, IV. recommendations; then the signature.
 * Bảng 1 (every task) and Hình 1 (the timeline) follow as Phụ lục I and II, landscape. Every
 * statement is read from the plan view, the progress updates and the settings.
 */
import type { FileChild } from 'docx';
import { addDays } from '../../shared/dates/iso-date';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { PlanView, TaskView } from '../../shared/plan-view/plan-view-schema';
import type { ReportSettings, StatusReportRequest } from '../../shared/reports/report-schemas';
import {
  AT_RISK_GAP_POINTS,
  type UnitGroup,
  atRiskTasks,
  daysLate,
  elapsedShare,
  groupByLeadUnit,
  isWorkItem,
  overdueByUnit,
  overdueTasks,
  tasksWithDifficulties,
  tasksWithoutDeadline,
  tasksWithoutLead,
  upcomingTasks,
} from './content/task-selections';
import {
  NO_DEADLINE_FLAG,
  NO_LEAD_FLAG,
  NO_PROGRESS_REPORT,
  NO_REASON,
  deadlineInText,
  deadlineWording,
  leadName,
  lowerFirst,
  percentText,
  quotedTitle,
  statusPhrase,
  supportNames,
} from './content/task-phrases';
import { draftRecommendations } from './content/recommendation-draft';
import { unitSummaryTable } from './content/unit-summary-table';
import type { AdministrativeDocument } from './format/administrative-document';
import { type FlexColumn, fitColumns, keepCells } from './format/column-widths';
import {
  type CellContent,
  type Column,
  type TableRowSpec,
  dataTable,
  textCell,
  textOrUnknown,
} from './format/data-table';
import { contentWidth } from './format/page-layout';
import {
  bodyParagraph,
  optionalParagraph,
  centeredParagraph,
  closingParagraph,
  leadIn,
  listParagraph,
  minorHeading,
  partHeading,
  run,
  spacer,
  subHeading,
} from './format/typography';
import { extensionSentence } from './content/extension-phrases';
import {
  amendmentNote,
  bodyDate,
  incompleteDocumentNote,
  overviewSentence,
  planReference,
} from './content/plan-phrases';
import { itemLetter } from './content/item-letters';
import { type TimelineOverview, overviewNote, timelineFigure } from './timeline-figure';

export function openingSentence(view: PlanView, settings: ReportSettings): string {
  const issued = view.plan.issuedOn ? ` ${bodyDate(view.plan.issuedOn)}` : '';
  const issuer = view.plan.issuingBody ?? settings.issuingBodyName;
  return (
    `Thực hiện ${planReference(view)}${issued} của ${issuer} về ${lowerFirst(view.plan.title)}, ` +
    `${settings.reportingBody} báo cáo tình hình thực hiện đến ${bodyDate(view.asOf)} như sau:`
  );
}

/** Bảng 1's columns; widths follow the content (see column-widths). */
const RESULT_COLUMNS: FlexColumn[] = [
  { title: 'STT', align: 'center', noWrap: true },
  { title: 'Nhiệm vụ' },
  { title: 'Đơn vị chủ trì' },
  { title: 'Đơn vị phối hợp', optional: true },
  { title: 'Thời hạn' },
  { title: 'Tình trạng, kết quả' },
  { title: 'Khó khăn, vướng mắc, ghi chú', optional: true },
];

function progressCell(task: TaskView, view: PlanView): CellContent {
  const lines: CellContent = [[{ text: statusPhrase(task, view.asOf), style: { bold: true } }]];
  const update = task.latestUpdate;
  if (update === null) {
    lines.push([{ text: NO_PROGRESS_REPORT, style: { italics: true } }]);
    return lines;
  }
  if (update.achieved) lines.push(...textCell(update.achieved));
  lines.push([{ text: `(Cập nhật ngày ${formatDisplayDate(update.reportedOn)})`, style: { italics: true } }]);
  return lines;
}

/** Difficulties and gaps only: the status, "Quá hạn" included, is in the column before. */
function notesCell(task: TaskView): CellContent {
  const lines: CellContent = [];
  if (task.deadline === null) lines.push([{ text: NO_DEADLINE_FLAG, style: { bold: true } }]);
  if (task.leads.length === 0) lines.push([{ text: NO_LEAD_FLAG, style: { bold: true } }]);
  if (task.latestUpdate?.difficulties) lines.push(...textCell(task.latestUpdate.difficulties));
  if (task.notes) lines.push(...textCell(task.notes));
  return lines;
}

function resultRows(view: PlanView): TableRowSpec[] {
  if (view.tasks.length === 0) return [{ kind: 'note', text: 'Kế hoạch chưa có nhiệm vụ nào.' }];
  return view.tasks.map((task): TableRowSpec => {
    // A task a newer version dropped is not work reported on, but it keeps a row saying so, with
    // what was done, so that Bảng 1 still accounts for every task the committee has seen.
    if (task.status !== 'removed' && !isWorkItem(task))
      return { kind: 'group', number: task.wbs, title: task.title, depth: task.depth };
    const heading = task.childIds.length > 0;
    return {
      kind: 'data',
      cells: [
        textCell(task.wbs, heading ? { bold: true } : {}),
        textCell(task.title, heading ? { bold: true } : {}),
        textOrUnknown(leadName(task)),
        textCell(supportNames(task)),
        textOrUnknown(deadlineWording(task)),
        progressCell(task, view),
        notesCell(task),
      ],
    };
  });
}

/** Bảng 1's columns, fitted to the landscape page, and its rows with the kept columns' cells. */
export function resultTableContent(view: PlanView): { columns: Column[]; rows: TableRowSpec[] } {
  const rows = resultRows(view);
  const { columns, keep } = fitColumns(RESULT_COLUMNS, rows, contentWidth('landscape'));
  return { columns, rows: keepCells(rows, keep) };
}

export function resultTable(view: PlanView): FileChild {
  const { columns, rows } = resultTableContent(view);
  return dataTable(columns, rows);
}

const item = (task: TaskView, text: string, cause?: string) =>
  listParagraph([
    { text: `- Nhiệm vụ ${task.wbs} `, bold: true },
    { text },
    ...(cause === undefined ? [] : [{ text: 'Nguyên nhân: ', italics: true }, { text: cause }]),
  ]);

const sentenceEnd = (text: string) => `${text.trim().replace(/[.;:,]+$/, '')}.`;

function unitHeading(group: UnitGroup, index: number, what: string): FileChild {
  return minorHeading(`${itemLetter(index)}) ${group.unitName} (${group.tasks.length} ${what}):`);
}

function overdueSection(view: PlanView): FileChild[] {
  const groups = overdueByUnit(view);
  const count = overdueTasks(view).length;
  const children: FileChild[] = [subHeading('1. Nhiệm vụ quá hạn')];
  if (count === 0)
    return [...children, bodyParagraph(`Đến ${bodyDate(view.asOf)}, không có nhiệm vụ nào quá hạn.`)];
  children.push(
    leadIn(
      `Đến ${bodyDate(view.asOf)}, có ${count} nhiệm vụ quá hạn chưa hoàn thành, thuộc ${groups.length} đơn vị chủ trì ` +
        `(xếp theo số ngày quá hạn):`,
    ),
  );
  groups.forEach((group, i) => {
    children.push(unitHeading(group, i, 'nhiệm vụ'));
    for (const task of group.tasks)
      children.push(
        item(
          task,
          `${quotedTitle(task)}: thời hạn ${deadlineInText(task)}; quá hạn ${daysLate(task, view.asOf)} ngày; ` +
            `tiến độ ${percentText(task.progress)}. `,
          sentenceEnd(task.latestUpdate?.difficulties?.trim() || NO_REASON),
        ),
      );
  });
  return children;
}

function atRiskSection(view: PlanView, number: number): FileChild[] {
  const tasks = atRiskTasks(view);
  if (tasks.length === 0) return [];
  const children: FileChild[] = [
    subHeading(`${number}. Nhiệm vụ có nguy cơ chậm`),
    leadIn(
      `Có ${tasks.length} nhiệm vụ chưa đến hạn nhưng tiến độ báo cáo thấp hơn tỷ lệ thời gian đã qua từ ` +
        `${AT_RISK_GAP_POINTS} điểm phần trăm trở lên, có nguy cơ chậm:`,
    ),
  ];
  for (const task of tasks) {
    const share = Math.round((elapsedShare(task, view.asOf) ?? 0) * 100);
    children.push(
      item(
        task,
        `${quotedTitle(task)}. Chủ trì: ${leadName(task) ?? 'chưa xác định'}; thời hạn ${deadlineInText(task)}; ` +
          `đã qua ${share}% thời gian, tiến độ ${percentText(task.progress)}.`,
      ),
    );
  }
  return children;
}

function difficultiesSection(view: PlanView, number: number): FileChild[] {
  const groups = groupByLeadUnit(tasksWithDifficulties(view));
  const children: FileChild[] = [subHeading(`${number}. Khó khăn, vướng mắc`)];
  if (groups.length === 0)
    return [
      ...children,
      bodyParagraph('Các đơn vị chưa báo cáo khó khăn, vướng mắc trong quá trình thực hiện.'),
    ];
  children.push(leadIn('Các khó khăn, vướng mắc do đơn vị chủ trì báo cáo:'));
  groups.forEach((group, i) => {
    children.push(minorHeading(`${itemLetter(i)}) ${group.unitName}:`));
    for (const task of group.tasks) {
      const update = task.latestUpdate!;
      children.push(
        item(
          task,
          `${quotedTitle(task)}: ${sentenceEnd(update.difficulties!.trim()).replace(/\.$/, '')} ` +
            `(báo cáo ${bodyDate(update.reportedOn)}).`,
        ),
      );
    }
  });
  return children;
}

function undeterminedSection(view: PlanView, number: number): FileChild[] {
  const unled = new Set(tasksWithoutLead(view));
  const undated = new Set(tasksWithoutDeadline(view));
  const tasks = view.tasks.filter((t) => unled.has(t) || undated.has(t));
  if (tasks.length === 0) return [];
  const missing = (t: TaskView) =>
    unled.has(t) && undated.has(t)
      ? 'chưa xác định đơn vị chủ trì và thời hạn'
      : unled.has(t)
        ? 'chưa xác định đơn vị chủ trì'
        : `chưa xác định thời hạn (chủ trì: ${leadName(t)})`;
  return [
    subHeading(`${number}. Nhiệm vụ chưa đủ căn cứ theo dõi`),
    leadIn(`Có ${tasks.length} nhiệm vụ chưa đủ căn cứ để theo dõi, đánh giá tiến độ:`),
    ...tasks.map((task) => item(task, `${quotedTitle(task)}: ${missing(task)}.`)),
  ];
}

function difficultiesPart(view: PlanView): FileChild[] {
  const children: FileChild[] = [partHeading('II. KHÓ KHĂN, VƯỚNG MẮC VÀ NHIỆM VỤ CHẬM TIẾN ĐỘ')];
  children.push(...overdueSection(view));
  let next = 2;
  const atRisk = atRiskSection(view, next);
  if (atRisk.length > 0) next += 1;
  children.push(...atRisk, ...difficultiesSection(view, next));
  children.push(...undeterminedSection(view, next + 1));
  return children;
}

function upcomingPart(view: PlanView, horizonDays: number): FileChild[] {
  const until = addDays(view.asOf, horizonDays);
  const window = `từ ${bodyDate(addDays(view.asOf, 1))} đến ${bodyDate(until)}`;
  const upcoming = upcomingTasks(view, horizonDays);
  const children: FileChild[] = [partHeading('III. NHIỆM VỤ THỜI GIAN TỚI')];
  if (upcoming.length === 0)
    return [...children, bodyParagraph(`Không có nhiệm vụ nào có thời hạn hoàn thành ${window}.`)];
  children.push(
    leadIn(
      `Trong thời gian tới, các đơn vị tập trung hoàn thành ${upcoming.length} nhiệm vụ có thời hạn ${window}:`,
    ),
  );
  for (const task of upcoming)
    children.push(
      item(
        task,
        `${quotedTitle(task)}. Chủ trì: ${leadName(task) ?? 'chưa xác định'}; thời hạn ${deadlineInText(task)}; ` +
          `tiến độ đến nay ${percentText(task.progress)}.`,
      ),
    );
  return children;
}

function recommendationsPart(view: PlanView, text: string): FileChild[] {
  const typed = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // Nothing typed: the draft from the data, never blank lines to fill in.
  const lines = typed.length > 0 ? typed : draftRecommendations(view).split('\n');
  return [partHeading('IV. KIẾN NGHỊ, ĐỀ XUẤT'), ...lines.map((line) => bodyParagraph(line))];
}

export function statusReportDocument(
  view: PlanView,
  settings: ReportSettings,
  request: Pick<StatusReportRequest, 'horizonDays' | 'recommendations' | 'documentNumber'>,
  timeline: TimelineOverview,
): AdministrativeDocument {
  const reference = planReference(view);
  const note = overviewNote(timeline);
  const incomplete = incompleteDocumentNote(view);
  const asOfText = formatDisplayDate(view.asOf);
  const body: FileChild[] = [
    bodyParagraph(openingSentence(view, settings)),
    partHeading('I. KẾT QUẢ THỰC HIỆN'),
    bodyParagraph(overviewSentence(view)),
    ...optionalParagraph(extensionSentence(view.tasks)),
    ...optionalParagraph(amendmentNote(view, view.tasks.length > 0 ? 'Phụ lục I' : null)),
    ...optionalParagraph(incomplete),
  ];
  if (view.tasks.length > 0) {
    body.push(
      leadIn(`Kết quả theo đơn vị chủ trì (số nhiệm vụ):`),
      unitSummaryTable(view),
      spacer(),
      bodyParagraph(
        `Kết quả thực hiện từng nhiệm vụ tại Phụ lục I (Bảng 1), tiến độ thực hiện tại Phụ lục II (Hình 1) kèm theo.` +
          (note === null ? '' : ` ${note}`),
      ),
    );
  }
  body.push(
    ...difficultiesPart(view),
    ...upcomingPart(view, request.horizonDays),
    ...recommendationsPart(view, request.recommendations),
    closingParagraph(
      `Trên đây là báo cáo tình hình thực hiện ${reference} đến ${bodyDate(view.asOf)} của ${settings.reportingBody}`,
    ),
  );
  return {
    settings,
    date: view.asOf,
    type: { kind: 'BC', name: 'BÁO CÁO' },
    number: request.documentNumber,
    subject: [`Tình hình thực hiện ${reference}`],
    subtitle: `(Tính đến ${bodyDate(view.asOf)})`,
    addressees: settings.addressees,
    metadataTitle: `Báo cáo tình hình thực hiện ${reference} đến ngày ${asOfText}`,
    recipients: settings.recipients,
    body,
    appendices: [
      {
        title: `Kết quả thực hiện các nhiệm vụ đến ${bodyDate(view.asOf)}`,
        orientation: 'landscape',
        children: [resultTitle(`Bảng 1. Kết quả thực hiện các nhiệm vụ của ${reference}`), resultTable(view)],
      },
      {
        title: `Tiến độ thực hiện ${reference}`,
        orientation: 'landscape',
        children: timelineFigure(
          timeline,
          `Hình 1. Tiến độ thực hiện ${reference} đến ${bodyDate(view.asOf)}`,
        ),
      },
    ],
  };
}

function resultTitle(text: string): FileChild {
  return centeredParagraph([run(text, { bold: true })]);
}
