/** Fills the Word form's table as a person typing into Word would: text into the empty cells of one row. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FORM_COLUMNS } from '../../shared/progress-requests/form-layout';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fillWordForm(docx: Buffer, key: string, values: Record<string, string>): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']!);
  const rows = xml.split(/(?=<w:tr[ >])/);
  const index = rows.findIndex((r) => r.includes(`>${key}<`));
  if (index < 0) throw new Error(`no row for ${key}`);
  const cells = rows[index]!.split(/(?=<w:tc>)/);
  for (const [id, text] of Object.entries(values)) {
    const column = FORM_COLUMNS.findIndex((c) => c.id === id);
    // cells[0] is what precedes the first cell.
    cells[column + 1] = cells[column + 1]!.replace(
      /<\/w:p>/,
      `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`,
    );
  }
  rows[index] = cells.join('');
  files['word/document.xml'] = strToU8(rows.join(''));
  return Buffer.from(zipSync(files));
}
