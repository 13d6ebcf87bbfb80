/**
 * The parts of the meeting pack that come from a meeting recorded in the app: when and where, who
 * chairs and attends, the agenda with the status of the tasks on it, and the questions for the
 * committee to decide (tasks with reported difficulties, tasks without a lead or a deadline).
 */
import type { FileChild } from 'docx';
import { formatDisplayDate, formatLongDate } from '../../shared/dates/vietnamese-date';
import type { Meeting } from '../../shared/editing/editing-schemas';
import type { PlanView, TaskView } from '../../shared/plan-view/plan-view-schema';
import { leafTasks } from './content/task-selections';
import { deadlineWording, leadName, quotedTitle, statusPhrase } from './content/task-phrases';
import { dataTable, textCell, textOrUnknown } from './format/data-table';
import {
  bodyParagraph,
  fillInParagraphs,
  listParagraph,
  partHeading,
  run,
  spacer,
} from './format/typography';

export type RecordedMeeting = { meeting: Meeting; participantNames: string[] };

/** "14 giờ 00, ngày 05 tháng 8 năm 2021" */
export function meetingTimeText(meeting: Meeting): string {
  const day = formatLongDate(meeting.heldOn);
  if (meeting.startsAt === null) return day;
  const [h, m] = meeting.startsAt.split(':');
  return `${h} giờ ${m}, ${day}`;
}

export function meetingInfoPart(
  { meeting, participantNames }: RecordedMeeting,
  heading: string,
): FileChild[] {
  const line = (label: string, value: string | null) =>
    bodyParagraph([run(`${label}: `, { bold: true }), run(value ?? 'chưa xác định')]);
  const postponed = meeting.postponements.at(-1);
  return [
    partHeading(heading),
    line('Thời gian', meetingTimeText(meeting)),
    line('Địa điểm', meeting.place),
    line('Chủ trì', meeting.chair),
    line('Thành phần', participantNames.length > 0 ? participantNames.join('; ') : null),
    ...(postponed
      ? [
          bodyParagraph(
            `Cuộc họp đã được hoãn từ ngày ${formatDisplayDate(postponed.fromDate)}${postponed.reason ? ` (lý do: ${postponed.reason})` : ''}.`,
          ),
        ]
      : []),
  ];
}

/** The agenda items in order, each with the task it is about. */
export function agendaItemsPart(meeting: Meeting, view: PlanView, heading: string): FileChild[] {
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  const agenda = meeting.items.filter((i) => i.kind === 'agenda');
  if (agenda.length === 0) return [partHeading(heading), ...fillInParagraphs()];
  return [
    partHeading(heading),
    ...agenda.map((item, n) => {
      const task = item.taskId === null ? undefined : taskById.get(item.taskId);
      return bodyParagraph(`${n + 1}. ${item.text}${task ? ` (nhiệm vụ ${task.wbs})` : ''}.`);
    }),
  ];
}

/** The tasks the agenda is about, with their deadline, lead, progress and reported difficulties. */
export function agendaTasksTable(meeting: Meeting, view: PlanView): FileChild[] {
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  const tasks = [
    ...new Set(meeting.items.filter((i) => i.kind === 'agenda' && i.taskId !== null).map((i) => i.taskId!)),
  ]
    .map((id) => taskById.get(id))
    .filter((t): t is TaskView => t !== undefined);
  if (tasks.length === 0) return [];
  return [
    dataTable(
      [
        { title: 'STT', width: 700, align: 'center' },
        { title: 'Nhiệm vụ', width: 2900 },
        { title: 'Đơn vị chủ trì', width: 1500 },
        { title: 'Thời hạn', width: 1600 },
        { title: 'Tình trạng', width: 1255 },
        { title: 'Khó khăn, vướng mắc', width: 1400 },
      ],
      tasks.map((task) => ({
        kind: 'data',
        cells: [
          textCell(task.wbs),
          textCell(task.title),
          textOrUnknown(leadName(task)),
          textOrUnknown(deadlineWording(task)),
          textCell(statusPhrase(task)),
          task.latestUpdate?.difficulties ? textCell(task.latestUpdate.difficulties) : textCell('Không'),
        ],
      })),
    ),
    spacer(),
  ];
}

const isOpen = (t: TaskView) => t.status !== 'done' && t.status !== 'done-late';

/** What the committee is asked to decide: difficulties reported, tasks with no lead, tasks with no deadline. */
export function openQuestionsPart(view: PlanView, heading: string): FileChild[] {
  const leaves = leafTasks(view).filter(isOpen);
  const difficulties = leaves.filter((t) => (t.latestUpdate?.difficulties ?? '').trim() !== '');
  const noLead = leaves.filter((t) => t.leads.length === 0);
  const noDeadline = leaves.filter((t) => t.deadline === null && t.recurrence === null);
  const body: FileChild[] = [partHeading(heading)];
  if (difficulties.length + noLead.length + noDeadline.length === 0) {
    body.push(bodyParagraph('Không có vấn đề phát sinh cần Ban Chỉ đạo cho ý kiến.'));
    return body;
  }
  let n = 0;
  if (difficulties.length > 0) {
    body.push(bodyParagraph(`${++n}. Khó khăn, vướng mắc các đơn vị đã báo cáo:`));
    for (const t of difficulties)
      body.push(
        listParagraph([
          {
            text: `- Nhiệm vụ ${t.wbs} ${quotedTitle(t)} (${leadName(t) ?? 'chưa có đơn vị chủ trì'}): `,
            bold: true,
          },
          { text: t.latestUpdate!.difficulties!.trim() },
        ]),
      );
  }
  if (noLead.length > 0) {
    body.push(bodyParagraph(`${++n}. Giao đơn vị chủ trì cho các nhiệm vụ chưa có:`));
    for (const t of noLead) body.push(listParagraph([{ text: `- Nhiệm vụ ${t.wbs} ${quotedTitle(t)}.` }]));
  }
  if (noDeadline.length > 0) {
    body.push(bodyParagraph(`${++n}. Xác định thời hạn hoàn thành cho các nhiệm vụ chưa có:`));
    for (const t of noDeadline)
      body.push(listParagraph([{ text: `- Nhiệm vụ ${t.wbs} ${quotedTitle(t)}.` }]));
  }
  return body;
}

/** "Họp Ban Chỉ đạo lần thứ nhất" → "Ban Chỉ đạo lần thứ nhất", to follow "cuộc họp" without saying it twice. */
export function meetingName(title: string): string {
  return title.trim().replace(/^(cuộc\s+)?họp\s+/iu, '');
}
