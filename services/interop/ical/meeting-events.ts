/**
 * Recorded steering-committee meetings as calendar events: at their time when one is set (floating
 * local time, as the invitation says it), else all day; with place, chair, participants and agenda.
 */
import { createHash } from 'node:crypto';
import { ICalAlarmType, type ICalEventData } from 'ical-generator';
import { type IsoDate, addDays, isoParts } from '../../../shared/dates/iso-date';
import type { Meeting } from '../../../shared/editing/editing-schemas';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';

/** A meeting's length when only its start is known: a usual half-day session. */
const DEFAULT_HOURS = 2;

function at(date: IsoDate, time: string | null, plusHours = 0): Date {
  const { year, month, day } = isoParts(date);
  const [h, m] = time === null ? [0, 0] : time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, (h ?? 0) + plusHours, m ?? 0));
}

function uid(view: PlanView, meeting: Meeting): string {
  const hash = createHash('sha256').update(`${view.plan.code}\u0000meeting\u0000${meeting.id}`).digest('hex');
  return `${hash.slice(0, 32)}@ecourt-plan`;
}

export function meetingEvents(
  view: PlanView,
  meetings: readonly Meeting[],
  unitIds: ReadonlySet<number>,
): ICalEventData[] {
  const unitName = new Map(view.units.map((u) => [u.id, u.name]));
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  return meetings
    .filter((m) => unitIds.size === 0 || m.participantUnitIds.some((id) => unitIds.has(id)))
    .map((m): ICalEventData => {
      const agenda = m.items.filter((i) => i.kind === 'agenda');
      const description = [
        `${view.plan.documentType} số ${view.plan.code}`,
        m.chair ? `Chủ trì: ${m.chair}` : null,
        m.participantUnitIds.length > 0
          ? `Thành phần: ${m.participantUnitIds.map((id) => unitName.get(id) ?? `đơn vị ${id}`).join('; ')}`
          : null,
        ...agenda.map((i, n) => {
          const task = i.taskId === null ? undefined : taskById.get(i.taskId);
          return `${n + 1}. ${i.text}${task ? ` (nhiệm vụ ${task.wbs})` : ''}`;
        }),
      ]
        .filter((line): line is string => line !== null)
        .join('\n');
      const timed = m.startsAt !== null;
      return {
        id: uid(view, m),
        summary: `Họp: ${m.title}`,
        start: at(m.heldOn, m.startsAt),
        end: timed ? at(m.heldOn, m.startsAt, DEFAULT_HOURS) : at(addDays(m.heldOn, 1), null),
        allDay: !timed,
        floating: timed,
        location: m.place,
        description,
        alarms: [{ type: ICalAlarmType.display, trigger: 24 * 3600 }],
      };
    });
}
