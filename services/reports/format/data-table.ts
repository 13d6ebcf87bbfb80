/**
 * The bordered tables of a report: header row repeated on every page, rows that never split
 * across pages, fixed column widths that fit between the margins, 12 pt text.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { PT, type RunStyle, run } from './typography';

export type Column = { title: string; width: number; align?: 'left' | 'center' };

/** One line of a cell, made of runs of differently styled text. */
export type CellLine = { text: string; style?: RunStyle }[];
export type CellContent = CellLine[];

export type TableRowSpec =
  /** A section of the plan: its number, and its title across the other columns. */
  | { kind: 'group'; number: string; title: string; depth: number }
  | { kind: 'data'; cells: CellContent[] }
  /** A remark across the whole table, such as "no tasks". */
  | { kind: 'note'; text: string };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/** Plain text → one cell line per line of text. */
export function textCell(text: string, style: RunStyle = {}): CellContent {
  return text.split('\n').map((line) => [{ text: line, style }]);
}

/** The text, or "Chưa xác định" in italics where the plan gives none. */
export function textOrUnknown(text: string | null): CellContent {
  return text === null ? textCell('Chưa xác định', { italics: true }) : textCell(text);
}

function cellParagraphs(content: CellContent, align: 'left' | 'center'): Paragraph[] {
  const lines = content.length > 0 ? content : [[{ text: '' }]];
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: line.map((part) => run(part.text, { size: PT.table, ...part.style })),
      }),
  );
}

function cell(
  content: CellContent,
  width: number,
  align: 'left' | 'center',
  span = 1,
  shaded = false,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    shading: shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    children: cellParagraphs(content, align),
  });
}

export function dataTable(columns: Column[], rows: TableRowSpec[]): Table {
  const widths = columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    // Never alone at the foot of a page.
    keepNext: true,
    children: columns.map((c) => cell(textCell(c.title, { bold: true }), c.width, 'center', 1, true)),
  });
  const body = rows.map((row) => {
    if (row.kind === 'group') {
      const rest = widths.slice(1).reduce((a, b) => a + b, 0);
      const style: RunStyle = row.depth === 0 ? { bold: true } : { bold: true, italics: true };
      return new TableRow({
        cantSplit: true,
        children: [
          cell(textCell(row.number, style), widths[0] ?? 0, 'center'),
          cell(textCell(row.title, style), rest, 'left', columns.length - 1),
        ],
      });
    }
    if (row.kind === 'note') {
      return new TableRow({
        cantSplit: true,
        children: [cell(textCell(row.text, { italics: true }), total, 'center', columns.length)],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => cell(row.cells[i] ?? [], c.width, c.align ?? 'left')),
    });
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...body],
  });
}
