/**
 * The tasks of a unit, sent to it as an official letter (Công văn, Nghị định 30/2020/NĐ-CP Điều 7):
 * a short letter with the unit's counts, its overdue tasks and the request to carry them out and
 * report, signed; the list itself as the letter's Phụ lục (the tasks it leads, those it supports,
 * with deadlines and status as of a date). For one unit, or every unit of the plan in one letter.
 */
import type { FileChild } from 'docx';
import { UserError } from '../../shared/api/user-error';
import type { PlanView, TaskView, UnitSummary } from '../../shared/plan-view/plan-view-schema';
import type { ReportSettings, UnitReportRequest } from '../../shared/reports/report-schemas';
import { unitKey } from '../../shared/units/unit-name';
import {
  NO_DEADLINE_FLAG,
  deadlineWording,
  leadName,
  statusPhrase,
  supportNames,
} from './content/task-phrases';
import { isClosed, isWorkItem } from './content/task-selections';
import type { AdministrativeDocument } from './format/administrative-document';
import { type FlexColumn, fitColumns } from './format/column-widths';
import { type CellContent, type TableRowSpec, dataTable, textCell, textOrUnknown } from './format/data-table';
import { contentWidth } from './format/page-layout';
import { bodyParagraph, closingParagraph, minorHeading, partHeading, spacer } from './format/typography';
import { bodyDate, planReference } from './content/plan-phrases';

export function findUnit(view: PlanView, unitId: number): UnitSummary {
  const unit = view.units.find((u) => u.id === unitId);
  if (!unit)
    throw new UserError(`Không có đơn vị (mã ${unitId}) trong kế hoạch số ${view.plan.code}.`, 'not-found');
  return unit;
}

/** A unit by the name a user typed: short or full name, any case or tone-mark placement. */
export function findUnitByName(view: PlanView, name: string): UnitSummary {
  const key = unitKey(name);
  const unit = view.units.find((u) => unitKey(u.name) === key || unitKey(u.fullName) === key);
  if (!unit) {
    throw new UserError(
      `Không có đơn vị “${name}” trong kế hoạch. Các đơn vị: ${view.units.map((u) => u.name).join('; ') || '(không có)'}.`,
      'not-found',
    );
  }
  return unit;
}

/** The work items a unit leads and those it supports (headings without their own lead are not tasks). */
export function tasksOfUnit(view: PlanView, unitId: number): { leads: TaskView[]; supports: TaskView[] } {
  const items = view.tasks.filter(isWorkItem);
  return {
    // A co-led task is in the list of each of its leads.
    leads: items.filter((t) => t.leads.some((u) => u.id === unitId)),
    supports: items.filter((t) => t.supports.some((u) => u.id === unitId)),
  };
}

function statusCell(task: TaskView, view: PlanView): CellContent {
  const lines: CellContent = [[{ text: statusPhrase(task, view.asOf) }]];
  if (task.deadline === null) lines.push([{ text: NO_DEADLINE_FLAG, style: { bold: true } }]);
  return lines;
}

/** The task's title; in a lead's list, the other leads of a co-led task under it. */
function titleCell(task: TaskView, unitId: number, role: 'lead' | 'support'): CellContent {
  const others = task.leads.filter((u) => u.id !== unitId);
  if (role !== 'lead' || others.length === 0) return textCell(task.title);
  return [
    ...textCell(task.title),
    [{ text: `Đồng chủ trì với ${others.map((u) => u.name).join(', ')}`, style: { italics: true } }],
  ];
}

function taskTable(view: PlanView, unitId: number, tasks: TaskView[], role: 'lead' | 'support'): FileChild {
  const columns: FlexColumn[] = [
    { title: 'STT', align: 'center', noWrap: true },
    { title: 'Nhiệm vụ' },
    { title: role === 'lead' ? 'Đơn vị phối hợp' : 'Đơn vị chủ trì', optional: role === 'lead' },
    { title: 'Thời hạn' },
    { title: 'Tình trạng' },
  ];
  const rows = tasks.map((task): TableRowSpec => ({
    kind: 'data',
    cells: [
      textCell(task.wbs),
      titleCell(task, unitId, role),
      role === 'lead' ? textCell(supportNames(task)) : textOrUnknown(leadName(task)),
      textOrUnknown(deadlineWording(task)),
      statusCell(task, view),
    ],
  }));
  const fitted = fitColumns(columns, rows, contentWidth('portrait'));
  return dataTable(
    fitted.columns,
    rows.map((r) => (r.kind === 'data' ? { ...r, cells: fitted.keep.map((i) => r.cells[i] ?? []) } : r)),
  );
}

