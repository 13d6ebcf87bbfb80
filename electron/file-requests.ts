/**
 * The pure parts of the file channels: payloads from the page validated with zod, the dialogs'
 * options built from them, and the size check of a picked file. Electron is not needed to test them.
 */
import { formatFileSize } from '../shared/files/file-size';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { z } from 'zod';
import { describeValidationError } from '../shared/api/validation-message';
import {
  type FileReply,
  MAX_TRANSFER_BYTES,
  type PdfPaper,
  type PickFileRequest,
  type SaveFileRequest,
  pickFileRequestSchema,
  printPdfRequestSchema,
  saveFileRequestSchema,
} from '../shared/files/file-transfer';

export const FILE_TOO_LARGE_MESSAGE = `Tệp quá lớn (giới hạn ${formatFileSize(MAX_TRANSFER_BYTES)}).`;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: describeValidationError(result.error) };
}

export const parseSaveFileRequest = (input: unknown): Parsed<SaveFileRequest> =>
  parseWith(saveFileRequestSchema, input);
export const parsePickFileRequest = (input: unknown): Parsed<PickFileRequest> =>
  parseWith(pickFileRequestSchema, input);
export const parsePrintPdfRequest = (input: unknown): Parsed<{ paper: PdfPaper }> =>
  parseWith(printPdfRequestSchema, input);

export function saveDialogOptions(request: Pick<SaveFileRequest, 'fileName' | 'filters'>): SaveDialogOptions {
  return {
    title: 'Lưu tệp',
    defaultPath: request.fileName,
    buttonLabel: 'Lưu',
    filters: [...request.filters, { name: 'Tất cả các tệp', extensions: ['*'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

export function openDialogOptions(request: PickFileRequest): OpenDialogOptions {
  return {
    title: 'Chọn tệp',
    buttonLabel: 'Mở',
    filters: request.filters,
    properties: ['openFile'],
  };
}

/** Null when the size is acceptable, else why not. */
export function checkPickedSize(sizeBytes: number): string | null {
  if (sizeBytes > MAX_TRANSFER_BYTES) return FILE_TOO_LARGE_MESSAGE;
  if (sizeBytes === 0) return 'Tệp đã chọn không có nội dung.';
  return null;
}

/** The name alone: the page only ever learns the file name, never the folder it came from. */
export const pickedFileName = (filePath: string): string => path.basename(filePath);

/**
 * Options for the timeline PDF: landscape, the chosen paper, the chart's colours kept, Electron's
 * default margins (1 cm; Electron 45 takes margins per side, and leaving them out keeps its default).
 */
export function timelinePdfOptions(paper: PdfPaper) {
  return { landscape: true, pageSize: paper, printBackground: true };
}

/** "tien-do-2021-07-20-A3.pdf" */
export function timelinePdfFileName(date: Date, paper: PdfPaper): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tien-do-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${paper}.pdf`;
}

export const PDF_FILTERS = [{ name: 'Tài liệu PDF', extensions: ['pdf'] }];

export const replyValue = (value: unknown): FileReply => ({ ok: true, value });
export const replyError = (message: string): FileReply => ({ ok: false, message });

/** A message the user can act on for a failure writing or reading a file. */
export function describeFileError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'EACCES' || code === 'EPERM')
    return 'Không có quyền ghi hoặc đọc tệp ở vị trí này. Hãy chọn thư mục khác.';
  if (code === 'ENOSPC') return 'Ổ đĩa đã đầy, không lưu được tệp.';
  if (code === 'EBUSY') return 'Tệp đang được chương trình khác mở. Hãy đóng chương trình đó rồi thử lại.';
  if (code === 'ENOENT') return 'Không tìm thấy tệp hoặc thư mục đã chọn.';
  return 'Không lưu hoặc đọc được tệp.';
}
