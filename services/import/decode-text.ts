/**
 * Bytes of an imported file → text. Refuses, in Vietnamese, what is not a readable text
 * document, rather than importing mojibake. UTF-8 and UTF-16 with a BOM are read; Windows-1258
 * is converted; TCVN3 is named and refused (see legacy-encodings.ts for why).
 */
import { formatFileSize } from '../../shared/files/file-size';
import { UserError } from '../../shared/api/user-error';
import { decodeLegacy, detectLegacyEncoding } from './legacy-encodings';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** How much of the start of the file is looked at to tell text from binary data. */
const SNIFF_BYTES = 4096;
/** Control bytes (other than tab, line ends, form feed) above this share of the start: not text. */
const MAX_CONTROL_SHARE = 0.05;

const SAVE_AS_UTF8 = 'Hãy mở tệp và lưu lại với mã hóa UTF-8 rồi nhập lại.';

export const TCVN3_MESSAGE =
  'Tệp dùng bảng mã TCVN3 (ABC, phông .VnTime), không tự chuyển được vì chữ hoa viết bằng phông .VnTimeH ' +
  'không phân biệt được với chữ thường: hãy chuyển sang Unicode (ví dụ bằng Unikey, chức năng chuyển mã) rồi nhập lại.';

/** For a file of `size` bytes over the text cap; exported so a file can be refused from its size alone. */
export function tooLargeError(size: number): UserError {
  return new UserError(
    `Tệp quá lớn (${formatFileSize(size)}): một kế hoạch dạng văn bản không vượt quá ${formatFileSize(MAX_IMPORT_BYTES)}.`,
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      `Tệp ghi dấu mã hóa UTF-16 nhưng nội dung không đúng UTF-16: tệp có thể bị hỏng. ${SAVE_AS_UTF8}`,
    );
  }
}

/** UTF-16 without a BOM: one byte of each pair is nearly always 0 (ASCII letters, spaces), the other rarely. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  const [many, few] = oddZeros > evenZeros ? [oddZeros, evenZeros] : [evenZeros, oddZeros];
  return many >= pairs * 0.3 && few <= pairs * 0.02;
}

function isBinary(bytes: Uint8Array): boolean {
  const start = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of start) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  return controls > start.length * MAX_CONTROL_SHARE;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function refuseNul(line: number): never {
  throw new UserError(
    `Tệp có ký tự rỗng (NUL, byte 0) ở dòng ${line}: văn bản kế hoạch không có ký tự này, tệp có thể bị hỏng. Hãy kiểm tra tệp rồi nhập lại.`,
  );
}

/** A BOM-marked UTF-16 file can still carry NUL characters: found in the text, not in the bytes. */
function checkText(text: string): string {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) refuseNul(text.slice(0, nul).split('\n').length);
  return text;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UserError('Tệp rỗng: không có nội dung để nhập.');
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLargeError(bytes.length);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(decodeUtf16(bytes.subarray(2), 'utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(decodeUtf16(bytes.subarray(2), 'utf-16be'));
  if (looksLikeUtf16WithoutBom(bytes)) {
    // Which byte comes first is a guess without the BOM; a wrong guess would import nonsense.
    throw new UserError(
      `Tệp có vẻ được mã hóa UTF-16 nhưng thiếu dấu BOM ở đầu tệp nên không đọc chắc chắn được. ${SAVE_AS_UTF8}`,
    );
  }
  if (isBinary(bytes)) {
    throw new UserError('Tệp không phải văn bản (có dữ liệu nhị phân): hãy chọn tệp kế hoạch dạng .txt.');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) refuseNul(lineOfOffset(bytes, nul));
  try {
    // fatal: a wrong encoding must be refused, not silently turned into “�”.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const legacy = detectLegacyEncoding(bytes);
    if (legacy === 'windows-1258') return decodeLegacy(bytes, legacy);
    if (legacy === 'tcvn3') throw new UserError(TCVN3_MESSAGE);
    throw new UserError(
      `Tệp không được mã hóa UTF-8 và không đọc được như văn bản tiếng Việt theo bảng mã cũ (Windows-1258, TCVN3). ${SAVE_AS_UTF8}`,
    );
  }
}
