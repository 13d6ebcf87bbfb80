/**
 * Bytes of an imported file → text. Refuses, in Vietnamese, what is not a readable text
 * document, rather than importing mojibake.
 */
import { UserError } from '../../shared/api/user-error';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UserError('Tệp rỗng: không có nội dung để nhập.');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new UserError(
      `Tệp quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB): một kế hoạch dạng văn bản không vượt quá ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new UserError('Tệp không phải văn bản (có dữ liệu nhị phân): hãy chọn tệp kế hoạch dạng .txt.');
  }
  try {
    // fatal: a wrong encoding must be refused, not silently turned into “�”.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(
      'Tệp không được mã hóa UTF-8 (có thể là Windows-1258 hoặc TCVN3). Hãy mở tệp và lưu lại với mã hóa UTF-8 rồi nhập lại.',
    );
  }
}
