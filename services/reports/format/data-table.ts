/**
 * The bordered tables of a report: header row repeated on every page, rows that never split
 * across pages, fixed column widths that fit between the margins, 12 pt text in Times New Roman.
 *
 * A table of a thousand tasks has tens of thousands of cells, paragraphs and runs. Built from
 * docx's TableRow/TableCell/Paragraph/TextRun objects, each of them is a tree of small objects
 * that docx walks again when it writes the file, and that took most of a large report's time.
 * So the table is one docx component (`FileChild`, as docx's own Table is) that hands docx the
 * finished element tree of `w:tbl` in the form docx writes (see docx's `XmlComponent.prepForXml`):
 * the same XML, element for element, as those objects give (tests/reports compares the two). The
 * cells' font, size and spacing are in a paragraph style, their margins set once for the table.
 */
import { type FileChild, type IParagraphStyleOptions, LineRuleType } from 'docx';
import { PreparedElement, type Xml, attrs, empty, textElement } from './prepared-xml';
import { FONT, PT, halfPoints } from './typography';

/**
 * The text of every cell, Times New Roman 12 pt single-spaced with no space around paragraphs, is
 * set once in this paragraph style (in the document's styles.xml, where LibreOffice and Word read
 * it, and which travels with a pasted table) rather than on each of the table's runs. Only bold
 * and italics are set on the runs.
 */
export const TABLE_TEXT_STYLE = {
  id: 'BangBieu',
  name: 'Bảng biểu',
  basedOn: 'Normal',
  quickFormat: true,
  run: { font: FONT, size: halfPoints(PT.table) },
  paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
} as const satisfies IParagraphStyleOptions;

export type Column = { title: string; width: number; align?: 'left' | 'center' };

/** How a run of cell text is set: 12 pt Times New Roman, bold and/or italic. */
export type CellStyle = { bold?: boolean; italics?: boolean };
/** One line of a cell, made of runs of differently styled text. */
export type CellLine = { text: string; style?: CellStyle }[];
export type CellContent = CellLine[];

export type TableRowSpec =
  /** A section of the plan: its number, and its title across the other columns. */
  | { kind: 'group'; number: string; title: string; depth: number }
  | { kind: 'data'; cells: CellContent[] }
  /** A remark across the whole table, such as "no tasks". */
  | { kind: 'note'; text: string };

/** Plain text → one cell line per line of text. */
export function textCell(text: string, style: CellStyle = {}): CellContent {
  return text.split('\n').map((line) => [{ text: line, style }]);
}

/** The text, or "Chưa xác định" in italics where the plan gives none. */
export function textOrUnknown(text: string | null): CellContent {
  return text === null ? textCell('Chưa xác định', { italics: true }) : textCell(text);
}

type Align = 'left' | 'center';

const LINE = { 'w:val': 'single', 'w:color': '000000', 'w:sz': 4 } as const;
const TABLE_BORDERS: Xml = {
  'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((side) =>
    attrs(side, LINE),
  ),
};
/** The cells' margins, once for the table. */
const CELL_MARGINS: Xml = {
  'w:tblCellMar': [
    attrs('w:top', { 'w:type': 'dxa', 'w:w': 40 }),
    attrs('w:left', { 'w:type': 'dxa', 'w:w': 80 }),
    attrs('w:bottom', { 'w:type': 'dxa', 'w:w': 40 }),
    attrs('w:right', { 'w:type': 'dxa', 'w:w': 80 }),
  ],
};
const HEADER_SHADING = attrs('w:shd', { 'w:fill': 'E7E6E6', 'w:color': 'auto', 'w:val': 'clear' });
const CENTER_VERTICALLY = attrs('w:vAlign', { 'w:val': 'center' });
const STYLE = attrs('w:pStyle', { 'w:val': TABLE_TEXT_STYLE.id });
const KEEP_NEXT = empty('w:keepNext');
const CENTER = attrs('w:jc', { 'w:val': 'center' });
const ROW_PROPERTIES: Xml = { 'w:trPr': [empty('w:cantSplit')] };
const HEADER_ROW_PROPERTIES: Xml = { 'w:trPr': [empty('w:cantSplit'), empty('w:tblHeader')] };

