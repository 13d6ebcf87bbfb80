/**
 * The task grid as an .xlsx workbook (exceljs): sheet "Nhiệm vụ" with the grid as of a date, sheet
 * "Kế hoạch" with the plan's header and the date, sheet "Đơn vị" with each unit's full name. Dates
 * are real Excel dates shown dd/mm/yyyy; WBS codes are text, so "1.10" stays "1.10".
 */
import ExcelJS from 'exceljs';
import { type IsoDate, isoParts } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { STATUS_LABELS } from '../../../shared/status/task-status';
import { EXCEL_BASELINE_COLUMNS, excelBaselineValues } from '../baseline-fields';
import {
  COLLECTIVE_UNIT_LABEL,
  GRID_COLUMNS,
  KIND_LABELS,
  PLAN_SHEET_LABELS,
  SHEET_NAMES,
  UNIT_SHEET_HEADERS,
} from './task-grid-columns';

const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE5F0' } };

/** Midnight UTC: exceljs turns it into the whole-day serial number Excel uses, whatever the laptop's zone. */
export function excelDate(date: IsoDate): Date {
  const { year, month, day } = isoParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

function addTaskSheet(workbook: ExcelJS.Workbook, view: PlanView): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.tasks, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...GRID_COLUMNS, ...EXCEL_BASELINE_COLUMNS].map((c) => ({
    key: c.key,
    width: c.width,
    header: c.key === 'status' ? `${c.header} (đến ${formatDisplayDate(view.asOf)})` : c.header,
    style: c.type === 'date' ? { numFmt: DATE_FORMAT } : {},
  }));
  styleHeader(sheet.getRow(1));
  for (const task of view.tasks) {
    const row = sheet.addRow({
      wbs: task.wbs,
      title: task.title,
      kind: KIND_LABELS[task.kind],
      lead: task.lead?.name ?? null,
      support: task.supports.map((u) => u.name).join('; ') || null,
      start: task.start ? excelDate(task.start) : null,
      deadline: task.deadline ? excelDate(task.deadline) : null,
      deadlineText: task.deadlineText,
      deliverable: task.deliverable,
      progress: task.progress,
      status: STATUS_LABELS[task.status],
      notes: task.notes,
      ...excelBaselineValues(task, excelDate),
    });
    row.alignment = { vertical: 'top', wrapText: true };
    // The outline shows as an indent; the title itself stays exactly as written.
    row.getCell('title').alignment = { vertical: 'top', wrapText: true, indent: task.depth };
    if (task.childIds.length > 0) row.font = { bold: true };
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: GRID_COLUMNS.length + EXCEL_BASELINE_COLUMNS.length },
  };
}

function addPlanSheet(workbook: ExcelJS.Workbook, view: PlanView): void {
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

function addUnitSheet(workbook: ExcelJS.Workbook, view: PlanView): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.units, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 36 }, { width: 60 }, { width: 16 }, { width: 30 }];
  styleHeader(sheet.addRow([...UNIT_SHEET_HEADERS]));
  for (const unit of view.units) {
    sheet.addRow([
      unit.name,
      unit.fullName,
      unit.agency,
      unit.isCollective ? COLLECTIVE_UNIT_LABEL : 'Đơn vị',
    ]);
  }
}

export async function exportExcel(view: PlanView, now: Date = new Date()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế hoạch Tòa án điện tử';
  workbook.created = now;
  workbook.modified = now;
  addTaskSheet(workbook, view);
  addPlanSheet(workbook, view);
  addUnitSheet(workbook, view);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
