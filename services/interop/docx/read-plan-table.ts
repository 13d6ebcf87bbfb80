/**
 * A plan written as a table (STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
 * Sản phẩm) → the same raw items the numbered-text parser produces.
 */
import { UserError } from '../../../shared/api/user-error';
import {
  stripFinalStop,
  type PlanField,
  type RawPlanItem,
} from '../../../shared/plan-document/build-plan-document';
import { cleanLine } from '../../../shared/plan-document/plan-header';
import { type ColumnMap, type TableColumn, isPlanTable, mapColumns } from './plan-table-columns';
import { type SttReading, createSttNumbering, readStt } from './stt-numbering';
import type { GridCell } from './table-grid';

export type PlanTableLayout = { columns: ColumnMap; headerRows: number };

const headingText = (cell: GridCell | undefined) => (cell ? cell.paragraphs.join(' ') : '');

/**
 * Finds the heading row among the first rows; a heading split over two rows ("Đơn vị thực hiện"
 * above "Chủ trì | Phối hợp") is read as one.
 */
export function findPlanTableLayout(grid: GridCell[][]): PlanTableLayout | null {
  for (let r = 0; r < Math.min(3, grid.length); r++) {
    const one = mapColumns(grid[r]!.map(headingText));
    const next = grid[r + 1];
    if (next) {
      const two = mapColumns(grid[r]!.map((cell, c) => `${headingText(cell)} ${headingText(next[c])}`));
      // Two rows are a heading only when the second adds a column the first alone does not have.
      if (isPlanTable(two) && Object.keys(two).length > Object.keys(one).length) {
        return { columns: two, headerRows: r + 2 };
      }
    }
    if (isPlanTable(one)) return { columns: one, headerRows: r + 1 };
  }
  return null;
}

/** "(1) (2) (3) …" under the headings: column numbers, not a task. */
function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 3 && filled.every((c) => /^\(?\d{1,2}\)?$/.test(c));
}

/** How a field's paragraphs are joined: units are a list, the deadline is one phrase. */
const JOIN: Record<PlanField, string> = { lead: ', ', support: ', ', deadline: ' ', deliverable: '\n' };

/** Which merged-down cells repeat: a unit or deadline shared by several rows, never the STT or the task. */
const REPEATS_DOWN = new Set<TableColumn>(['lead', 'coLead', 'support', 'deadline', 'deliverable']);

/**
 * `lineOfRow(r)`: the line of grid row r in the text kept as the plan's source, so warnings
 * point to a place the user can find.
 */
export function readPlanTable(
  grid: GridCell[][],
  layout: PlanTableLayout,
  lineOfRow: (row: number) => number,
  /** Shared by the tables of one document: a plan split over several tables numbers on. */
  numbering: (stt: SttReading) => string | null = createSttNumbering(),
): RawPlanItem[] {
  const { columns } = layout;
  const cellAt = (row: GridCell[], column: TableColumn, ownOnly = false): string[] => {
    const index = columns[column];
    if (index === undefined) return [];
    const cell = row[index];
    if (!cell || cell.origin === 'col-span') return [];
    if (cell.origin === 'row-span' && (ownOnly || !REPEATS_DOWN.has(column))) return [];
    return cell.paragraphs.map(cleanLine).filter((p) => p !== '');
  };

  const items: RawPlanItem[] = [];
  for (let r = layout.headerRows; r < grid.length; r++) {
    const row = grid[r]!;
    if (isColumnNumberRow(row.map((cell) => (cell.origin === 'own' ? headingText(cell).trim() : ''))))
      continue;
    const line = lineOfRow(r);
    const sttText = cellAt(row, 'stt').join(' ');
    const stt = readStt(sttText);
    const content = cellAt(row, 'title');
    const fieldValues = (ownOnly: boolean) =>
      (['lead', 'support', 'deadline', 'deliverable'] as const).map(
        (field) =>
          [
            field,
            field === 'lead'
              ? [...cellAt(row, 'lead', ownOnly), ...cellAt(row, 'coLead', ownOnly)]
              : cellAt(row, field, ownOnly),
          ] as const,
      );
    const notes = cellAt(row, 'notes');

    if (stt.kind === 'unknown') {
      throw new UserError(
        `Không hiểu số thứ tự “${stt.text}” ở dòng ${line} của bảng kế hoạch: hãy ghi dạng I, 1, 1.1, a) hoặc “-”.`,
      );
    }
    const wbs = numbering(stt);
    if (wbs === null) {
      // No number: the row carries on the row above (a task split over two rows of the table).
      const previous = items[items.length - 1];
      if (!previous) continue;
      // One by one: a cell of many paragraphs spread into push() would overflow the stack.
      for (const line of content) previous.extra.push(line);
      for (const line of notes) previous.extra.push(line);
      // A cell merged down from the row above already counted there.
      for (const [field, values] of fieldValues(true)) {
        if (values.length === 0) continue;
        const existing = previous.fields[field];
        const value = values.join(JOIN[field]);
        previous.fields[field] = existing
          ? { value: `${existing.value}${JOIN[field]}${value}`, line: existing.line }
          : { value, line };
      }
      continue;
    }
    const [title, ...rest] = content;
    if (title === undefined) {
      throw new UserError(
        `Dòng ${line} của bảng kế hoạch có số thứ tự “${sttText}” nhưng không có nội dung nhiệm vụ.`,
      );
    }
    const fields: RawPlanItem['fields'] = {};
    for (const [field, values] of fieldValues(false)) {
      if (values.length > 0) fields[field] = { value: values.join(JOIN[field]), line };
    }
    items.push({
      wbs,
      depth: wbs.split('.').length,
      title: stripFinalStop(title),
      line,
      fields,
      extra: [...rest, ...notes],
    });
  }
  return items;
}
