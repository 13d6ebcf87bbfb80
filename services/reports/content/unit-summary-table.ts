/** The status report's summary per lead unit: total, completed (of which on time), overdue, at risk. */
import type { FileChild } from 'docx';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { type FlexColumn, fitColumns } from '../format/column-widths';
import { type TableRowSpec, dataTable, textCell } from '../format/data-table';
import { contentWidth } from '../format/page-layout';
import { atRiskTasks, groupByLeadUnit, workItems } from './task-selections';

const COLUMNS: FlexColumn[] = [
  { title: 'Đơn vị chủ trì' },
  { title: 'Tổng số', align: 'center', noWrap: true, minWidth: 1100 },
  { title: 'Đã hoàn thành', align: 'center', noWrap: true, minWidth: 1100 },
  { title: 'Trong đó đúng hạn', align: 'center', noWrap: true, minWidth: 1100 },
  { title: 'Quá hạn', align: 'center', noWrap: true, minWidth: 1100 },
  { title: 'Có nguy cơ chậm', align: 'center', noWrap: true, minWidth: 1100 },
];

export type UnitCounts = { total: number; done: number; onTime: number; overdue: number; atRisk: number };

export function unitCounts(tasks: TaskView[], atRisk: Set<number>): UnitCounts {
  return {
    total: tasks.length,
    done: tasks.filter((t) => t.status === 'done' || t.status === 'done-late').length,
    onTime: tasks.filter((t) => t.status === 'done').length,
    overdue: tasks.filter((t) => t.status === 'overdue').length,
    atRisk: tasks.filter((t) => atRisk.has(t.id)).length,
  };
}

const cells = (name: string, c: UnitCounts, bold = false) =>
  [name, c.total, c.done, c.onTime, c.overdue, c.atRisk].map((v) =>
    textCell(String(v), bold ? { bold } : {}),
  );

export function unitSummaryTable(view: PlanView): FileChild {
  const atRisk = new Set(atRiskTasks(view).map((t) => t.id));
  const rows: TableRowSpec[] = groupByLeadUnit(workItems(view)).map((g) => ({
    kind: 'data',
    cells: cells(g.unitName, unitCounts(g.tasks, atRisk)),
  }));
  rows.push({ kind: 'data', cells: cells('Tổng cộng', unitCounts(workItems(view), atRisk), true) });
  // A co-led task is on the row of each lead; the total counts it once, so the rows may add up to more.
  const coLed = workItems(view).filter((t) => t.leads.length > 1).length;
  if (coLed > 0) {
    rows.push({
      kind: 'note',
      text: `Có ${coLed} nhiệm vụ do nhiều đơn vị đồng chủ trì, được tính ở dòng của từng đơn vị; dòng Tổng cộng tính mỗi nhiệm vụ một lần.`,
    });
  }
  const { columns } = fitColumns(COLUMNS, rows, contentWidth('portrait'));
  return dataTable(columns, rows);
}
