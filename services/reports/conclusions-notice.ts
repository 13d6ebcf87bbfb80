/**
 * "Thông báo kết luận cuộc họp" drafted from a recorded meeting: when and where, who chaired and
 * attended, then each conclusion with the follow-up task it created (lead, supporting units,
 * deadline) and the deadlines it revised; for the secretariat to edit and issue. Type THÔNG BÁO in
 * its own number series (TB-…); the number comes from the caller (the document register).
 */
import type { FileChild } from 'docx';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { PlanView, TaskView } from '../../shared/plan-view/plan-view-schema';
import type { ReportSettings } from '../../shared/reports/report-schemas';
import type { TaskRevision } from '../../shared/revisions/revision-schema';
import { leadsClause } from '../../shared/units/lead-units';
import { planReference } from './content/plan-phrases';
import { lowerFirst, quotedTitle, supportNames } from './content/task-phrases';
import type { AdministrativeDocument } from './format/administrative-document';
import { bodyParagraph, closingParagraph, fillInParagraphs, listParagraph } from './format/typography';
import { type RecordedMeeting, meetingName, meetingTimeText } from './meeting-pack-parts';

export type ConclusionsNoticeInput = RecordedMeeting & {
  /** Revisions of dates decided by this meeting's conclusions. */
  revisions: readonly TaskRevision[];
  /** The number in the TB series of the register; null leaves it blank, written in when issued. */
  documentNumber: number | null;
  /** The date on the notice: the day it is drafted, usually some days after the meeting. */
  issuedOn: string;
};

const day = (d: string | null) => (d ? formatDisplayDate(d) : 'không xác định');

function followUpSentence(task: TaskView): string {
  const supports = supportNames(task);
  const who =
    task.leads.length > 0 ? `Giao ${leadsClause(task.leads)}` : 'Giao (chưa xác định đơn vị) chủ trì';
  const with_ = supports ? `, phối hợp với ${supports}` : '';
  const deadline = task.deadlineText ?? (task.deadline ? formatDisplayDate(task.deadline) : 'chưa xác định');
  return `- ${who}${with_} ${lowerFirst(task.title.replace(/[.;]+$/, ''))}; thời hạn: ${lowerFirst(deadline)} (nhiệm vụ ${task.wbs}).`;
}

function revisionSentence(task: TaskView | undefined, r: TaskRevision): string {
  const name = task ? `nhiệm vụ ${task.wbs} ${quotedTitle(task)}` : 'nhiệm vụ';
  const plan = task?.deadlineText ? ` (theo kế hoạch: ${task.deadlineText})` : '';
  return `- Điều chỉnh thời hạn ${name}${plan}: từ ${day(r.previousDeadline)} thành ${day(r.deadline)}.`;
}

export function conclusionsNoticeDocument(
  view: PlanView,
  settings: ReportSettings,
  input: ConclusionsNoticeInput,
): AdministrativeDocument {
  const { meeting } = input;
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  const conclusions = meeting.items.filter((i) => i.kind === 'conclusion');
  const chair = meeting.chair ?? '(chủ trì cuộc họp)';
  const place = meeting.place ? `, tại ${meeting.place}` : '';
  const agenda = meeting.items
    .filter((i) => i.kind === 'agenda')
    .map((i) => lowerFirst(i.text.replace(/[.;]+$/, '')));

  const body: FileChild[] = [
    bodyParagraph(
      `Vào ${meetingTimeText(meeting)}${place}, ${chair} chủ trì cuộc họp ${meetingName(meeting.title)} ` +
        `về tình hình thực hiện ${planReference(view)}.` +
        (input.participantNames.length > 0
          ? ` Tham dự cuộc họp có đại diện: ${input.participantNames.join('; ')}.`
          : ''),
    ),
    bodyParagraph(
      (agenda.length > 0
        ? `Sau khi nghe ${agenda.join('; ')} và ý kiến của các đại biểu dự họp, `
        : 'Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, ') + `${chair} kết luận như sau:`,
    ),
  ];
  if (conclusions.length === 0) body.push(...fillInParagraphs(3));
  conclusions.forEach((item, n) => {
    body.push(bodyParagraph(`${n + 1}. ${item.text.replace(/[.;]*$/, '.')}`));
    const followUp = item.followUpTaskId === null ? undefined : taskById.get(item.followUpTaskId);
    if (followUp) body.push(listParagraph([{ text: followUpSentence(followUp) }]));
    for (const r of input.revisions.filter((x) => x.meetingItemId === item.id)) {
      body.push(listParagraph([{ text: revisionSentence(taskById.get(r.taskId), r) }]));
    }
  });
  body.push(
    closingParagraph(`${settings.reportingBody} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện`),
  );

  return {
    settings,
    date: input.issuedOn,
    // Its own series (TB-…), numbered from the register like every document (Điều 7).
    type: { kind: 'TB', name: 'THÔNG BÁO' },
    number: input.documentNumber,
    addressees: [],
    subject: [
      `Kết luận của ${chair}`,
      `tại cuộc họp ${meetingName(meeting.title)} ngày ${formatDisplayDate(meeting.heldOn)}`,
    ],
    metadataTitle: `Thông báo kết luận cuộc họp ngày ${formatDisplayDate(meeting.heldOn)} — ${planReference(view)}`,
    recipients: settings.recipients,
    body,
    appendices: [],
  };
}
