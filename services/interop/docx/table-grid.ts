/**
 * A Word table with merged cells → a plain grid. A cell merged across rows repeats its text in the
 * rows below (a unit written once for three tasks leads all three); a cell merged across columns
 * fills the columns it covers only for reading the headings.
 *
 * The grid is rows × widest row: a crafted cell spanning 1,000 columns would make it enormous, so a
 * row wider than Word's own 63 columns is refused, and every grid cell of the document counts
 * against one budget, checked before its cells are filled.
 */
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, tooMuch } from '../common/import-limits';
import type { DocxCell } from './read-docx-blocks';

export type GridCell = {
  paragraphs: string[];
  /** Where the text comes from: the cell itself, a cell above merged down, or one to the left merged across. */
  origin: 'own' | 'row-span' | 'col-span';
};

const EMPTY: GridCell = { paragraphs: [], origin: 'own' };

/** Grid cells left for the tables of one document; each toGrid call takes its share. */
export type CellBudget = { fileName: string; used: number };

export const createCellBudget = (fileName: string): CellBudget => ({ fileName, used: 0 });

export function toGrid(rows: DocxCell[][], budget: CellBudget): GridCell[][] {
  const grid: GridCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      const colSpan = cell.colSpan;
      if (c + colSpan > MAX_TABLE_COLUMNS) {
        throw tooMuch(budget.fileName, 'cột trong một hàng của bảng', MAX_TABLE_COLUMNS);
      }
      const rowSpan = Math.min(cell.rowSpan, rows.length - r);
      budget.used += colSpan * rowSpan;
      if (budget.used > MAX_TABLE_CELLS) {
        throw tooMuch(budget.fileName, 'ô trong các bảng', MAX_TABLE_CELLS);
      }
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const origin = dr > 0 ? 'row-span' : dc > 0 ? 'col-span' : 'own';
          grid[r + dr]![c + dc] = { paragraphs: cell.paragraphs, origin };
        }
      }
      c += colSpan;
    }
  });
  let width = 0;
  for (const r of grid) width = Math.max(width, r.length);
  budget.used += rows.length * width;
  if (budget.used > MAX_TABLE_CELLS) throw tooMuch(budget.fileName, 'ô trong các bảng', MAX_TABLE_CELLS);
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? EMPTY));
}
