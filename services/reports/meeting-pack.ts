/**
 * "Tài liệu phục vụ cuộc họp": the meeting (recorded in the app, or the agenda lines the user gives),
 * counts by status and by lead unit, the overdue tasks, the tasks due before the next meeting, and the
 * questions for the committee to decide.
 */
import type { FileChild } from 'docx';
import { type IsoDate, addDays } from '../../shared/dates/iso-date';
import { formatDisplayDate, formatLongDate } from '../../shared/dates/vietnamese-date';
import type { PlanView, TaskView } from '../../shared/plan-view/plan-view-schema';
import {
  DEFAULT_HORIZON_DAYS,
  type MeetingPackRequest,
  type ReportSettings,
} from '../../shared/reports/report-schemas';
import { STATUS_LABELS, type TaskStatus } from '../../shared/status/task-status';
import {
  countByLeadUnit,
  countByStatus,
  leafTasks,
  overdueTasks,
  tasksDueBetween,
  tasksWithoutDeadline,
} from './content/task-selections';
import {
  NO_DEADLINE_FLAG,
  NO_REASON,
  daysOverdue,
  deadlineWording,
  leadName,
  statusPhrase,
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
  optionalParagraph,
  closingParagraph,
  fillInParagraphs,
  leadIn,
  partHeading,
  run,
  spacer,
  subHeading,
} from './format/typography';
import { extensionSentence } from './content/extension-phrases';
import { amendmentNote, overviewSentence, planReference } from './content/plan-phrases';
import {
  type RecordedMeeting,
  agendaItemsPart,
  agendaTasksTable,
  meetingInfoPart,
  meetingName,
  openQuestionsPart,
} from './meeting-pack-parts';

function agendaPart(agenda: string[], heading: string): FileChild[] {
  return [
    partHeading(heading),
    ...(agenda.length > 0 ? agenda.map((item, i) => bodyParagraph(`${i + 1}. ${item}`)) : fillInParagraphs()),
  ];
}

function statusTable(view: PlanView): FileChild {
  const leaves = leafTasks(view);
  const counts = countByStatus(leaves).filter((c) => c.count > 0);
  const share = (n: number) => `${Math.round((n / Math.max(1, leaves.length)) * 100)}%`;
  const rows: TableRowSpec[] = counts.map((c) => ({
    kind: 'data',
    cells: [textCell(STATUS_LABELS[c.status]), textCell(String(c.count)), textCell(share(c.count))],
  }));
  rows.push({
    kind: 'data',
    cells: [
      textCell('Tổng số', { bold: true }),
      textCell(String(leaves.length), { bold: true }),
      textCell(''),
    ],
  });
  return dataTable(
    [
      { title: 'Tình trạng', width: 4755 },
      { title: 'Số nhiệm vụ', width: 2300, align: 'center' },
      { title: 'Tỷ lệ', width: 2300, align: 'center' },
    ],
    rows,
  );
}

/** Columns of the per-unit table; statuses that read alike are counted together. */
const UNIT_COLUMNS: { title: string; statuses: TaskStatus[] }[] = [
  { title: 'Hoàn thành', statuses: ['done', 'done-late'] },
  { title: 'Đang thực hiện', statuses: ['in-progress', 'due-soon'] },
  { title: 'Chưa bắt đầu', statuses: ['not-started'] },
  { title: 'Quá hạn', statuses: ['overdue'] },
  { title: 'Chưa rõ thời hạn', statuses: ['deadline-unknown'] },
];

function unitTable(view: PlanView): FileChild {
  const columns: Column[] = [
    { title: 'Đơn vị chủ trì', width: 2755 },
    { title: 'Tổng số', width: 1100, align: 'center' },
    ...UNIT_COLUMNS.map((c): Column => ({ title: c.title, width: 1100, align: 'center' })),
  ];
  const rows = countByLeadUnit(view).map((row): TableRowSpec => ({
    kind: 'data',
    cells: [
      textCell(row.unitName),
      textCell(String(row.total)),
      ...UNIT_COLUMNS.map((c) => textCell(String(c.statuses.reduce((n, s) => n + row.byStatus[s], 0)))),
    ],
  }));
  return dataTable(
    columns,
    rows.length > 0 ? rows : [{ kind: 'note', text: 'Kế hoạch chưa có nhiệm vụ nào.' }],
  );
}

/** Both task tables of the pack open with the same four columns: number, task, lead unit, deadline. */
function taskRow(task: TaskView, ...rest: CellContent[]): TableRowSpec {
  return {
    kind: 'data',
    cells: [
      textCell(task.wbs),
      textCell(task.title),
      textOrUnknown(leadName(task)),
      textOrUnknown(deadlineWording(task)),
      ...rest,
    ],
  };
}

function overdueTable(view: PlanView, tasks: TaskView[]): FileChild {
  return dataTable(
    [
      { title: 'STT', width: 700, align: 'center' },
      { title: 'Nhiệm vụ', width: 3000 },
      { title: 'Đơn vị chủ trì', width: 1600 },
      { title: 'Thời hạn', width: 1500 },
      { title: 'Số ngày quá hạn', width: 955, align: 'center' },
      { title: 'Nguyên nhân', width: 1600 },
    ],
    tasks.map((task) =>
      taskRow(
        task,
        textCell(String(daysOverdue(task, view.asOf))),
        task.latestUpdate?.difficulties
          ? textCell(task.latestUpdate.difficulties)
          : textCell(NO_REASON, { italics: true }),
      ),
    ),
  );
}

