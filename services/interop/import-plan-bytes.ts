/**
 * Any plan file → the database, chosen by its extension: text (.txt), Word (.docx), Excel (.xlsx),
 * MS Project XML (.xml), the text layer of a PDF (.pdf). The file is read and checked whole first, in a
 * worker thread under a memory and a time limit (isolated/parse-in-worker.ts); the import is one transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';
import { type IsoDate, todayIso } from '../../shared/dates/iso-date';
import { decodeText } from '../import/decode-text';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import { applyPreviewEdits, type PreviewEdit } from '../../shared/plan-document/preview-edits';
import { keepAgenciesApart, registryUnits } from '../import/preview-import';
import type { ImportOptions, ImportSummary, PlanRepository } from '../storage/plan-repository';
import { MAX_IMPORT_FILE_BYTES } from './common/import-limits';
import { formatFileSize } from '../../shared/files/file-size';
import { EMPTY_SCHEDULE, type ParsedPlanFile } from './common/parsed-file';
import type { ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import { sanitizeMultiline, sanitizeStringsDeep } from '../../shared/text/sanitize-text';
import { type ParseInWorkerOptions, parsePlanBytesInWorker } from './isolated/parse-in-worker';

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
  /** Where and how long the file may be read (cancelling, limits); see parse-in-worker.ts. */
  parse?: Omit<ParseInWorkerOptions, 'today'>;
  /** Told when the file has been read and the import is being written. */
  onSaving?: () => void;
  /** Corrections made in the preview: applied to what was read, in the same transaction. */
  edits?: readonly PreviewEdit[];
};

/** What can be refused from the name and size alone, before a worker is started for the file. */
export function checkPlanBytes(bytes: Uint8Array, fileName: string): ImportFormat {
  if (bytes.length === 0) throw new UserError(`Tệp “${fileName}” rỗng: không có nội dung để nhập.`);
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new UserError(
      `Tệp “${fileName}” quá lớn (${formatFileSize(bytes.length)}): một kế hoạch không vượt quá ${formatFileSize(MAX_IMPORT_FILE_BYTES)}.`,
    );
  }
  return importFormatOf(fileName);
}

/** A plan written as text (a .txt, or a PDF's text layer), parsed. */
function parsedText(raw: string): ParsedPlanFile {
  // Cleaned before it is parsed, so that warnings' line numbers point into the text kept.
  const text = sanitizeMultiline(raw);
  const outcome = parsePlanDocument(text);
  if (!outcome.ok) throw new UserError(outcome.message);
  return { document: outcome.document, schedule: EMPTY_SCHEDULE, sourceText: text };
}

/**
 * Reads and checks a file's bytes; nothing is written. Pure and untrusting: this is what runs in the
 * parse worker. Control and direction characters are removed from every text it returns.
 */
export async function parsePlanBytes(
  bytes: Uint8Array,
  fileName: string,
  today: IsoDate = todayIso(),
): Promise<ParsedPlanFile> {
  const format = checkPlanBytes(bytes, fileName);
  // Each format's libraries (exceljs, fast-xml-parser …) are loaded when first used, not when the app starts.
  switch (format) {
    case 'text':
      return parsedText(decodeText(bytes));
    case 'docx':
      return sanitizeStringsDeep(
        await (await import('./docx/parse-docx-plan')).parseDocxPlan(bytes, fileName),
      );
    case 'xlsx':
      return sanitizeStringsDeep(
        await (await import('./excel/parse-excel-plan')).parseExcelPlan(bytes, fileName, today),
      );
    case 'mspdi':
      return sanitizeStringsDeep(
        await (await import('./mspdi/parse-mspdi-plan')).parseMspdiPlan(bytes, fileName, today),
      );
    case 'pdf':
      // The text layer is read like any text document.
      return parsedText(await (await import('./pdf/read-pdf-text')).readPdfText(bytes, fileName));
  }
}

/** A file read in the worker, with the preview's corrections applied as they will be saved. */
export async function readEditedPlan(
  repository: PlanRepository,
  bytes: Uint8Array,
  fileName: string,
  options: Pick<ImportBytesOptions, 'today' | 'parse' | 'onSaving' | 'edits'>,
): Promise<{ parsed: ParsedPlanFile; edited: ParsedPlanDocument; name: string }> {
  const { today, parse, onSaving, edits = [] } = options;
  checkPlanBytes(bytes, fileName);
  const parsed = await parsePlanBytesInWorker(bytes, fileName, { ...parse, ...(today ? { today } : {}) });
  onSaving?.();
  const edited = applyPreviewEdits(keepAgenciesApart(parsed.document, registryUnits(repository)), edits);
  return { parsed, edited, name: path.basename(fileName) };
}

export async function importPlanBytes(
  repository: PlanRepository,
  bytes: Uint8Array,
  fileName: string,
  options: ImportBytesOptions = {},
): Promise<ImportSummary> {
  const { today, parse, onSaving, edits, ...importOptions } = options;
  const { parsed, edited, name } = await readEditedPlan(repository, bytes, fileName, {
    today,
    parse,
    onSaving,
    edits,
  });
  // What the schedule says of items left out in the preview goes with them.
  const kept = new Set(edited.items.map((i) => i.wbs));
  const { schedule, sourceText } = parsed;
  return repository.importDocumentWithSchedule(
    edited,
    { name, text: sourceText },
    {
      starts: schedule.starts.filter((s) => kept.has(s.wbs)),
      dependencies: schedule.dependencies.filter(
        (d) => kept.has(d.predecessorWbs) && kept.has(d.successorWbs),
      ),
      progress: schedule.progress.filter((p) => kept.has(p.wbs)),
      ...(schedule.baselines ? { baselines: schedule.baselines.filter((b) => kept.has(b.wbs)) } : {}),
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
  return importPlanBytes(repository, readPlanFile(filePath), path.basename(filePath), options);
}

/** A plan file's bytes from a path the user typed, refused by its type or size before it is read. */
export function readPlanFile(filePath: string): Buffer {
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
      `Tệp “${path.basename(filePath)}” quá lớn (${formatFileSize(stat.size)}): một kế hoạch không vượt quá ${formatFileSize(MAX_IMPORT_FILE_BYTES)}.`,
    );
  }
  return fs.readFileSync(filePath);
}
