/**
 * The file channels: save dialog + write, open dialog + read, and the timeline printed to PDF.
 * Main shows the dialogs and touches the disk itself; the page sends bytes and a suggested name,
 * and learns only a file name back. Only the app's own top-level page is served.
 */
import fs from 'node:fs';
import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  type FileReply,
  PICK_FILE_CHANNEL,
  PRINT_PDF_CHANNEL,
  SAVE_FILE_CHANNEL,
} from '../shared/files/file-transfer';
import {
  PDF_FILTERS,
  checkPickedSize,
  describeFileError,
  openDialogOptions,
  parsePickFileRequest,
  parsePrintPdfRequest,
  parseSaveFileRequest,
  pickedFileName,
  replyError,
  replyValue,
  saveDialogOptions,
  timelinePdfFileName,
  timelinePdfOptions,
} from './file-requests';
import { UNTRUSTED_SENDER_MESSAGE, isTrustedSender, senderFrameOf } from './ipc';
import { writeFileAtomically } from './write-file-atomically';

export type FileDialogs = {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
};

export type FileIpcOptions = {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  isAppPage: (url: string) => boolean;
  dialogs: FileDialogs;
  /** The sender's page as a PDF (webContents.printToPDF). */
  printToPdf: (
    event: IpcMainInvokeEvent,
    options: ReturnType<typeof timelinePdfOptions>,
  ) => Promise<Uint8Array>;
  now?: () => Date;
};

/** Asks where to save, then writes; false when the user closes the dialog. */
export async function saveThroughDialog(
  dialogs: FileDialogs,
  options: SaveDialogOptions,
  bytes: () => Promise<Uint8Array> | Uint8Array,
): Promise<{ saved: boolean }> {
  const choice = await dialogs.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  writeFileAtomically(choice.filePath, await bytes());
  return { saved: true };
}

export function registerFileHandlers(options: FileIpcOptions): () => void {
  const { ipcMain, dialogs, isAppPage } = options;
  const now = options.now ?? (() => new Date());

  const guarded =
    (work: (event: IpcMainInvokeEvent, input: unknown) => Promise<FileReply>) =>
    async (event: IpcMainInvokeEvent, input: unknown): Promise<FileReply> => {
      const frame = senderFrameOf(event);
      if (!isTrustedSender(frame, isAppPage)) {
        console.warn(`[files] refused a call from ${frame?.url ?? 'a destroyed frame'}`);
        throw new Error(UNTRUSTED_SENDER_MESSAGE);
      }
      try {
        return await work(event, input);
      } catch (error) {
        console.error('[files] failed:', error);
        return replyError(describeFileError(error));
      }
    };

  ipcMain.handle(
    SAVE_FILE_CHANNEL,
    guarded(async (_event, input) => {
      const request = parseSaveFileRequest(input);
      if (!request.ok) return replyError(request.message);
      const { base64 } = request.value;
      return replyValue(
        await saveThroughDialog(dialogs, saveDialogOptions(request.value), () =>
          Buffer.from(base64, 'base64'),
        ),
      );
    }),
  );

  ipcMain.handle(
    PICK_FILE_CHANNEL,
    guarded(async (_event, input) => {
      const request = parsePickFileRequest(input);
      if (!request.ok) return replyError(request.message);
      const choice = await dialogs.showOpenDialog(openDialogOptions(request.value));
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return replyValue(null);
      const tooLarge = checkPickedSize(fs.statSync(file).size);
      if (tooLarge !== null) return replyError(tooLarge);
      return replyValue({ fileName: pickedFileName(file), base64: fs.readFileSync(file).toString('base64') });
    }),
  );

  ipcMain.handle(
    PRINT_PDF_CHANNEL,
    guarded(async (event, input) => {
      const request = parsePrintPdfRequest(input);
      if (!request.ok) return replyError(request.message);
      const { paper } = request.value;
      // Printed before the dialog opens, so the page is captured as the user saw it.
      const pdf = await options.printToPdf(event, timelinePdfOptions(paper));
      return replyValue(
        await saveThroughDialog(
          dialogs,
          saveDialogOptions({ fileName: timelinePdfFileName(now(), paper), filters: PDF_FILTERS }),
          () => pdf,
        ),
      );
    }),
  );

  return () => {
    for (const channel of [SAVE_FILE_CHANNEL, PICK_FILE_CHANNEL, PRINT_PDF_CHANNEL])
      ipcMain.removeHandler(channel);
  };
}
