/**
 * A returned Word form → what the unit wrote: the table whose heading row names "Mã nhiệm vụ", read
 * by headings like the Excel form, and the form's identity from "Mã đề nghị: …" in its text.
 */
import type { DocxBlock } from '../interop/docx/read-docx-blocks';
import { readDocxBlocks } from '../interop/docx/read-docx-blocks';
import { checkXmlPartSize } from '../interop/common/import-limits';
import { type FormColumnId, formColumnOf } from '../../shared/progress-requests/form-layout';
import { parseLooseDate, parsePercentText } from '../../shared/progress-requests/read-values';
import type {
  ReadValue,
  ReturnedFormIdentity,
  ReturnedFormRow,
} from '../../shared/progress-requests/returned-form';
import type { WorkbookForm } from './read-form-workbook';

const MAX_ROWS = 5_000;
const MAX_TEXT = 4_000;

function identityOf(blocks: DocxBlock[]): ReturnedFormIdentity {
  const identity: ReturnedFormIdentity = { requestToken: null, planCode: null, unitName: null };
  const texts = blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.flatMap((c) => c.paragraphs)),
  );
  for (const text of texts) {
    identity.requestToken ??= /Mã đề nghị\s*:\s*([A-Za-z0-9]{6,40})/u.exec(text)?.[1] ?? null;
    identity.planCode ??= /Kế hoạch số\s*:?\s*([^\s—–,;]+)/u.exec(text)?.[1] ?? null;
    identity.unitName ??= /Đơn vị báo cáo\s*:\s*(.+)$/u.exec(text)?.[1]?.trim() ?? null;
  }
  return identity;
}

function percentOf(text: string, place: string): ReadValue<number> {
  if (text === '') return { value: null, problem: null };
  const value = parsePercentText(text);
  return value === null
    ? {
        value: null,
        problem: `${place}: “${text.slice(0, 60)}” không phải là một số (tỷ lệ hoàn thành cần một số từ 0 đến 100).`,
      }
    : { value, problem: null };
}

function dateOf(text: string, place: string, label: string): ReadValue<string> {
  if (text === '') return { value: null, problem: null };
  const value = parseLooseDate(text);
  return value === null
    ? {
        value: null,
        problem: `${place}: “${text.slice(0, 60)}” không phải là một ngày có thật (${label} cần dạng dd/mm/yyyy).`,
      }
    : { value, problem: null };
}

/** Reads a form from a checked .docx archive (see readZipSafely). */
export function readFormDocument(entries: ReadonlyMap<string, Uint8Array>, fileName: string): WorkbookForm {
  const body = entries.get('word/document.xml');
  if (body) checkXmlPartSize('word/document.xml', body.length, fileName);
  const blocks = readDocxBlocks(entries, fileName);
  const identity = identityOf(blocks);
  for (const block of blocks) {
    if (block.kind !== 'table' || block.rows.length === 0) continue;
    const columns: Partial<Record<FormColumnId, number>> = {};
    block.rows[0]!.forEach((cell, i) => {
      const id = formColumnOf(cell.paragraphs.join(' '));
      if (id !== null && columns[id] === undefined) columns[id] = i;
    });
    if (columns.key === undefined) continue;
    if (block.rows.length > MAX_ROWS)
      return {
        reason: `Tệp “${fileName}” có hơn ${MAX_ROWS} hàng: không phải một biểu mẫu báo cáo của đơn vị.`,
      };
    const rows: ReturnedFormRow[] = block.rows.slice(1).map((cells, i) => {
      const place = `hàng ${i + 2} của bảng`;
      const text = (id: FormColumnId) =>
        columns[id] === undefined
          ? ''
          : (cells[columns[id]]?.paragraphs.join('\n').trim().slice(0, MAX_TEXT) ?? '');
      return {
        place,
        key: text('key'),
        wbs: text('wbs'),
        title: text('title'),
        percent: percentOf(text('percent'), `Ô tỷ lệ hoàn thành, ${place}`),
        reportedOn: dateOf(text('reportedOn'), `Ô ngày báo cáo, ${place}`, 'ngày báo cáo'),
        completedOn: dateOf(text('completedOn'), `Ô ngày hoàn thành, ${place}`, 'ngày hoàn thành'),
        achieved: text('achieved'),
        difficulties: text('difficulties'),
        proposals: text('proposals'),
      };
    });
    return { identity, rows };
  }
  return { reason: `Tệp “${fileName}” không có bảng báo cáo tiến độ (không thấy cột “Mã nhiệm vụ”).` };
}
