/**
 * The plan as an .xlsx workbook (exceljs): sheet "Nhiệm vụ" with the grid as of a date (each task's
 * start by the shared rule and its latest progress report), then the whole progress history, the
 * meetings, the units and the plan's header (story-sheets.ts). Dates are real Excel dates shown
 * dd/mm/yyyy; WBS codes are text, so "1.10" stays "1.10".
 */
import ExcelJS from 'exceljs';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { startBasisCell } from '../../../shared/schedule/start-basis-label';
import { STATUS_LABELS } from '../../../shared/status/task-status';
import { leadsText } from '../../../shared/units/lead-units';
import { EXCEL_BASELINE_COLUMNS, excelBaselineValues } from '../baseline-fields';
import { type SheetColumn, addTableSheet, excelDate, excelDateOrNull, fitColumns } from './sheet-layout';
import { type PlanStory, addHistorySheet, addMeetingSheet, addPlanSheet, addUnitSheet } from './story-sheets';
import { GRID_COLUMNS, type GridColumnKey, KIND_LABELS, SHEET_NAMES } from './task-grid-columns';

export type { PlanStory } from './story-sheets';

function addTaskSheet(workbook: ExcelJS.Workbook, view: PlanView): void {
  // The grid, then the plan's own deadline and how often it was revised (baseline-fields.ts).
  const columns: SheetColumn[] = [...GRID_COLUMNS, ...EXCEL_BASELINE_COLUMNS].map((c) => ({
    header: c.key === 'status' ? `${c.header} (đến ${formatDisplayDate(view.asOf)})` : c.header,
    maxWidth: c.width,
    date: c.type === 'date',
  }));
  const sheet = addTableSheet(workbook, SHEET_NAMES.tasks, columns);
  const byId = new Map(view.tasks.map((t) => [t.id, t]));
  for (const task of view.tasks) {
    const update = task.latestUpdate;
    const fromWbs = task.startFromTaskId === null ? null : (byId.get(task.startFromTaskId)?.wbs ?? null);
    const values: Record<GridColumnKey, ExcelJS.CellValue> = {
      wbs: task.wbs,
      title: task.title,
      kind: KIND_LABELS[task.kind],
      lead: leadsText(task.leads) || null,
      support: task.supports.map((u) => u.name).join('; ') || null,
      // The start the window shows, and why: only "Đã định" is the task's own.
      start: excelDateOrNull(task.spanStart),
      startBasis: startBasisCell(task.startBasis, fromWbs),
      deadline: excelDateOrNull(task.deadline),
      deadlineText: task.deadlineText,
      deliverable: task.deliverable,
      progress: task.progress,
      status: STATUS_LABELS[task.status],
      reportedOn: excelDateOrNull(update?.reportedOn ?? null),
      achieved: update?.achieved ?? null,
      difficulties: update?.difficulties ?? null,
      notes: task.notes,
    };
    const baseline = excelBaselineValues(task, excelDate);
    const row = sheet.addRow([
      ...GRID_COLUMNS.map((c) => values[c.key]),
      ...EXCEL_BASELINE_COLUMNS.map((c) => baseline[c.key as keyof typeof baseline]),
    ]);
    if (task.childIds.length > 0) row.font = { bold: true };
  }
  fitColumns(sheet, columns);
  // The outline shows as an indent; the title itself stays exactly as written.
  const titleColumn = GRID_COLUMNS.findIndex((c) => c.key === 'title') + 1;
  view.tasks.forEach((task, i) => {
    sheet.getRow(i + 2).getCell(titleColumn).alignment = {
      vertical: 'top',
      wrapText: true,
      indent: task.depth,
    };
  });
}

export async function exportExcel(view: PlanView, story: PlanStory, now: Date = new Date()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế hoạch Tòa án điện tử';
  workbook.created = now;
  workbook.modified = now;
  addTaskSheet(workbook, view);
  addHistorySheet(workbook, view, story);
  addMeetingSheet(workbook, view, story);
  addUnitSheet(workbook, view);
  addPlanSheet(workbook, view);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
