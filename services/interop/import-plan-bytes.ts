/**
 * Any plan file → the database, chosen by its extension: text (.txt), Word (.docx), Excel (.xlsx),
 * MS Project XML (.xml), the text layer of a PDF (.pdf). The file is read and checked whole first; the import is one transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';
import { type IsoDate, todayIso } from '../../shared/dates/iso-date';
import { decodeText } from '../import/decode-text';
import { applyPreviewEdits, type PreviewEdit } from '../../shared/plan-document/preview-edits';
import { documentOf, keepAgenciesApart, registryUnits } from '../import/preview-import';
import type { ImportOptions, ImportSummary, PlanRepository } from '../storage/plan-repository';
import { MAX_IMPORT_FILE_BYTES, formatMegabytes } from './common/import-limits';
import { EMPTY_SCHEDULE, type ParsedPlanFile } from './common/parsed-file';

export const IMPORT_FORMATS = ['text', 'docx', 'xlsx', 'mspdi', 'pdf'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.xml': 'mspdi',
  '.pdf': 'pdf',
};

const OLD_FORMATS: Record<string, string> = {
  '.doc': 'Word 97-2003 (.doc): hãy mở bằng Word và lưu lại dạng .docx',
  '.xls': 'Excel 97-2003 (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx',
  '.mpp': 'MS Project (.mpp): hãy mở bằng MS Project, chọn Lưu thành (Save As) → “XML Format (*.xml)”',
};

export const SUPPORTED_IMPORTS =
  'văn bản .txt, Word .docx, PDF có lớp chữ .pdf, Excel .xlsx hoặc MS Project .xml';

export function importFormatOf(fileName: string): ImportFormat {
  const extension = path.extname(fileName).toLowerCase();
  const format = EXTENSIONS[extension];
  if (format) return format;
  const old = OLD_FORMATS[extension];
  if (old) throw new UserError(`Chưa đọc được tệp ${old}, rồi nhập lại.`);
  throw new UserError(`Không nhập được tệp “${fileName}”: chỉ nhận ${SUPPORTED_IMPORTS}.`);
}

export type ImportBytesOptions = ImportOptions & {
  today?: IsoDate;
  /** Corrections made in the preview: applied to what was read, in the same transaction. */
  edits?: readonly PreviewEdit[];
};

/** Reads and checks a file's bytes; nothing is written. */
export async function parsePlanBytes(
  bytes: Uint8Array,
  fileName: string,
  today: IsoDate = todayIso(),
): Promise<ParsedPlanFile | { text: string }> {
  if (bytes.length === 0) throw new UserError(`Tệp “${fileName}” rỗng: không có nội dung để nhập.`);
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new UserError(
      `Tệp “${fileName}” quá lớn (${formatMegabytes(bytes.length)}): một kế hoạch không vượt quá ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}.`,
    );
  }
  // Each format's libraries (mammoth, exceljs …) are loaded when first used, not when the app starts.
  switch (importFormatOf(fileName)) {
    case 'text':
      return { text: decodeText(bytes) };
    case 'docx':
      return (await import('./docx/parse-docx-plan')).parseDocxPlan(bytes, fileName);
    case 'xlsx':
      return (await import('./excel/parse-excel-plan')).parseExcelPlan(bytes, fileName, today);
    case 'mspdi':
      return (await import('./mspdi/parse-mspdi-plan')).parseMspdiPlan(bytes, fileName, today);
    case 'pdf':
      // The text layer is read like any text document.
      return { text: await (await import('./pdf/read-pdf-text')).readPdfText(bytes, fileName) };
  }
}

export async function importPlanBytes(
  repository: PlanRepository,
  bytes: Uint8Array,
  fileName: string,
  options: ImportBytesOptions = {},
): Promise<ImportSummary> {
  const { today, edits = [], ...importOptions } = options;
  const parsed = await parsePlanBytes(bytes, fileName, today);
  const name = path.basename(fileName);
  const { document, sourceText } = documentOf(parsed);
  const edited = applyPreviewEdits(keepAgenciesApart(document, registryUnits(repository)), edits);
  // What the schedule says of items left out in the preview goes with them.
  const kept = new Set(edited.items.map((i) => i.wbs));
  const schedule = 'text' in parsed ? EMPTY_SCHEDULE : parsed.schedule;
  return repository.importDocumentWithSchedule(
    edited,
    { name, text: sourceText },
    {
      starts: schedule.starts.filter((s) => kept.has(s.wbs)),
      dependencies: schedule.dependencies.filter(
        (d) => kept.has(d.predecessorWbs) && kept.has(d.successorWbs),
      ),
      progress: schedule.progress.filter((p) => kept.has(p.wbs)),
    },
    importOptions,
  );
}

/** For the command line: a path the user typed (never one that came from the window). */
export async function importPlanFromPath(
  repository: PlanRepository,
  filePath: string,
  options: ImportBytesOptions = {},
): Promise<ImportSummary> {
  importFormatOf(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new UserError(`Không tìm thấy tệp “${filePath}”.`, 'not-found');
  }
  if (!stat.isFile()) throw new UserError(`“${filePath}” không phải là một tệp.`);
  if (stat.size > MAX_IMPORT_FILE_BYTES) {
    throw new UserError(
      `Tệp “${path.basename(filePath)}” quá lớn (${formatMegabytes(stat.size)}): một kế hoạch không vượt quá ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}.`,
    );
  }
  return importPlanBytes(repository, fs.readFileSync(filePath), path.basename(filePath), options);
}
