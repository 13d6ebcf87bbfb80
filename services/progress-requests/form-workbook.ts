/**
 * A unit's fill-in form as an .xlsx workbook. The form names itself twice (a hidden sheet and the
 * title rows) and every task by its key, so it is read back whatever the unit does to rows and
 * columns; the key and the given columns are locked (a sheet protection without password that
 * still allows sorting, filtering and adding columns), the cells to fill are checked by Excel itself.
 */
import ExcelJS from 'exceljs';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import {
  FORM_COLUMNS,
  FORM_SHEETS,
  FORM_VERSION,
  IDENTITY_LABELS,
  ROLE_LABELS,
} from '../../shared/progress-requests/form-layout';
import { excelDate } from '../interop/excel/sheet-layout';
import type { RequestForm } from './request-form';

const DATE_FORMAT = 'dd/mm/yyyy';
export const HEADER_ROW = 7;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE5F0' } };
const FILL_IN: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6CC' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9AA5B1' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Wrapped lines of `text` in a column, at about 1.1 characters of 11-point text per unit of width. */
function linesOf(text: string, column: (typeof FORM_COLUMNS)[number]['id']): number {
  const width = FORM_COLUMNS.find((c) => c.id === column)!.width;
  return Math.max(1, Math.ceil(text.length / (width * 1.1)));
}

function identityRows(form: RequestForm): [string, string][] {
  return [
    [IDENTITY_LABELS.requestToken, form.token],
    [IDENTITY_LABELS.planCode, form.planCode],
    [IDENTITY_LABELS.unitName, form.unitName],
    [IDENTITY_LABELS.asOf, formatDisplayDate(form.asOf)],
    [IDENTITY_LABELS.dueOn, formatDisplayDate(form.dueOn)],
    [IDENTITY_LABELS.formVersion, FORM_VERSION],
  ];
}

function dateValidation(form: RequestForm): ExcelJS.DataValidation {
  return {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Ngày không hợp lệ',
    error: 'Hãy ghi một ngày có thật, dạng dd/mm/yyyy, không ở tương lai.',
    // TODAY(): Excel and Calc refuse a day in the future as it is typed.
    formulae: [excelDate(form.planIssuedOn ?? '2000-01-01'), 'TODAY()'],
  };
}

const PERCENT_VALIDATION: ExcelJS.DataValidation = {
  type: 'whole',
  operator: 'between',
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Tỷ lệ không hợp lệ',
  error: 'Tỷ lệ hoàn thành là một số nguyên từ 0 đến 100.',
  formulae: [0, 100],
};

function addFormSheet(workbook: ExcelJS.Workbook, form: RequestForm): void {
  const sheet = workbook.addWorksheet(FORM_SHEETS.form, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = FORM_COLUMNS.map((c) => ({ key: c.id, width: c.width }));
  const last = FORM_COLUMNS.length;
  const title = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  };
  title(1, 'BIỂU MẪU BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ', { bold: true, size: 14 });
  title(2, `Kế hoạch số ${form.planCode} — ${form.planTitle}`, { bold: true });
  title(3, `${IDENTITY_LABELS.unitName}: ${form.unitFullName}`, { bold: true });
  title(
    4,
    `${IDENTITY_LABELS.asOf}: ${formatDisplayDate(form.asOf)}${form.periodLabel ? ` (${form.periodLabel})` : ''}` +
      ` · ${IDENTITY_LABELS.dueOn}: ${formatDisplayDate(form.dueOn)} · ${IDENTITY_LABELS.requestToken}: ${form.token}`,
    {},
  );
  title(
    5,
    'Cách điền: ghi vào các ô nền vàng; tỷ lệ hoàn thành là số từ 0 đến 100; ngày ghi dạng dd/mm/yyyy. ' +
      'Không sửa cột “Mã nhiệm vụ”. Có thể lọc, thêm cột ghi chú; muốn sắp xếp lại dòng, chọn Xem lại (Review) → ' +
      'Bỏ bảo vệ trang tính (không có mật khẩu).',
    { italic: true },
  );
  sheet.getRow(5).height = 30;

  const header = sheet.getRow(HEADER_ROW);
  FORM_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.title;
    cell.font = { bold: true };
    cell.fill = c.fill ? FILL_IN : HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  header.height = 45;

  const dates = dateValidation(form);
  form.rows.forEach((r, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    // Excel does not fit a row to wrapped text it did not type itself: room for the longest cell.
    row.height = Math.max(
      30,
      15 * Math.max(linesOf(r.title, 'title'), linesOf(r.deadlineText ?? '', 'deadlineText')),
    );
    const values: Record<string, ExcelJS.CellValue> = {
      key: r.key,
      wbs: r.wbs,
      title: r.title,
      role: ROLE_LABELS[r.role],
      deadlineText: r.deadlineText,
      deadline: r.deadline ? excelDate(r.deadline) : null,
      lastPercent: r.lastPercent,
    };
    FORM_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = values[c.id] ?? null;
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.id === 'deadline' || c.id === 'reportedOn' || c.id === 'completedOn') cell.numFmt = DATE_FORMAT;
      if (!c.fill) return;
      cell.fill = FILL_IN;
      cell.protection = { locked: false };
      if (c.id === 'percent') cell.dataValidation = PERCENT_VALIDATION;
      if (c.id === 'reportedOn' || c.id === 'completedOn') cell.dataValidation = dates;
    });
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
}

function addIdentitySheet(workbook: ExcelJS.Workbook, form: RequestForm): void {
  const sheet = workbook.addWorksheet(FORM_SHEETS.identity, { state: 'hidden' });
  sheet.columns = [{ width: 24 }, { width: 40 }];
  for (const [label, value] of identityRows(form)) sheet.addRow([label, value]);
}

export async function buildFormWorkbook(form: RequestForm): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ecourt-plan';
  workbook.title = `Biểu mẫu báo cáo tiến độ — ${form.unitName}`;
  addFormSheet(workbook, form);
  addIdentitySheet(workbook, form);
  const sheet = workbook.getWorksheet(FORM_SHEETS.form)!;
  // No password: the lock guards against slips, and a unit that must unlock it still can.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertColumns: true,
    insertRows: false,
    deleteColumns: false,
    deleteRows: false,
    sort: true,
    autoFilter: true,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
