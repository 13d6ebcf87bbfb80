/**
 * A returned .xlsx form → what the unit wrote. Columns are found by their headings and rows by the
 * task key, so sorted rows, added or moved columns and dates retyped as text all read the same.
 */
import ExcelJS from 'exceljs';
import { isIsoDate } from '../../shared/dates/iso-date';
import {
  FORM_SHEETS,
  type FormColumnId,
  IDENTITY_LABELS,
  foldHeading,
  formColumnOf,
} from '../../shared/progress-requests/form-layout';
import { parseLooseDate, parsePercentText } from '../../shared/progress-requests/read-values';
import type {
  ReadValue,
  ReturnedFormIdentity,
  ReturnedFormRow,
} from '../../shared/progress-requests/returned-form';
import { type CellReading, cellAsDate, cellAsText, readCell } from '../interop/excel/read-cell';

/** Rows read from one form: far more than any unit's tasks. */
const MAX_ROWS = 5_000;
const HEADER_SEARCH_ROWS = 30;
const MAX_TEXT = 4_000;
/** Parts of a sheet the reading never looks at: skipped by exceljs, a round of 50 forms reads faster. */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'sheetProtection',
  'sheetViews',
  'autoFilter',
  'pageSetup',
  'pageMargins',
  'printOptions',
  'headerFooter',
  'rowBreaks',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'extLst',
];

type Layout = { sheet: ExcelJS.Worksheet; headerRow: number; columns: Partial<Record<FormColumnId, number>> };

function textOf(cell: ExcelJS.Cell): string {
  const text = cellAsText(readCell(cell));
  return typeof text === 'string' ? text.trim() : '';
}

function findLayout(workbook: ExcelJS.Workbook): Layout | null {
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
      const columns: Layout['columns'] = {};
      sheet.getRow(r).eachCell((cell, col) => {
        const id = formColumnOf(textOf(cell));
        if (id !== null && columns[id] === undefined) columns[id] = col;
      });
      if (columns.key !== undefined && (columns.percent !== undefined || columns.achieved !== undefined))
        return { sheet, headerRow: r, columns };
    }
  }
  return null;
}

const LABELS: [string, keyof ReturnedFormIdentity][] = [
  [foldHeading(IDENTITY_LABELS.requestToken), 'requestToken'],
  [foldHeading(IDENTITY_LABELS.planCode), 'planCode'],
  [foldHeading(IDENTITY_LABELS.unitName), 'unitName'],
];

/** The hidden sheet first; failing that, "Mã đề nghị: …" in the title rows of the form. */
function readIdentity(workbook: ExcelJS.Workbook, layout: Layout | null): ReturnedFormIdentity {
  const identity: ReturnedFormIdentity = { requestToken: null, planCode: null, unitName: null };
  const hidden = workbook.worksheets.find((s) => foldHeading(s.name) === foldHeading(FORM_SHEETS.identity));
  hidden?.eachRow((row) => {
    const label = foldHeading(textOf(row.getCell(1)));
    const field = LABELS.find(([l]) => l === label)?.[1];
    const value = textOf(row.getCell(2));
    if (field && value !== '') identity[field] = value.slice(0, 200);
  });
  if (identity.requestToken === null && layout !== null) {
    for (let r = 1; r < layout.headerRow; r++) {
      layout.sheet.getRow(r).eachCell((cell) => {
        const m = /Mã đề nghị\s*:\s*([A-Za-z0-9]{6,40})/u.exec(textOf(cell));
        if (m) identity.requestToken = m[1]!;
      });
    }
  }
  return identity;
}

function readPercent(cell: ExcelJS.Cell, where: string): ReadValue<number> {
  const reading: CellReading = readCell(cell);
  switch (reading.kind) {
    case 'empty':
      return { value: null, problem: null };
    case 'number':
      // "50%" typed into a cell Excel formats as a percentage is stored as 0.5.
      return {
        value: cell.numFmt?.includes('%') ? Math.round(reading.value * 1e6) / 1e4 : reading.value,
        problem: null,
      };
    case 'text': {
      const value = parsePercentText(reading.text);
      return value === null
        ? {
            value: null,
            problem: `${where}: “${reading.text.trim().slice(0, 60)}” không phải là một số (tỷ lệ hoàn thành cần một số từ 0 đến 100).`,
          }
        : { value, problem: null };
    }
    case 'date':
      return { value: null, problem: `${where} chứa một ngày, không phải tỷ lệ hoàn thành (%).` };
    default:
      return { value: null, problem: reading.message };
  }
}

function readDate(cell: ExcelJS.Cell, where: string, label: string): ReadValue<string> {
  const reading = readCell(cell);
  if (reading.kind === 'text') {
    const date = parseLooseDate(reading.text);
    return date !== null
      ? { value: date, problem: null }
      : {
          value: null,
          problem: `${where}: “${reading.text.trim().slice(0, 60)}” không phải là một ngày có thật (${label} cần dạng dd/mm/yyyy).`,
        };
  }
  const date = cellAsDate(reading, where);
  if (date === null) return { value: null, problem: null };
  if (typeof date === 'string' && isIsoDate(date)) return { value: date, problem: null };
  return {
    value: null,
    problem: typeof date === 'object' ? date.problem : `${where} không phải là một ngày.`,
  };
}

export type WorkbookForm = { identity: ReturnedFormIdentity; rows: ReturnedFormRow[] } | { reason: string };

export async function readFormWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookForm> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    return { reason: `Tệp “${fileName}” không đọc được như một bảng tính Excel (.xlsx).` };
  }
  const layout = findLayout(workbook);
  const identity = readIdentity(workbook, layout);
  if (layout === null)
    return {
      reason: `Tệp “${fileName}” không có bảng báo cáo tiến độ (không thấy cột “Mã nhiệm vụ” và “Tỷ lệ hoàn thành (%)”).`,
    };
  const { sheet, headerRow, columns } = layout;
  if (sheet.rowCount - headerRow > MAX_ROWS)
    return {
      reason: `Tệp “${fileName}” có hơn ${MAX_ROWS} dòng: không phải một biểu mẫu báo cáo của đơn vị.`,
    };
  const rows: ReturnedFormRow[] = [];
  const at = (row: ExcelJS.Row, id: FormColumnId) =>
    columns[id] === undefined ? null : row.getCell(columns[id]);
  const text = (row: ExcelJS.Row, id: FormColumnId) => {
    const cell = at(row, id);
    return cell ? textOf(cell).slice(0, MAX_TEXT) : '';
  };
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const where = (id: FormColumnId) => `Ô ${at(row, id)?.address ?? ''}`;
    const percentCell = at(row, 'percent');
    const reportedCell = at(row, 'reportedOn');
    const completedCell = at(row, 'completedOn');
    rows.push({
      place: `dòng ${r}`,
      key: text(row, 'key'),
      wbs: text(row, 'wbs'),
      title: text(row, 'title'),
      percent: percentCell ? readPercent(percentCell, where('percent')) : { value: null, problem: null },
      reportedOn: reportedCell
        ? readDate(reportedCell, where('reportedOn'), 'ngày báo cáo')
        : { value: null, problem: null },
      completedOn: completedCell
        ? readDate(completedCell, where('completedOn'), 'ngày hoàn thành')
        : { value: null, problem: null },
      achieved: text(row, 'achieved'),
      difficulties: text(row, 'difficulties'),
      proposals: text(row, 'proposals'),
    });
  }
  return { identity, rows };
}