function dueTable(tasks: TaskView[]): FileChild {
  return dataTable(
    [
      { title: 'STT', width: 700, align: 'center' },
      { title: 'Nhiệm vụ', width: 3600 },
      { title: 'Đơn vị chủ trì', width: 1700 },
      { title: 'Thời hạn', width: 1755 },
      { title: 'Tiến độ', width: 1600 },
    ],
    tasks.map((task) => taskRow(task, textCell(statusPhrase(task)))),
  );
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/**
 * From a recorded meeting (its date, time, place, chair, participants and agenda) when one is given,
 * else from the agenda lines the user typed; statuses as of the view's date (the meeting's day).
 */
export function meetingPackDocument(
  view: PlanView,
  settings: ReportSettings,
  options: Pick<MeetingPackRequest, 'nextMeetingOn' | 'agenda'> & {
    documentNumber?: number | null;
    recorded?: RecordedMeeting | null;
  },
): AdministrativeDocument {
  const reference = planReference(view);
  const meetingOn = formatDisplayDate(view.asOf);
  const recorded = options.recorded ?? null;
  const overdue = overdueTasks(view);
  const undated = tasksWithoutDeadline(view);
  const nextMeeting: IsoDate = options.nextMeetingOn ?? addDays(view.asOf, DEFAULT_HORIZON_DAYS);
  const due = tasksDueBetween(view, view.asOf, addDays(nextMeeting, -1));
  const dueWindow = options.nextMeetingOn
    ? `trước cuộc họp tiếp theo (dự kiến ngày ${formatDisplayDate(nextMeeting)})`
    : `trong ${DEFAULT_HORIZON_DAYS} ngày tới (trước ngày ${formatDisplayDate(nextMeeting)})`;
  let part = 0;
  const heading = (title: string) => `${ROMAN[part++]}. ${title}`;

  const body: FileChild[] = [];
  if (recorded) {
    body.push(...meetingInfoPart(recorded, heading('THÔNG TIN CUỘC HỌP')));
    body.push(...agendaItemsPart(recorded.meeting, view, heading('CHƯƠNG TRÌNH HỌP')));
    body.push(...agendaTasksTable(recorded.meeting, view));
  } else {
    body.push(...agendaPart(options.agenda, heading('CHƯƠNG TRÌNH HỌP')));
  }
  body.push(
    partHeading(heading('TÌNH HÌNH THỰC HIỆN KẾ HOẠCH')),
    bodyParagraph(overviewSentence(view)),
    ...optionalParagraph(extensionSentence(view.tasks)),
    ...optionalParagraph(amendmentNote(view, null)),
    subHeading('1. Theo tình trạng'),
    statusTable(view),
    spacer(),
    subHeading('2. Theo đơn vị chủ trì'),
    unitTable(view),
    spacer(),
    partHeading(heading('NHIỆM VỤ QUÁ HẠN')),
  );
  body.push(
    ...(overdue.length > 0
      ? [overdueTable(view, overdue), spacer()]
      : [bodyParagraph(`Đến ngày ${meetingOn}, không có nhiệm vụ nào quá hạn.`)]),
  );
  if (undated.length > 0) {
    body.push(
      bodyParagraph([
        run(`Ngoài ra, ${undated.length} nhiệm vụ chưa xác định thời hạn (`),
        run(undated.map((t) => t.wbs).join(', '), { bold: true }),
        run(`): ${NO_DEADLINE_FLAG.toLowerCase()}.`),
      ]),
    );
  }
  body.push(
    partHeading(
      heading(
        options.nextMeetingOn
          ? 'NHIỆM VỤ ĐẾN HẠN TRƯỚC CUỘC HỌP TIẾP THEO'
          : 'NHIỆM VỤ ĐẾN HẠN TRONG THỜI GIAN TỚI',
      ),
    ),
  );
  body.push(
    due.length > 0
      ? leadIn(`Các nhiệm vụ có thời hạn hoàn thành ${dueWindow}:`)
      : bodyParagraph(`Không có nhiệm vụ nào có thời hạn hoàn thành ${dueWindow}.`),
  );
  if (due.length > 0) body.push(dueTable(due), spacer());
  body.push(...openQuestionsPart(view, heading('NHỮNG VẤN ĐỀ CẦN BAN CHỈ ĐẠO CHO Ý KIẾN')));
  body.push(
    closingParagraph(
      `Báo cáo do ${settings.reportingBody} tổng hợp từ số liệu theo dõi ${reference} đến ${formatLongDate(view.asOf)}`,
    ),
  );

  const meeting = recorded
    ? `cuộc họp ${meetingName(recorded.meeting.title)}`
    : `cuộc họp ${settings.issuingBodyName}`;
  return {
    settings,
    date: view.asOf,
    // Điều 7: a "Báo cáo" serving the meeting, numbered in the reports' series.
    type: { kind: 'BC', name: 'BÁO CÁO' },
    number: options.documentNumber ?? null,
    subject: [`Phục vụ ${meeting} ngày ${meetingOn}`],
    subtitle: `(Số liệu đến ${formatLongDate(view.asOf)})`,
    addressees: settings.addressees,
    metadataTitle: `Báo cáo phục vụ cuộc họp ngày ${meetingOn} — ${reference}`,
    recipients: settings.recipients,
    body,
    appendices: [],
  };
}
