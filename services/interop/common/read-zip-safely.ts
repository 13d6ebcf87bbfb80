/**
 * Opens a .docx/.xlsx (a zip archive) without trusting it. exceljs inflates with jszip,
 * which has no limit: so the archive is read here first with yauzl, the directory checked against
 * ZIP_LIMITS before any byte is inflated, every entry inflated with its declared size enforced
 * (yauzl stops a stream that yields more), and what the libraries get is a fresh archive built from
 * those checked bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import yauzl from 'yauzl';
import { UserError } from '../../../shared/api/user-error';
import { ZIP_LIMITS } from './import-limits';
import { formatFileSize } from '../../../shared/files/file-size';

export type SafeZip = {
  /** Every file in the archive (folders left out), by its path inside the archive. */
  entries: ReadonlyMap<string, Uint8Array>;
  /** The checked entries packed again (stored, not compressed: they are already in memory). */
  repack(): Buffer;
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Old binary Office files, and new ones protected by a password, are OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** `label` names the expected kind in the messages: "Word (.docx)", "Excel (.xlsx)". */
export async function readZipSafely(bytes: Uint8Array, fileName: string, label: string): Promise<SafeZip> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new UserError(
      `Tệp “${fileName}” được đặt mật khẩu hoặc ở định dạng cũ (.doc/.xls). ` +
        `Hãy mở tệp, bỏ mật khẩu nếu có, rồi lưu lại dạng ${label} và nhập lại.`,
    );
  }
  const notAZip = new UserError(
    `Tệp “${fileName}” không phải là tệp ${label} hợp lệ: không đọc được nội dung nén bên trong. Tệp có thể bị hỏng hoặc chỉ được đổi đuôi.`,
  );
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) throw notAZip;

  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
    });
  } catch {
    throw notAZip;
  }

  const refuse = (reason: string) =>
    new UserError(
      `Tệp “${fileName}” bị từ chối: ${reason}. Tệp có thể bị hỏng hoặc được tạo ra để gây hại; dữ liệu không bị thay đổi.`,
    );
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    throw refuse(`có ${zip.entryCount} tệp con, nhiều hơn mức cho phép (${ZIP_LIMITS.maxEntries})`);
  }

  const entries = new Map<string, Uint8Array>();
  let declaredTotal = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const size = entry.uncompressedSize;
      if (size > ZIP_LIMITS.maxEntryBytes) {
        throw refuse(`tệp con “${entry.fileName}” khi giải nén chiếm ${formatFileSize(size)}`);
      }
      declaredTotal += size;
      if (declaredTotal > ZIP_LIMITS.maxTotalBytes) {
        throw refuse(`khi giải nén chiếm hơn ${formatFileSize(ZIP_LIMITS.maxTotalBytes)}`);
      }
      if (
        size > ZIP_LIMITS.ratioGraceBytes &&
        size / Math.max(1, entry.compressedSize) > ZIP_LIMITS.maxRatio
      ) {
        throw refuse(
          `tệp con “${entry.fileName}” nén với tỉ lệ bất thường (${formatFileSize(entry.compressedSize)} thành ${formatFileSize(size)})`,
        );
      }
      if (entry.generalPurposeBitFlag & 0x1) {
        throw refuse('nội dung bên trong được mã hóa');
      }
      const chunks: Buffer[] = [];
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      entries.set(entry.fileName, Buffer.concat(chunks));
    }
  } catch (error) {
    zip.close();
    if (error instanceof UserError) throw error;
    // Sizes that lie (yauzl: "too many bytes in the stream"), bad names, broken deflate data.
    throw refuse('cấu trúc nén không khớp với khai báo bên trong');
  }

  return {
    entries,
    repack: () => {
      const files: Zippable = {};
      for (const [name, data] of entries) files[name] = [data, { level: 0 }];
      return Buffer.from(zipSync(files));
    },
  };
}
