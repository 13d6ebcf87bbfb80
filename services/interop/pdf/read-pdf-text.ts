/**
 * The text layer of a PDF (a signed plan is often sent as one), line by line, with PDF.js (Mozilla's
 * maintained reader, its Node build). A PDF with no text (a scan) is refused: reading the picture of
 * a page would need character recognition, which the app does not guess at.
 */
import { UserError } from '../../../shared/api/user-error';

/** A plan is a few dozen pages; more is not a plan, and reading it would only cost time. */
export const MAX_PDF_PAGES = 300;
/** Fewer letters than this per page on average: the pages are pictures (a scan), not text. */
const MIN_LETTERS_PER_PAGE = 20;

type TextPiece = { str: string; hasEOL: boolean; transform: number[]; height: number };

/**
 * A page's pieces in reading order → its lines. A gap between lines taller than one and a half lines
 * is a paragraph break, written as an empty line, as the plan parser expects between paragraphs.
 */
function pageText(pieces: TextPiece[]): string {
  const parts: string[] = [];
  let lineY: number | null = null;
  let lineHeight = 0;
  for (const piece of pieces) {
    const y = piece.transform[5] ?? 0;
    if (piece.str !== '' && lineY !== null && parts.at(-1) === '\n' && lineY - y > 1.5 * lineHeight) {
      parts.push('\n');
    }
    if (piece.str !== '') {
      if (lineY === null || parts.at(-1) === '\n') lineY = y;
      lineHeight = Math.max(piece.height, 1);
    }
    parts.push(piece.str);
    if (piece.hasEOL) parts.push('\n');
  }
  return parts.join('');
}

export async function readPdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      // PDF.js takes the buffer over: give it a copy so the caller's bytes stay whole.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const locked = error instanceof Error && error.name === 'PasswordException';
    throw new UserError(
      locked
        ? `Tệp PDF “${fileName}” có mật khẩu: hãy mở bằng trình đọc PDF, lưu bản không mật khẩu rồi nhập lại.`
        : `Không đọc được tệp PDF “${fileName}”: tệp hỏng hoặc không phải PDF.`,
    );
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new UserError(
        `Tệp PDF “${fileName}” có ${document.numPages} trang: một kế hoạch không vượt quá ${MAX_PDF_PAGES} trang.`,
      );
    }
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.flatMap((item) => ('str' in item ? [item] : []))));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS_PER_PAGE * document.numPages) {
      throw new UserError(
        `Tệp PDF “${fileName}” không có lớp chữ (có lẽ là bản quét): ứng dụng không đọc chữ trong ảnh. ` +
          'Hãy nhập bản Word (.docx) hoặc bản PDF xuất từ Word của văn bản này.',
      );
    }
    return text;
  } finally {
    await document.destroy();
  }
}
