/**
 * Files between the window and the disk, without a path from the window ever being trusted:
 * the window hands over bytes and a suggested name to save, or asks for a file the user picks.
 * Shared by the preload, Electron's main process (which validates with these schemas) and the browser.
 */
import { formatFileSize } from './file-size';
import { z } from 'zod';

/** The largest file saved or picked through the window: the largest plan file the services accept. */
export const MAX_TRANSFER_BYTES = 200 * 1024 * 1024;
const MAX_TRANSFER_BASE64 = Math.ceil(MAX_TRANSFER_BYTES / 3) * 4;

export const SAVE_FILE_CHANNEL = 'ecourt:save-file';
export const PICK_FILE_CHANNEL = 'ecourt:pick-file';

/** A plain file name: no folder, no drive, no control character. */
export const plainFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u, 'Tên tệp không hợp lệ.');

export const fileFilterSchema = z.strictObject({
  /** "Tài liệu Word", shown in the dialog's type list. */
  name: z.string().min(1).max(100),
  /** Without the dot: ["docx"]. */
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/, 'Phần mở rộng không hợp lệ.'))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const saveFileRequestSchema = z.strictObject({
  fileName: plainFileNameSchema,
  base64: z
    .base64()
    .max(MAX_TRANSFER_BASE64, `Tệp quá lớn (giới hạn ${formatFileSize(MAX_TRANSFER_BYTES)}).`),
  filters: z.array(fileFilterSchema).max(10),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const pickFileRequestSchema = z.strictObject({ filters: z.array(fileFilterSchema).min(1).max(10) });
export type PickFileRequest = z.infer<typeof pickFileRequestSchema>;

export type PickedFile = { fileName: string; base64: string };

/** How a save ended: written, or the user closed the dialog. */
export type SaveFileResult = { saved: boolean };

/** What both file transports offer the window (Electron's dialogs, or the browser's download and file input). */
export type FileTransport = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  pickFile(request: PickFileRequest): Promise<PickedFile | null>;
};

/** The print sizes of the timeline PDF printed by Electron's main process. */
export const PDF_PAPERS = ['A4', 'A3'] as const;
export type PdfPaper = (typeof PDF_PAPERS)[number];

export const PRINT_PDF_CHANNEL = 'ecourt:print-timeline-pdf';

export const printPdfRequestSchema = z.strictObject({ paper: z.enum(PDF_PAPERS) });
export type PrintPdfRequest = z.infer<typeof printPdfRequestSchema>;

/** What main sends back over the file channels: a value, or a Vietnamese message (never a thrown error). */
export const fileReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), message: z.string() }),
]);
export type FileReply = z.infer<typeof fileReplySchema>;
