/** Helpers for the progress-request tests: unzip the package, fill a form as a unit would. */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { formColumnOf } from '../../shared/progress-requests/form-layout';
import { openDocx, paragraphTexts } from '../reports/docx-xml';

/** Every paragraph of a .docx (tables included), one per line. */
export function docxText(data: Buffer): string {
  return paragraphTexts(openDocx(data).xml('word/document.xml')).join('\n');
}

export function unzipPackage(base64: string): Map<string, Buffer> {
  const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
  return new Map(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
}

export type Answer = {
  percent?: ExcelJS.CellValue;
  reportedOn?: ExcelJS.CellValue;
  achieved?: string;
  difficulties?: string;
  proposals?: string;
  completedOn?: ExcelJS.CellValue;
};

export type FormSheet = {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  column(id: string): number;
  /** Data rows: row number and the task's WBS and key. */
  rows(): { row: number; wbs: string; key: string }[];
};

export async function openForm(bytes: Buffer): Promise<FormSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let headerRow = 0;
  const columns = new Map<string, number>();
  sheet.eachRow((row, r) => {
    if (headerRow !== 0) return;
    row.eachCell((cell, c) => {
      const id = typeof cell.value === 'string' ? formColumnOf(cell.value) : null;
      if (id) columns.set(id, c);
    });
    if (columns.has('key')) headerRow = r;
    else columns.clear();
  });
  const column = (id: string) => columns.get(id)!;
  return {
    workbook,
    sheet,
    headerRow,
    column,
    rows: () => {
      const out = [];
      for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
        const key = sheet.getCell(r, column('key')).value;
        if (typeof key === 'string' && key !== '')
          out.push({ row: r, key, wbs: String(sheet.getCell(r, column('wbs')).value) });
      }
      return out;
    },
  };
}

export function answer(form: FormSheet, row: number, values: Answer): void {
  for (const [id, value] of Object.entries(values))
    form.sheet.getCell(row, form.column(id)).value = value ?? null;
}

export async function saveForm(form: FormSheet): Promise<Buffer> {
  return Buffer.from(await form.workbook.xlsx.writeBuffer());
}

export const asFile = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') });
