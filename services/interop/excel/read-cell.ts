/**
 * One spreadsheet cell → a plain value, with a Vietnamese reason when it cannot be one.
 *
 * Formulas: the value Excel saved with the formula is used (it is what the user saw when saving).
 * A formula saved without its value (a file written by a program, never opened in Excel) or one
 * whose value is an error (#REF!, #N/A…) is refused, naming the cell: nothing is computed here.
 */
import type ExcelJS from 'exceljs';
import { type IsoDate, isIsoDate, makeIsoDate } from '../../../shared/dates/iso-date';
import { parseDisplayDate } from '../../../shared/dates/vietnamese-date';

export type CellReading =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'problem'; message: string };

type Plain = Exclude<ExcelJS.CellValue, ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function dateFromJs(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  // exceljs gives whole-day serials as midnight UTC: the UTC parts are the calendar day.
  return makeIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function readPlain(value: Plain, where: string): CellReading {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    const date = dateFromJs(value);
    return date
      ? { kind: 'date', date }
      : { kind: 'problem', message: `${where} chứa một ngày không hợp lệ.` };
  }
  if ('error' in value) {
    return { kind: 'problem', message: `${where} báo lỗi ${value.error}: hãy sửa trong Excel rồi nhập lại.` };
  }
  if ('richText' in value) return readPlain(value.richText.map((r) => r.text).join(''), where);
  if ('hyperlink' in value) return readPlain(value.text, where);
  return { kind: 'problem', message: `${where} có kiểu dữ liệu không đọc được.` };
}

export function readCell(cell: ExcelJS.Cell): CellReading {
  const where = `Ô ${cell.address} (trang “${cell.worksheet.name}”)`;
  const value = cell.value;
  if (isObject(value) && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined) {
      return {
        kind: 'problem',
        message:
          `${where} chứa công thức nhưng tệp không lưu sẵn kết quả tính. ` +
          'Hãy mở tệp bằng Excel, lưu lại rồi nhập lại (hoặc thay công thức bằng giá trị).',
      };
    }
    return readPlain(result, where);
  }
  return readPlain(value as Plain, where);
}

/** A cell read as a calendar day: a date cell, a serial number, or text dd/mm/yyyy or yyyy-mm-dd. */
export function cellAsDate(reading: CellReading, where: string): IsoDate | null | { problem: string } {
  switch (reading.kind) {
    case 'empty':
      return null;
    case 'date':
      return reading.date;
    case 'number': {
      // Excel's serial day number (1900 system): day 25569 is 1970-01-01.
      const date = Number.isInteger(reading.value)
        ? dateFromJs(new Date((reading.value - 25569) * 86_400_000))
        : null;
      return date ?? { problem: `${where}: “${reading.value}” không phải là một ngày.` };
    }
    case 'text': {
      const text = reading.text.trim();
      const date = isIsoDate(text) ? text : parseDisplayDate(text);
      return date ?? { problem: `${where}: “${text}” không phải là một ngày có thật (cần dạng dd/mm/yyyy).` };
    }
    default:
      return { problem: reading.message };
  }
}

/** Text of a cell whatever its type; numbers as Excel would show them without formatting. */
export function cellAsText(reading: CellReading): string | { problem: string } {
  switch (reading.kind) {
    case 'empty':
      return '';
    case 'text':
      return reading.text;
    case 'number':
      return String(reading.value);
    case 'date':
      return reading.date;
    default:
      return { problem: reading.message };
  }
}