/** Shared element trees: docx only reads them, and writes one as often as it is used. */
const BOLD: Xml = { 'w:rPr': [empty('w:b'), empty('w:bCs')] };
const ITALIC: Xml = { 'w:rPr': [empty('w:i'), empty('w:iCs')] };
const BOLD_ITALIC: Xml = { 'w:rPr': [empty('w:b'), empty('w:bCs'), empty('w:i'), empty('w:iCs')] };

function textRun(text: string, style: CellStyle = {}): Xml {
  const properties = style.bold ? (style.italics ? BOLD_ITALIC : BOLD) : style.italics ? ITALIC : null;
  const t = textElement(text);
  return { 'w:r': properties ? [properties, t] : [t] };
}

const PARAGRAPH_PROPERTIES: Record<Align, Record<'keep' | 'free', Xml>> = {
  left: { keep: { 'w:pPr': [STYLE, KEEP_NEXT] }, free: { 'w:pPr': [STYLE] } },
  center: { keep: { 'w:pPr': [STYLE, KEEP_NEXT, CENTER] }, free: { 'w:pPr': [STYLE, CENTER] } },
};

function cellParagraphs(content: CellContent, align: Align, keepNext: boolean): Xml[] {
  const lines = content.length > 0 ? content : [[{ text: '' }]];
  const properties = PARAGRAPH_PROPERTIES[align][keepNext ? 'keep' : 'free'];
  return lines.map((line) => ({
    'w:p': [properties, ...line.map((part) => textRun(part.text, part.style))],
  }));
}

/** A cell's properties (its width, span and shading), made once for all the cells that share them. */
function cellProperties(width: number, options: { span?: number; shaded?: boolean } = {}): Xml {
  const { span = 1, shaded = false } = options;
  const properties: Xml[] = [attrs('w:tcW', { 'w:type': 'dxa', 'w:w': width })];
  if (span > 1) properties.push(attrs('w:gridSpan', { 'w:val': span }));
  if (shaded) properties.push(HEADER_SHADING);
  properties.push(CENTER_VERTICALLY);
  return { 'w:tcPr': properties };
}

function cell(content: CellContent, properties: Xml, align: Align, keepNext = false): Xml {
  return { 'w:tc': [properties, ...cellParagraphs(content, align, keepNext)] };
}

function tableRow(cells: Xml[], header = false): Xml {
  return { 'w:tr': [header ? HEADER_ROW_PROPERTIES : ROW_PROPERTIES, ...cells] };
}

export function dataTable(columns: Column[], rows: TableRowSpec[]): FileChild {
  const widths = columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const first = widths[0] ?? 0;
  // The header is repeated on every page and never left alone at the foot of one.
  const header = tableRow(
    columns.map((c) =>
      cell(textCell(c.title, { bold: true }), cellProperties(c.width, { shaded: true }), 'center', true),
    ),
    true,
  );
  const dataCells = columns.map((c) => cellProperties(c.width));
  const groupNumber = cellProperties(first);
  const groupTitle = cellProperties(total - first, { span: columns.length - 1 });
  const note = cellProperties(total, { span: columns.length });
  const body = rows.map((row) => {
    if (row.kind === 'group') {
      const style: CellStyle = row.depth === 0 ? { bold: true } : { bold: true, italics: true };
      // Kept with the row after it: a group's heading never ends a page without its first task.
      return tableRow([
        cell(textCell(row.number, style), groupNumber, 'center', true),
        cell(textCell(row.title, style), groupTitle, 'left', true),
      ]);
    }
    if (row.kind === 'note') return tableRow([cell(textCell(row.text, { italics: true }), note, 'center')]);
    return tableRow(columns.map((c, i) => cell(row.cells[i] ?? [], dataCells[i]!, c.align ?? 'left')));
  });
  return new PreparedElement('w:tbl', {
    'w:tbl': [
      {
        'w:tblPr': [
          attrs('w:tblW', { 'w:type': 'dxa', 'w:w': total }),
          TABLE_BORDERS,
          attrs('w:tblLayout', { 'w:type': 'fixed' }),
          CELL_MARGINS,
        ],
      },
      { 'w:tblGrid': widths.map((w) => attrs('w:gridCol', { 'w:w': w })) },
      header,
      ...body,
    ],
  });
}
