/**
 * One returned file's bytes → the form it holds, or why it is not one. Pure (bytes in, result out,
 * nothing written): it can run in the worker that parses untrusted files. The size is checked before
 * anything is read, the archive through readZipSafely, and a workbook's size before exceljs expands it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';
import { MAX_RETURNED_FORM_BYTES } from '../../shared/progress-requests/request-schemas';
import type { ReturnedForm } from '../../shared/progress-requests/returned-form';
import { formatFileSize } from '../../shared/files/file-size';
import { readZipSafely } from '../interop/common/read-zip-safely';
import { checkWorkbookSize } from '../interop/excel/check-workbook-size';
import { readFormDocument } from './read-form-document';
import { readFormWorkbook } from './read-form-workbook';

export async function parseReturnedForm(bytes: Uint8Array, fileName: string): Promise<ReturnedForm> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const refused = (reason: string): ReturnedForm => ({ kind: 'refused', fileName, sha256, reason });
  if (bytes.length === 0) return refused(`Tệp “${fileName}” rỗng.`);
  if (bytes.length > MAX_RETURNED_FORM_BYTES)
    return refused(
      `Tệp “${fileName}” quá lớn (${formatFileSize(bytes.length)}): một biểu mẫu báo cáo không vượt quá ${formatFileSize(MAX_RETURNED_FORM_BYTES)}.`,
    );
  const extension = path.extname(fileName).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.docx') {
    const hint =
      extension === '.xls' || extension === '.doc'
        ? ' Hãy mở tệp và lưu lại dạng .xlsx (Excel) hoặc .docx (Word).'
        : '';
    return refused(`Tệp “${fileName}” không phải biểu mẫu Excel (.xlsx) hoặc Word (.docx).${hint}`);
  }
  try {
    const label = extension === '.xlsx' ? 'Excel (.xlsx)' : 'Word (.docx)';
    const zip = await readZipSafely(bytes, fileName, label);
    // A workbook's merged ranges and rows are counted before exceljs would create every cell.
    if (extension === '.xlsx') checkWorkbookSize(zip.entries, fileName);
    const read =
      extension === '.xlsx'
        ? await readFormWorkbook(zip.repack(), fileName)
        : readFormDocument(zip.entries, fileName);
    if ('reason' in read) return refused(read.reason);
    return { kind: 'form', fileName, sha256, identity: read.identity, rows: read.rows };
  } catch (error) {
    if (error instanceof UserError) return refused(error.message);
    return refused(`Tệp “${fileName}” không đọc được: tệp có thể bị hỏng.`);
  }
}
