/**
 * Column widths that follow the content of a table: every column at least as wide as its longest
 * word (a column marked `noWrap`, such as the task number, as its longest whole entry, so that
 * "1.2.10" never breaks over two lines), the rest of the width shared by how much text each column
 * holds, so that long task names get the room; optional columns with nothing in them are dropped.
 */
import type { CellContent, Column, TableRowSpec } from './data-table';
import { lineAndWordWidths, textWidth } from './text-width';
import { PT } from './typography';

/** Cell margins left and right (data-table's tblCellMar) and a little air. */
const CELL_PADDING = 80 + 80 + 60;

export type FlexColumn = Omit<Column, 'width'> & {
  /** Keep each entry on one line (numbers). */
  noWrap?: boolean;
  /** Dropped when no row has anything in it. */
  optional?: boolean;
  /** Never narrower than this (twips). */
  minWidth?: number;
};

const lineText = (line: CellContent[number]) => line.map((p) => p.text).join('');
const isBold = (line: CellContent[number]) => line.some((p) => p.style?.bold);

type Measured = { longestWord: number; longestLine: number; lines: number[] };

function measure(content: CellContent): Measured {
  let longestWord = 0;
  let longestLine = 0;
  const lines: number[] = [];
  for (const line of content) {
    const widths = lineAndWordWidths(lineText(line), PT.table, isBold(line));
    longestLine = Math.max(longestLine, widths.line);
    lines.push(widths.line);
    longestWord = Math.max(longestWord, widths.longestWord);
  }
  return { longestWord, longestLine, lines };
}

/** Printed lines of a cell at a column width (wrapping estimated from text width: near enough to share room). */
function lineCount(lines: number[], width: number): number {
  const room = Math.max(1, width - CELL_PADDING);
  let count = 0;
  for (const w of lines) count += Math.max(1, Math.ceil((w * 1.08) / room));
  return count;
}

/** Steps in which the width left over the minimums is handed out. */
const STEPS = 40;
/** Rows on which the sharing of width is weighed. */
const SAMPLE_ROWS = 150;
/** Steps tried ahead per column in one round. */
const LOOKAHEAD = 8;

/**
 * The columns kept, with widths adding up to `totalWidth`, and the index of each in the rows'
 * cells. Past the minimums, the width goes step by step to the column where it most reduces the
 * sum over all cells of (lines)⁴: tall cells count far more than short ones, so the room goes
 * first where a cell would otherwise stand in a tall thin strip (a long task name, a unit's name
 * broken over five lines), and the table comes out about as short as the page width allows.
 */
export function fitColumns(
  columns: FlexColumn[],
  rows: TableRowSpec[],
  totalWidth: number,
): { columns: Column[]; keep: number[] } {
  const data = rows.filter((r): r is Extract<TableRowSpec, { kind: 'data' }> => r.kind === 'data');
  const header: Measured[] = columns.map((c) => measure([[{ text: c.title, style: { bold: true } }]]));
  // Widths are weighed on an even sample of a long table's rows (a few hundred rows have the
  // proportions of a thousand); only the one-line columns are measured on every row.
  const every = Math.max(1, Math.ceil(data.length / SAMPLE_ROWS));
  const sampled = every === 1 ? data : data.filter((_, r) => r % every === 0);
  const sample = [header, ...sampled.map((row) => columns.map((_, i) => measure(row.cells[i] ?? [])))];
  const minimums = columns.map((column, i) => {
    let minimum = Math.max(column.minWidth ?? 0, header[i]!.longestWord);
    if (column.noWrap)
      for (const row of data)
        for (const line of row.cells[i] ?? [])
          minimum = Math.max(minimum, textWidth(lineText(line), PT.table, isBold(line)));
    // (The header, first in the sample, may wrap between its words.)
    for (const row of sample.slice(1))
      minimum = Math.max(minimum, column.noWrap ? row[i]!.longestLine : row[i]!.longestWord);
    // A group row's number sits in the first column too.
    if (i === 0)
      for (const row of rows)
        if (row.kind === 'group') minimum = Math.max(minimum, textWidth(row.number, PT.table, true));
    return minimum + CELL_PADDING;
  });
  const filled = columns.map((_, i) =>
    data.some((row) => (row.cells[i] ?? []).some((line) => line.some((part) => part.text !== ''))),
  );
  const keep = columns.map((_, i) => i).filter((i) => !columns[i]!.optional || filled[i]);
  const widths = keep.map((i) => minimums[i]!);
  const sum = () => widths.reduce((a, b) => a + b, 0);
  const step = Math.max(20, Math.floor((totalWidth - sum()) / STEPS));
  // Each round weighs the same widths of every column but the one that grew the round before:
  // what a column costs at a width is worked out once.
  const known = keep.map(() => new Map<number, number>());
  const cost = (k: number, width: number) => {
    let total = known[k]!.get(width);
    if (total !== undefined) return total;
    total = 0;
    for (const row of sample) total += lineCount(row[keep[k]!]!.lines, width) ** 4;
    known[k]!.set(width, total);
    return total;
  };
  const costs = keep.map((_, k) => cost(k, widths[k]!));
  // Line counts change only at thresholds, so a column may need several steps before it gains:
  // each round tries up to LOOKAHEAD steps per column and takes the best gain per twip.
  while (totalWidth - sum() >= step) {
    let best = -1;
    let bestCost = 0;
    let bestSteps = 0;
    let bestRate = 0;
    for (let k = 0; k < keep.length; k++) {
      if (columns[keep[k]!]!.noWrap) continue;
      for (let n = 1; n <= LOOKAHEAD && sum() + n * step <= totalWidth; n++) {
        const after = cost(k, widths[k]! + n * step);
        const rate = (costs[k]! - after) / n;
        if (rate > bestRate) {
          bestRate = rate;
          bestCost = after;
          bestSteps = n;
          best = k;
        }
        if (after < costs[k]!) break;
      }
    }
    if (best === -1) break;
    widths[best] = widths[best]! + bestSteps * step;
    costs[best] = bestCost;
  }
  // What no column gains a line from, and rounding, go to the column with the most text; an
  // overflow of the minimums is taken from it too.
  const text = keep.map((i) => sample.reduce((n, row) => n + row[i]!.lines.reduce((a, b) => a + b, 0), 0));
  const target = text.indexOf(Math.max(...text));
  widths[target] = widths[target]! + totalWidth - sum();
  return {
    columns: keep.map((i, k) => ({ title: columns[i]!.title, align: columns[i]!.align, width: widths[k]! })),
    keep,
  };
}

/** The rows with only the kept columns' cells. */
export function keepCells(rows: TableRowSpec[], keep: number[]): TableRowSpec[] {
  return rows.map((row) =>
    row.kind === 'data' ? { ...row, cells: keep.map((i) => row.cells[i] ?? []) } : row,
  );
}
