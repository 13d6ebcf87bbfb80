/** Helpers for the progress-request tests: unzip the package, fill a form as a unit would. */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { formColumnOf } from '../../shared/progress-requests/form-layout';
import { type EditingApp, blankFields } from '../editing/editing-fixtures';
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

/** Kế hoạch 76 as shipped gives each unit one task; a few more make the forms look like a real round. */
export async function addSharedTasks(app: Pick<EditingApp, 'call'>, planId: number): Promise<void> {
  const view = await app.call('getPlanView', { planId, asOf: '2021-07-20' });
  const unit = (name: string) => view.units.find((u) => u.name === name)!.id;
  const parentId = view.tasks.find((t) => t.wbs === '1')!.id;
  const tasks: [string, string, string[], string][] = [
    [
      'Xây dựng bộ tiêu chí đánh giá mức độ ứng dụng công nghệ thông tin',
      'Vụ Tổng hợp',
      ['Vụ Pháp chế và Quản lý khoa học'],
      'Trước ngày 30 tháng 9 năm 2021',
    ],
    [
      'Tổng hợp kinh nghiệm quốc tế về Tòa án điện tử',
      'Vụ Hợp tác quốc tế',
      ['Vụ Tổng hợp', 'Tổ giúp việc'],
      'Quý IV năm 2021',
    ],
    [
      'Rà soát văn bản quy phạm pháp luật liên quan đến giao dịch điện tử',
      'Vụ Pháp chế và Quản lý khoa học',
      ['Vụ Tổng hợp'],
      'Tháng 12 năm 2021',
    ],
  ];
  for (const [title, lead, supports, deadlineText] of tasks)
    await app.call('addTask', {
      planId,
      parentId,
      afterTaskId: null,
      fields: {
        ...blankFields,
        title,
        deadlineText,
        leadUnitId: unit(lead),
        supportUnitIds: supports.map(unit),
      },
    });
}
