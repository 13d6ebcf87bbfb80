/**
 * A Word table with merged cells → a plain grid. A cell merged across rows repeats its text in the
 * rows below (a unit written once for three tasks leads all three); a cell merged across columns
 * fills the columns it covers only for reading the headings.
 */
import type { DocxCell } from './read-docx-blocks';

export type GridCell = {
  paragraphs: string[];
  /** Where the text comes from: the cell itself, a cell above merged down, or one to the left merged across. */
  origin: 'own' | 'row-span' | 'col-span';
};

const EMPTY: GridCell = { paragraphs: [], origin: 'own' };

export function toGrid(rows: DocxCell[][]): GridCell[][] {
  const grid: GridCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const origin = dr > 0 ? 'row-span' : dc > 0 ? 'col-span' : 'own';
          grid[r + dr]![c + dc] = { paragraphs: cell.paragraphs, origin };
        }
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? EMPTY));
}
