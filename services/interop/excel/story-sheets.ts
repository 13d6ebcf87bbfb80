/**
 * The sheets after the task grid, what a secretary keeps an Excel tracker for: every progress report
 * ("Lịch sử tiến độ"), the steering committee's meetings with their agenda and conclusions ("Cuộc họp"),
 * the units with what they lead and support ("Đơn vị"), and the plan's header ("Kế hoạch").
 * The import reads only the grid, the units' full names and the header; the rest is for people.
 */
import type ExcelJS from 'exceljs';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { Meeting } from '../../../shared/editing/editing-schemas';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import { compareWbs } from '../../../shared/plan-view/build-plan-view';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { leadsText } from '../../../shared/units/lead-units';
import { type SheetColumn, DATE_FORMAT, addTableSheet, excelDate, fitColumns } from './sheet-layout';
import {
  COLLECTIVE_UNIT_LABEL,
  PLAN_SHEET_LABELS,
  SHEET_NAMES,
  UNIT_SHEET_HEADERS,
} from './task-grid-columns';

/** What the workbook tells beyond the plan as of a date. */
export type PlanStory = { progressUpdates: readonly ProgressUpdate[]; meetings: readonly Meeting[] };

export const HISTORY_COLUMNS: SheetColumn[] = [
  { header: 'WBS', maxWidth: 10 },
  { header: 'Nhiệm vụ', maxWidth: 50 },
  { header: 'Chủ trì', maxWidth: 28 },
  { header: 'Ngày báo cáo', maxWidth: 14, date: true },
  { header: 'Tiến độ (%)', maxWidth: 12 },
  { header: 'Kết quả đạt được', maxWidth: 50 },
  { header: 'Khó khăn, vướng mắc', maxWidth: 50 },
  { header: 'Người ghi', maxWidth: 24 },
];

export function addHistorySheet(workbook: ExcelJS.Workbook, view: PlanView, story: PlanStory): void {
  const sheet = addTableSheet(workbook, SHEET_NAMES.history, HISTORY_COLUMNS);
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  // By task in plan order, then oldest report first: each task's story reads down.
  const updates = story.progressUpdates
    .filter((u) => taskById.has(u.taskId))
    .map((u) => ({ update: u, task: taskById.get(u.taskId)! }))
    .sort(
      (a, b) =>
        compareWbs(a.task.wbs, b.task.wbs) ||
        a.update.reportedOn.localeCompare(b.update.reportedOn) ||
        a.update.id - b.update.id,
    );
  for (const { update, task } of updates) {
    sheet.addRow([
      task.wbs,
      task.title,
      leadsText(task.leads) || null,
      excelDate(update.reportedOn),
      update.percent,
      update.achieved,
      update.difficulties,
      update.enteredBy,
    ]);
  }
  fitColumns(sheet, HISTORY_COLUMNS);
}

export const MEETING_COLUMNS: SheetColumn[] = [
  { header: 'Ngày họp', maxWidth: 12, date: true },
  { header: 'Cuộc họp', maxWidth: 40 },
  { header: 'Địa điểm', maxWidth: 24 },
  { header: 'Người chủ trì', maxWidth: 24 },
  { header: 'Phần', maxWidth: 12 },
  { header: 'Nội dung', maxWidth: 60 },
  { header: 'Nhiệm vụ liên quan', maxWidth: 40 },
];

const ITEM_KIND_LABELS = { agenda: 'Chương trình', conclusion: 'Kết luận' } as const;

export function addMeetingSheet(workbook: ExcelJS.Workbook, view: PlanView, story: PlanStory): void {
  const sheet = addTableSheet(workbook, SHEET_NAMES.meetings, MEETING_COLUMNS);
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  const taskLabel = (task: TaskView | undefined) => (task ? `${task.wbs} ${task.title}` : null);
  const meetings = [...story.meetings].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id);
  for (const meeting of meetings) {
    const head = [excelDate(meeting.heldOn), meeting.title, meeting.place, meeting.chair];
    // Agenda first, then conclusions; a meeting with neither still has its row.
    const items = [
      ...meeting.items.filter((i) => i.kind === 'agenda'),
      ...meeting.items.filter((i) => i.kind === 'conclusion'),
    ];
    if (items.length === 0) sheet.addRow([...head, null, null, null]);
    for (const item of items) {
      sheet.addRow([
        ...head,
        ITEM_KIND_LABELS[item.kind],
        item.text,
        item.taskId === null ? null : taskLabel(taskById.get(item.taskId)),
      ]);
    }
  }
  fitColumns(sheet, MEETING_COLUMNS);
}

export function addUnitSheet(workbook: ExcelJS.Workbook, view: PlanView): void {
  const columns: SheetColumn[] = [
    { header: UNIT_SHEET_HEADERS[0], maxWidth: 36 },
    { header: UNIT_SHEET_HEADERS[1], maxWidth: 60 },
    { header: UNIT_SHEET_HEADERS[2], maxWidth: 16 },
    { header: UNIT_SHEET_HEADERS[3], maxWidth: 34 },
    { header: 'Số nhiệm vụ chủ trì', maxWidth: 14 },
    { header: 'Số nhiệm vụ phối hợp', maxWidth: 14 },
    { header: `Nhiệm vụ quá hạn (đến ${formatDisplayDate(view.asOf)})`, maxWidth: 50 },
  ];
  const sheet = addTableSheet(workbook, SHEET_NAMES.units, columns);
  const wbsOf = new Map(view.tasks.map((t) => [t.id, t.wbs]));
  for (const unit of view.units) {
    sheet.addRow([
      unit.name,
      unit.fullName,
      unit.agency,
      unit.isCollective ? COLLECTIVE_UNIT_LABEL : 'Đơn vị',
      unit.leadCount,
      unit.supportCount,
      unit.lateTaskIds.map((id) => wbsOf.get(id)).join('; ') || null,
    ]);
  }
  fitColumns(sheet, columns);
}

export function addPlanSheet(workbook: ExcelJS.Workbook, view: PlanView): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.plan);
  sheet.columns = [{ width: 22 }, { width: 90, style: { alignment: { wrapText: true } } }];
  const { plan } = view;
  const rows: [string, string | Date | null][] = [
    [PLAN_SHEET_LABELS.code, plan.code],
    [PLAN_SHEET_LABELS.documentType, plan.documentType],
    [PLAN_SHEET_LABELS.title, plan.title],
    [PLAN_SHEET_LABELS.place, plan.place],
    [PLAN_SHEET_LABELS.issuedOn, plan.issuedOn ? excelDate(plan.issuedOn) : null],
    [PLAN_SHEET_LABELS.asOf, excelDate(view.asOf)],
  ];
  for (const [label, value] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
  }
}
