/**
 * How every table sheet of the exported workbook looks: a bold shaded header row frozen in place
 * with filters, columns as wide as what they hold (long text wraps), dates as real dates dd/mm/yyyy.
 */
import type ExcelJS from 'exceljs';
import { type IsoDate, isoParts } from '../../../shared/dates/iso-date';

export const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE5F0' } };
/** A date shown dd/mm/yyyy, in characters. */
const DATE_WIDTH = 10;
/** Points per line of the default 11-point font. */
const LINE_HEIGHT = 15;
/** Headers up to this many characters are kept on one line when the column may be that wide. */
const SHORT_HEADER = 16;

/** Midnight UTC: exceljs turns it into the whole-day serial number Excel uses, whatever the laptop's zone. */
export function excelDate(date: IsoDate): Date {
  const { year, month, day } = isoParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

export const excelDateOrNull = (date: IsoDate | null): Date | null => (date ? excelDate(date) : null);

export type SheetColumn = {
  header: string;
  /** The widest the column grows before its text wraps. */
  maxWidth: number;
  date?: boolean;
};

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

/** A table sheet: header row frozen, shaded and filtered. Rows are added by the caller, then `fitColumns`. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed (or turned into PDF) on landscape A4, as wide as one page, the header on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = columns.map((c) => ({ header: c.header, style: c.date ? { numFmt: DATE_FORMAT } : {} }));
  styleHeader(sheet.getRow(1));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

const linesOf = (value: ExcelJS.CellValue): string[] =>
  value === null || value === undefined || typeof value === 'object' ? [] : String(value).split('\n');

function textWidth(value: ExcelJS.CellValue): number {
  if (value instanceof Date) return DATE_WIDTH;
  return Math.max(0, ...linesOf(value).map((line) => line.length));
}

/**
 * Lines a value takes wrapped in a column this wide. A width unit is one digit; Vietnamese text in a
 * proportional font fits a little more per unit, less the cell's margins (rather a line too many
 * than a clipped one: neither program grows a row it was given a height for).
 */
function wrappedLines(value: ExcelJS.CellValue, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.1) - 1);
  return linesOf(value).reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / room)), 0);
}

/**
 * Each column as wide as its longest value (and its header's longest word, plus room for the filter
 * button), up to its maximum; body rows wrap and align to the top so long text stays readable, each
 * as tall as its wrapped text (neither Excel nor LibreOffice grows a row on opening a written file).
 */
export function fitColumns(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn[]): void {
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    // A short header on one line, a longer one on two (an empty column still reads), each word whole.
    const header =
      column.header.length <= SHORT_HEADER ? column.header.length : Math.ceil(column.header.length / 2);
    const headerWord = Math.max(header, ...column.header.split(/\s+/).map((w) => w.length));
    let widest = headerWord + 3;
    sheetColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber > 1) widest = Math.max(widest, textWidth(cell.value) + 2);
    });
    sheetColumn.width = Math.min(column.maxWidth, widest);
  });
  const widths = columns.map((_, index) => sheet.getColumn(index + 1).width ?? 10);
  sheet.eachRow((row, rowNumber) => {
    let lines = 1;
    row.eachCell((cell, col) => {
      lines = Math.max(lines, wrappedLines(cell.value, widths[col - 1] ?? 10));
    });
    if (rowNumber > 1) row.alignment = { vertical: 'top', wrapText: true };
    row.height = lines * LINE_HEIGHT;
  });
}
