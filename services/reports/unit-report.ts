/**
 * "Danh sách nhiệm vụ của đơn vị": the tasks a unit leads and those it supports, with deadlines
 * and status as of a date; for one unit, or every unit of the plan in one document.
 */
import type { FileChild } from 'docx';
import { UserError } from '../../shared/api/user-error';
import { formatLongDate } from '../../shared/dates/vietnamese-date';
import type { PlanView, TaskView, UnitSummary } from '../../shared/plan-view/plan-view-schema';
import type { ReportSettings } from '../../shared/reports/report-schemas';
import { unitKey } from '../../shared/units/unit-name';
import {
  NO_DEADLINE_FLAG,
  daysOverdue,
  deadlineWording,
  leadName,
  statusPhrase,
  supportNames,
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
import { bodyParagraph, closingParagraph, partHeading, spacer, subHeading } from './format/typography';
import { planReference } from './content/plan-phrases';

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

export function tasksOfUnit(view: PlanView, unitId: number): { leads: TaskView[]; supports: TaskView[] } {
  return {
    leads: view.tasks.filter((t) => t.lead?.id === unitId),
    supports: view.tasks.filter((t) => t.supports.some((u) => u.id === unitId)),
  };
}

function statusCell(task: TaskView, view: PlanView): CellContent {
  const lines: CellContent = [[{ text: statusPhrase(task) }]];
  if (task.status === 'overdue')
    lines.push([{ text: `Quá hạn ${daysOverdue(task, view.asOf)} ngày`, style: { bold: true } }]);
  if (task.deadline === null && task.childIds.length === 0)
    lines.push([{ text: NO_DEADLINE_FLAG, style: { bold: true } }]);
  return lines;
}

function taskTable(view: PlanView, tasks: TaskView[], role: 'lead' | 'support'): FileChild {
  const columns: Column[] = [
    { title: 'STT', width: 700, align: 'center' },
    { title: 'Nhiệm vụ', width: 3500 },
    { title: role === 'lead' ? 'Đơn vị phối hợp' : 'Đơn vị chủ trì', width: 1800 },
    { title: 'Thời hạn', width: 1755 },
    { title: 'Tình trạng', width: 1600 },
  ];
  const rows = tasks.map((task): TableRowSpec => ({
    kind: 'data',
    cells: [
      textCell(task.wbs),
      textCell(task.title),
      role === 'lead' ? textCell(supportNames(task)) : textOrUnknown(leadName(task)),
      textOrUnknown(deadlineWording(task)),
      statusCell(task, view),
    ],
  }));
  return dataTable(columns, rows);
}

function unitBlock(view: PlanView, unit: UnitSummary, heading: string | null): FileChild[] {
  const { leads, supports } = tasksOfUnit(view, unit.id);
  const children: FileChild[] = [];
  if (heading !== null) children.push(partHeading(heading));
  children.push(subHeading(`a) Nhiệm vụ chủ trì: ${leads.length}`));
  children.push(
    ...(leads.length > 0
      ? [taskTable(view, leads, 'lead'), spacer()]
      : [bodyParagraph('Đơn vị không chủ trì nhiệm vụ nào.')]),
  );
  children.push(subHeading(`b) Nhiệm vụ phối hợp: ${supports.length}`));
  children.push(
    ...(supports.length > 0
      ? [taskTable(view, supports, 'support'), spacer()]
      : [bodyParagraph('Đơn vị không phối hợp nhiệm vụ nào.')]),
  );
  return children;
}

/** `unit` null: every unit of the plan that is a real unit (not "Các đơn vị có liên quan"). */
export function unitReportDocument(
  view: PlanView,
  settings: ReportSettings,
  unit: UnitSummary | null,
): AdministrativeDocument {
  const reference = planReference(view);
  const units = unit ? [unit] : view.units.filter((u) => !u.isCollective);
  const body: FileChild[] = unit
    ? unitBlock(view, unit, null)
    : units.flatMap((u, i) => unitBlock(view, u, `${i + 1}. ${u.fullName}`));
  if (units.length === 0) body.push(bodyParagraph('Kế hoạch chưa giao nhiệm vụ cho đơn vị nào.'));
  const closing = unit
    ? `Danh sách gồm ${tasksOfUnit(view, unit.id).leads.length} nhiệm vụ chủ trì và ${tasksOfUnit(view, unit.id).supports.length} nhiệm vụ phối hợp của ${unit.name}`
    : `Danh sách gồm nhiệm vụ của ${units.length} đơn vị`;
  body.push(closingParagraph(closing));
  return {
    settings,
    date: view.asOf,
    kind: 'DANH SÁCH',
    subject: [unit ? `Nhiệm vụ của ${unit.fullName}` : 'Nhiệm vụ của các đơn vị', `theo ${reference}`],
    subtitle: `(Tình hình đến ${formatLongDate(view.asOf)})`,
    metadataTitle: `Danh sách nhiệm vụ ${unit ? `của ${unit.name}` : 'của các đơn vị'} theo ${reference}`,
    recipients: unit ? [unit.fullName] : ['Các đơn vị có tên trong danh sách'],
    parts: [{ orientation: 'portrait', children: body }],
  };
}
