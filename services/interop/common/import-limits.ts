/** How much an imported file may hold. A plan is small: anything far beyond is refused, not read. */
import { UserError } from '../../../shared/api/user-error';
import { formatFileSize } from '../../../shared/files/file-size';
import { MAX_IMPORT_BYTES } from '../../import/decode-text';

/** Largest file accepted by any import (the bytes as received): the API contract's cap. */
export { MAX_IMPORT_FILE_BYTES } from '../../../shared/api/interop-contract';

/** Zip archives (.docx, .xlsx): limits checked on the directory before anything is inflated. */
export const ZIP_LIMITS = {
  maxEntries: 2_000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 150 * 1024 * 1024,
  /** Inflated/compressed size above which an entry is a bomb (Apache POI uses the same 1:100). */
  maxRatio: 100,
  /** Small entries compress far better than that (a run of spaces): the ratio only counts above this size. */
  ratioGraceBytes: 1024 * 1024,
} as const;

/** Rows or tasks read from one file. */
export const MAX_IMPORT_ITEMS = 20_000;

/**
 * The text of a plan, whatever its format: the same cap as a .txt plan (5 MB, some 20,000 tasks).
 * For Word it is checked on the document's text before the plan is parsed from it.
 */
export const MAX_PLAN_TEXT_CHARS = MAX_IMPORT_BYTES;

/**
 * An XML part holding a plan's text (Word's document, Excel's sheets and shared strings): markup
 * takes a few times the text's size. Checked before a library builds anything from it.
 */
export const MAX_XML_PART_BYTES = 5 * MAX_PLAN_TEXT_CHARS;

/** What a table or sheet may expand to: cells of all Word tables; cells and merged cells of a workbook. */
export const MAX_TABLE_CELLS = 500_000;
/** Word allows 63 columns; a wider grid only comes from a crafted file. */
export const MAX_TABLE_COLUMNS = 64;
/** Rows of a sheet: the task rows, their headings and room for notes below. */
export const MAX_SHEET_ROWS = 5 * MAX_IMPORT_ITEMS;

/** MS Project: resource assignments and task links (a plan has a few per task). */
export const MAX_ASSIGNMENTS = 10 * MAX_IMPORT_ITEMS;
export const MAX_LINKS = 10 * MAX_IMPORT_ITEMS;

/** "20.000": thousands grouped as Vietnamese writes them. */
export const formatCount = (n: number) => n.toLocaleString('vi-VN');

/** Refuses a file that holds more of something than a plan can: `what` names it ("ô trong các bảng"). */
export function tooMuch(fileName: string, what: string, limit: number): UserError {
  return new UserError(
    `Tệp “${fileName}” quá phức tạp để đọc: có hơn ${formatCount(limit)} ${what}, nhiều hơn một kế hoạch có thể có. ` +
      'Tệp có thể bị hỏng hoặc được tạo ra để gây hại; dữ liệu không bị thay đổi.',
  );
}

/** The one text cap of every format. */
export function checkPlanTextSize(text: string, fileName: string): void {
  if (text.length > MAX_PLAN_TEXT_CHARS) {
    throw new UserError(
      `Tệp “${fileName}” có quá nhiều chữ (${formatFileSize(text.length)}): nội dung một kế hoạch không vượt quá ` +
        `${formatFileSize(MAX_PLAN_TEXT_CHARS)}. Dữ liệu không bị thay đổi.`,
    );
  }
}

/** An XML part over MAX_XML_PART_BYTES, refused before it is parsed. */
export function checkXmlPartSize(part: string, size: number, fileName: string): void {
  if (size > MAX_XML_PART_BYTES) {
    throw new UserError(
      `Tệp “${fileName}” quá phức tạp để đọc: phần “${part}” chiếm ${formatFileSize(size)} khi giải nén, ` +
        `một kế hoạch không cần quá ${formatFileSize(MAX_XML_PART_BYTES)}. Dữ liệu không bị thay đổi.`,
    );
  }
}
