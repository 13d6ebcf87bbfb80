/**
 * A unit's (or the whole plan's) dates as an iCalendar file (RFC 5545) that Outlook opens: each
 * deadline and meeting an all-day event, each recurring duty an all-day event with its RRULE, all
 * with a reminder a week before. ical-generator writes the text (CRLF, folding at 75 octets,
 * escaping); UIDs are stable, so importing a newer file updates events instead of doubling them.
 */
import { createHash } from 'node:crypto';
import ical, {
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventTransparency,
  type ICalEventData,
} from 'ical-generator';
import { type IsoDate, addDays, isoParts } from '../../../shared/dates/iso-date';
import type { UnitRole } from '../../../shared/model/schemas';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { DUE_SOON_DAYS } from '../../../shared/status/task-status';
import { textForXml } from '../../../shared/text/escape-output';
import { leadsText } from '../../../shared/units/lead-units';
import type { Meeting } from '../../../shared/editing/editing-schemas';
import { meetingEvents } from './meeting-events';
import { recurringSchedule } from './recurrence-rule';

export type IcalRoleFilter = UnitRole | 'any';
export type IcalOptions = {
  /** Units whose tasks are wanted; all tasks of the plan when empty. */
  unitIds: number[];
  role: IcalRoleFilter;
  now?: Date;
  /** The plan's recorded steering-committee meetings (see meeting-events). */
  meetings?: readonly Meeting[];
};

export type IcalResult = { text: string; eventCount: number };

/**
 * Text an .ics can carry: ical-generator escapes commas, semicolons and line breaks, but passes
 * control characters and direction overrides through raw; those are dropped.
 */
const icsText = (text: string) => textForXml(text).replace(/\r\n?/g, '\n');

const utcMidnight = (date: IsoDate) => {
  const { year, month, day } = isoParts(date);
  return new Date(Date.UTC(year, month - 1, day));
};

function uid(view: PlanView, task: TaskView, what: string): string {
  const hash = createHash('sha256').update(`${view.plan.code}\u0000${task.wbs}\u0000${what}`).digest('hex');
  return `${hash.slice(0, 32)}@ecourt-plan`;
}

function involves(task: TaskView, unitIds: Set<number>, role: IcalRoleFilter): boolean {
  if (unitIds.size === 0) return true;
  // A co-lead leads: the 'lead' filter includes the tasks it co-leads.
  const lead = task.leads.some((u) => unitIds.has(u.id));
  const support = task.supports.some((u) => unitIds.has(u.id));
  return role === 'lead' ? lead : role === 'support' ? support : lead || support;
}

function describe(view: PlanView, task: TaskView): string {
  return [
    `${view.plan.documentType} số ${view.plan.code}, mục ${task.wbs}: ${task.title}`,
    `Chủ trì: ${leadsText(task.leads) || '(chưa có)'}`,
    task.supports.length > 0 ? `Phối hợp: ${task.supports.map((u) => u.name).join('; ')}` : null,
    task.deadlineText ? `Thời gian hoàn thành: ${task.deadlineText}` : null,
    task.deliverable ? `Kết quả thực hiện: ${task.deliverable}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

export function exportIcal(view: PlanView, options: IcalOptions): IcalResult {
  const now = options.now ?? new Date();
  const unitIds = new Set(options.unitIds);
  const unitNames = view.units.filter((u) => unitIds.has(u.id)).map((u) => u.name);
  const calendar = ical({
    name: icsText(
      `${view.plan.documentType} ${view.plan.code}${unitNames.length > 0 ? ` — ${unitNames.join(', ')}` : ''}`,
    ),
    prodId: { company: 'Toa an nhan dan', product: 'ecourt-plan', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const reminder = [{ type: ICalAlarmType.display, trigger: DUE_SOON_DAYS * 24 * 3600 }];

  let eventCount = 0;
  const add = (event: ICalEventData & { summary: string; description: string }) => {
    calendar.createEvent({
      stamp: now,
      allDay: true,
      transparency: ICalEventTransparency.TRANSPARENT,
      alarms: reminder,
      ...event,
      summary: icsText(event.summary),
      description: icsText(event.description),
    });
    eventCount++;
  };

  for (const task of view.tasks) {
    // A task dropped from the plan has no deadline anyone keeps.
    if (task.status === 'removed' || !involves(task, unitIds, options.role)) continue;
    const description = describe(view, task);
    if (task.recurrence) {
      // From the task's start by the shared rule, as the window counts the occurrences.
      const { firstDue, rule } = recurringSchedule(task.recurrence, task.spanStart ?? view.asOf);
      add({
        id: uid(view, task, 'recurring'),
        summary: `Định kỳ: ${task.wbs} ${task.title}`,
        start: utcMidnight(firstDue),
        end: utcMidnight(addDays(firstDue, 1)),
        repeating: rule,
        description,
      });
    }
    // A meeting falls on its last allowed day, or on its start when only that is known.
    const meeting = task.kind === 'meeting';
    const day = meeting ? (task.deadline ?? task.start) : task.deadline;
    if (day) {
      add({
        id: uid(view, task, meeting ? 'meeting' : 'deadline'),
        summary: `${meeting ? 'Họp' : 'Hạn'}: ${task.wbs} ${task.title}`,
        start: utcMidnight(day),
        end: utcMidnight(addDays(day, 1)),
        description,
      });
    }
  }
  for (const event of meetingEvents(view, options.meetings ?? [], unitIds)) {
    calendar.createEvent({ stamp: now, ...event });
    eventCount++;
  }
  // RFC 5545 ends every line, the last one too, with CRLF; ical-generator leaves the last one open.
  const text = calendar.toString();
  return { text: text.endsWith('\r\n') ? text : `${text}\r\n`, eventCount };
}