function unitList(view: PlanView, unit: UnitSummary, heading: string | null): FileChild[] {
  const { leads, supports } = tasksOfUnit(view, unit.id);
  const children: FileChild[] = [];
  if (heading !== null) children.push(partHeading(heading));
  children.push(minorHeading(`a) Nhiệm vụ chủ trì: ${leads.length}`));
  children.push(
    ...(leads.length > 0
      ? [taskTable(view, unit.id, leads, 'lead'), spacer()]
      : [bodyParagraph('Đơn vị không chủ trì nhiệm vụ nào.')]),
  );
  children.push(minorHeading(`b) Nhiệm vụ phối hợp: ${supports.length}`));
  children.push(
    ...(supports.length > 0
      ? [taskTable(view, unit.id, supports, 'support'), spacer()]
      : [bodyParagraph('Đơn vị không phối hợp nhiệm vụ nào.')]),
  );
  return children;
}

/** "chủ trì 4 nhiệm vụ (đã hoàn thành 1, quá hạn 2: nhiệm vụ 1.2, 1.3), phối hợp 3 nhiệm vụ" */
function unitSituation(view: PlanView, unit: UnitSummary): string {
  const { leads, supports } = tasksOfUnit(view, unit.id);
  const done = leads.filter(isClosed).length;
  const overdue = leads.filter((t) => t.status === 'overdue');
  const details = [
    `đã hoàn thành ${done}`,
    overdue.length > 0
      ? `quá hạn ${overdue.length}: nhiệm vụ ${overdue.map((t) => t.wbs).join(', ')}`
      : 'không có nhiệm vụ quá hạn',
  ];
  return `${unit.name} chủ trì ${leads.length} nhiệm vụ (${details.join('; ')}), phối hợp ${supports.length} nhiệm vụ`;
}

/** Many units: one line for all of them rather than a list longer than the letter. */
const MAX_LISTED_ADDRESSEES = 8;

/** `unit` null: every unit of the plan that is a real unit (not "Các đơn vị có liên quan"). */
export function unitReportDocument(
  view: PlanView,
  settings: ReportSettings,
  unit: UnitSummary | null,
  documentNumber: UnitReportRequest['documentNumber'] = null,
): AdministrativeDocument {
  const reference = planReference(view);
  const units = unit ? [unit] : view.units.filter((u) => !u.isCollective);
  const issued = view.plan.issuedOn ? ` ${bodyDate(view.plan.issuedOn)}` : '';
  const issuer = view.plan.issuingBody ?? settings.issuingBodyName;
  const to = unit ? unit.fullName : 'các đơn vị';
  const body: FileChild[] = [
    bodyParagraph(
      `Thực hiện ${reference}${issued} của ${issuer}, ${settings.reportingBody} gửi ${to} danh sách ` +
        `các nhiệm vụ ${unit ? 'đơn vị' : 'từng đơn vị'} chủ trì và phối hợp thực hiện, với tình hình đến ${bodyDate(view.asOf)} ` +
        `(Phụ lục kèm theo).`,
    ),
  ];
  if (units.length === 0) body.push(bodyParagraph('Kế hoạch chưa giao nhiệm vụ cho đơn vị nào.'));
  else if (unit) body.push(bodyParagraph(`Đến ${bodyDate(view.asOf)}, ${unitSituation(view, unit)}.`));
  else
    body.push(
      bodyParagraph(`Đến ${bodyDate(view.asOf)}:`, { keepNext: true }),
      ...units.map((u) => bodyParagraph(`- ${unitSituation(view, u)};`)),
    );
  body.push(
    closingParagraph(
      `Đề nghị ${unit ? unit.name : 'các đơn vị'} rà soát, tổ chức thực hiện các nhiệm vụ được giao bảo đảm đúng thời hạn; ` +
        `đối với nhiệm vụ quá hạn, báo cáo rõ nguyên nhân và đề xuất giải pháp, gửi ${settings.reportingBody} ` +
        `để tổng hợp, báo cáo ${settings.issuingBodyName}`,
    ),
  );
  const lists = unit
    ? unitList(view, unit, null)
    : units.flatMap((u, i) => unitList(view, u, `${i + 1}. ${u.fullName}`));
  const addressees = unit
    ? [unit.fullName]
    : units.length <= MAX_LISTED_ADDRESSEES
      ? units.map((u) => u.fullName)
      : [`Các đơn vị có tên tại Phụ lục kèm theo`];
  return {
    settings,
    date: view.asOf,
    type: { kind: 'CV' },
    number: documentNumber,
    subject: [`danh sách nhiệm vụ ${unit ? `của ${unit.name}` : 'của các đơn vị'} theo ${reference}`],
    addressees,
    metadataTitle: `Công văn gửi danh sách nhiệm vụ ${unit ? `của ${unit.name}` : 'của các đơn vị'} theo ${reference}`,
    recipients: ['Như trên', ...settings.recipients.filter((r) => !/^như trên$/i.test(r.trim()))],
    body,
    appendices: [
      {
        title: `Danh sách nhiệm vụ ${unit ? `của ${unit.fullName}` : 'của các đơn vị'} đến ${bodyDate(view.asOf)}`,
        orientation: 'portrait',
        children: lists.length > 0 ? lists : [bodyParagraph('Kế hoạch chưa giao nhiệm vụ cho đơn vị nào.')],
      },
    ],
  };
}
