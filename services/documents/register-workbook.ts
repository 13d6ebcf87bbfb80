/** The register of outgoing documents as an Excel sheet, laid out as the clerk's paper register. */
import ExcelJS from 'exceljs';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import { DOCUMENT_KIND_LABELS, type RegisterEntry } from '../../shared/documents/document-numbers';

const COLUMNS: { header: string; width: number; value: (e: RegisterEntry, i: number) => string | number }[] =
  [
    { header: 'STT', width: 6, value: (_, i) => i + 1 },
    { header: 'Số, ký hiệu', width: 16, value: (e) => e.numberText },
    { header: 'Ngày văn bản', width: 13, value: (e) => formatDisplayDate(e.issuedOn) },
    { header: 'Loại văn bản', width: 13, value: (e) => DOCUMENT_KIND_LABELS[e.kind] },
    { header: 'Trích yếu nội dung', width: 70, value: (e) => e.subject },
    { header: 'Tệp', width: 40, value: (e) => e.fileName },
  ];

export async function registerWorkbook(entries: RegisterEntry[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ văn bản đi', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const heading = sheet.getCell(1, 1);
  heading.value = title;
  heading.font = { name: 'Times New Roman', size: 14, bold: true };
  heading.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  header.values = COLUMNS.map((c) => c.header);
  header.font = { name: 'Times New Roman', size: 12, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  entries.forEach((entry, i) => {
    const row = sheet.addRow(COLUMNS.map((c) => c.value(entry, i)));
    row.font = { name: 'Times New Roman', size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
  });
  for (let r = 2; r <= entries.length + 2; r++)
    for (let c = 1; c <= COLUMNS.length; c++)
      sheet.getCell(r, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
