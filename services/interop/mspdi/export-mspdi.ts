/**
 * A plan as of a date → MS Project XML (MSPDI), for units that plan in MS Project. Built as an object
 * tree and serialised by fast-xml-builder (escaping is the library's). Elements follow the order of
 * mspdi_pj12.xsd, whose sequences MS Project enforces. See mspdi-format.ts for how fields map.
 */
import XMLBuilder from 'fast-xml-builder';
import type { PlanView, TaskView, UnitSummary } from '../../../shared/plan-view/plan-view-schema';
import { startBasisCell } from '../../../shared/schedule/start-basis-label';
import { leadsText } from '../../../shared/units/lead-units';
import { mspdiBaseline } from '../baseline-fields';
import { KIND_LABELS } from '../excel/task-grid-columns';
import {
  ASSIGNMENT_ROLE_FIELD,
  CONSTRAINT_START_NO_EARLIER_THAN,
  DAY_FINISH,
  DAY_START,
  DURATION_FORMAT_DAYS,
  DURATION_FORMAT_ESTIMATED_DAYS,
  LAG_FORMAT_ELAPSED_DAYS,
  LINK_TYPES,
  MINUTES_PER_DAY,
  MSPDI_NAMESPACE,
  ROLE_LABELS,
  TASK_FIELDS,
  TASK_TYPE_FIXED_DURATION,
  TENTHS_OF_MINUTE_PER_ELAPSED_DAY,
  hoursDuration,
} from './mspdi-format';
import { mspdiTaskDates } from './mspdi-task-dates';

type XmlNode = { [element: string]: XmlValue };
type XmlValue = string | number | XmlNode | XmlNode[] | undefined;

/** Characters XML 1.0 cannot carry at all (escaping cannot help): dropped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');

const HOURS_PER_DAY = MINUTES_PER_DAY / 60;

/** Tasks in outline order (each parent followed by its whole subtree), as MS Project requires. */
function outlineOrder(view: PlanView): TaskView[] {
  const byId = new Map(view.tasks.map((t) => [t.id, t]));
  const ordered: TaskView[] = [];
  const visit = (task: TaskView) => {
    ordered.push(task);
    for (const id of task.childIds) {
      const child = byId.get(id);
      if (child) visit(child);
    }
  };
  for (const task of view.tasks) if (task.parentId === null || !byId.has(task.parentId)) visit(task);
  return ordered;
}

function calendar(): XmlNode {
  const workingTimes = {
    WorkingTime: [
      { FromTime: '08:00:00', ToTime: '12:00:00' },
      { FromTime: '13:00:00', ToTime: '17:00:00' },
    ],
  };
  return {
    UID: 1,
    Name: 'Tiêu chuẩn',
    IsBaseCalendar: 1,
    BaseCalendarUID: -1,
    WeekDays: {
      WeekDay: [1, 2, 3, 4, 5, 6, 7].map((day) =>
        day === 1 || day === 7
          ? { DayType: day, DayWorking: 0 }
          : { DayType: day, DayWorking: 1, WorkingTimes: workingTimes },
      ),
    },
  };
}

