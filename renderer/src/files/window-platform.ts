/** What the window can do with files and printing, whichever transport carries it (chosen once at start). */
import type { FileTransport, PdfPaper, SaveFileResult } from '../../../shared/files/file-transfer';

export type WindowPlatform = FileTransport & {
  /** The window itself on paper: Electron prints it to a PDF; a browser opens its print dialog. */
  printPage(paper: PdfPaper): Promise<SaveFileResult>;
};