export function exportMsProject(view: PlanView, now: Date = new Date()): string {
  const ordered = outlineOrder(view);
  const uidOf = new Map(ordered.map((t, i) => [t.id, i + 1]));
  const resourceUidOf = new Map(view.units.map((u, i) => [u.id, i + 1]));
  const projectStart =
    view.plan.issuedOn ?? view.span?.start ?? ordered.find((t) => t.spanStart)?.spanStart ?? view.asOf;

  // OutlineNumber is MS Project's own numbering by position; the plan's numbering goes in WBS.
  const outlineNumber = new Map<number, string>();
  const childCount = new Map<number | null, number>();
  for (const task of ordered) {
    const parent = task.parentId !== null && uidOf.has(task.parentId) ? task.parentId : null;
    const n = (childCount.get(parent) ?? 0) + 1;
    childCount.set(parent, n);
    outlineNumber.set(task.id, parent === null ? String(n) : `${outlineNumber.get(parent)}.${n}`);
  }

  const dates = mspdiTaskDates(ordered, projectStart);
  const byId = new Map(view.tasks.map((t) => [t.id, t]));
  const assigned = (task: TaskView) =>
    [
      ...task.leads.map((unit) => ({ unit, role: 'lead' as const })),
      ...task.supports.map((unit) => ({ unit, role: 'support' as const })),
    ].filter((a) => resourceUidOf.has(a.unit.id));
  // Work: each assigned unit full time over the duration (Units 1); a summary's is its children's.
  const workHours = new Map<number, number>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const task = ordered[i]!;
    workHours.set(
      task.id,
      task.childIds.length > 0
        ? task.childIds.reduce((sum, id) => sum + (workHours.get(id) ?? 0), 0)
        : dates.get(task.id)!.days * HOURS_PER_DAY * assigned(task).length,
    );
  }

  const tasks: XmlNode[] = ordered.map((task) => {
    const summary = task.childIds.length > 0;
    const milestone = task.kind === 'milestone';
    const when = dates.get(task.id)!;
    const fromWbs = task.startFromTaskId === null ? null : (byId.get(task.startFromTaskId)?.wbs ?? null);
    const custom: [keyof typeof TASK_FIELDS, string | null][] = [
      ['lead', leadsText(task.leads) || null],
      ['deadlineText', task.deadlineText],
      ['deliverable', task.deliverable],
      ['kind', KIND_LABELS[task.kind]],
      ['startBasis', startBasisCell(task.startBasis, fromWbs)],
      ['undated', when.estimated && !summary ? '1' : null],
    ];
    return {
      UID: uidOf.get(task.id)!,
      ID: uidOf.get(task.id)!,
      Name: xmlText(task.title),
      Type: TASK_TYPE_FIXED_DURATION,
      WBS: task.wbs,
      OutlineNumber: outlineNumber.get(task.id)!,
      OutlineLevel: task.depth + 1,
      // A milestone sits at the end of its day, as MS Project places one that follows a task.
      Start: `${when.start}${milestone && !summary ? DAY_FINISH : DAY_START}`,
      Finish: `${when.finish}${DAY_FINISH}`,
      Duration: hoursDuration(when.days * HOURS_PER_DAY),
      DurationFormat: when.estimated ? DURATION_FORMAT_ESTIMATED_DAYS : DURATION_FORMAT_DAYS,
      Work: hoursDuration(workHours.get(task.id)!),
      Estimated: when.estimated ? 1 : 0,
      Milestone: milestone ? 1 : 0,
      Summary: summary ? 1 : 0,
      PercentComplete: task.progress,
      // Only a start of the task's own holds it in place; a derived one MS Project derives again.
      ConstraintType: task.start ? CONSTRAINT_START_NO_EARLIER_THAN : undefined,
      ConstraintDate: task.start ? `${task.start}${DAY_START}` : undefined,
      Deadline: task.deadline ? `${task.deadline}${DAY_FINISH}` : undefined,
      Notes: task.notes ? xmlText(task.notes) : undefined,
      PredecessorLink: task.dependsOn
        .filter((d) => uidOf.has(d.taskId))
        .map((d) => ({
          PredecessorUID: uidOf.get(d.taskId)!,
          Type: LINK_TYPES.finishToStart,
          CrossProject: 0,
          LinkLag: d.lagDays * TENTHS_OF_MINUTE_PER_ELAPSED_DAY,
          LagFormat: LAG_FORMAT_ELAPSED_DAYS,
        })),
      ExtendedAttribute: custom
        .filter((entry): entry is [keyof typeof TASK_FIELDS, string] => entry[1] !== null && entry[1] !== '')
        .map(([field, value]) => ({ FieldID: TASK_FIELDS[field].id, Value: xmlText(value) })),
      Baseline: mspdiBaseline(task),
    };
  });

  const resource = (unit: UnitSummary): XmlNode => ({
    UID: resourceUidOf.get(unit.id)!,
    ID: resourceUidOf.get(unit.id)!,
    Name: xmlText(unit.name),
    Type: 1,
    Group: unit.agency ? xmlText(unit.agency) : undefined,
    Notes: unit.fullName !== unit.name ? xmlText(unit.fullName) : undefined,
  });

  let assignmentUid = 0;
  const assignments: XmlNode[] = ordered.flatMap((task) => {
    const when = dates.get(task.id)!;
    return assigned(task).map(({ unit, role }) => ({
      UID: ++assignmentUid,
      TaskUID: uidOf.get(task.id)!,
      ResourceUID: resourceUidOf.get(unit.id)!,
      Finish: `${when.finish}${DAY_FINISH}`,
      Start: `${when.start}${DAY_START}`,
      Units: 1,
      Work: hoursDuration(when.days * HOURS_PER_DAY),
      ExtendedAttribute: [{ FieldID: ASSIGNMENT_ROLE_FIELD, Value: ROLE_LABELS[role] }],
    }));
  });

  const project: XmlNode = {
    '@_xmlns': MSPDI_NAMESPACE,
    SaveVersion: 14,
    Title: xmlText(view.plan.title),
    Subject: xmlText(view.plan.code),
    Category: xmlText(view.plan.documentType),
    Company: view.plan.issuingBody ? xmlText(view.plan.issuingBody) : undefined,
    CreationDate: now.toISOString().slice(0, 19),
    ScheduleFromStart: 1,
    StartDate: `${projectStart}${DAY_START}`,
    CurrencyCode: 'VND',
    CalendarUID: 1,
    DefaultStartTime: '08:00:00',
    DefaultFinishTime: '17:00:00',
    MinutesPerDay: MINUTES_PER_DAY,
    MinutesPerWeek: MINUTES_PER_DAY * 5,
    DaysPerMonth: 20,
    StatusDate: `${view.asOf}${DAY_FINISH}`,
    ExtendedAttributes: {
      ExtendedAttribute: Object.values(TASK_FIELDS).map((f) => ({
        FieldID: f.id,
        FieldName: f.name,
        Alias: f.alias,
      })),
    },
    Calendars: { Calendar: [calendar()] },
    Tasks: { Task: tasks },
    Resources: view.units.length > 0 ? { Resource: view.units.map(resource) } : undefined,
    Assignments: assignments.length > 0 ? { Assignment: assignments } : undefined,
  };

  const builder = new XMLBuilder({
    format: true,
    indentBy: '  ',
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: true,
    suppressEmptyNode: true,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8', '@_standalone': 'yes' },
    Project: project,
  });
}
