/**
 * Where the data file may be written, decided before SQLite opens it: a read-only file or folder
 * opens the plan read-only (visibly, see the start-up state), a new file is created readable by its
 * owner only, and a folder where nothing can be created is refused with a message that says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';

export type FileAccess = { canWrite(target: string): boolean };

export const realFileAccess: FileAccess = {
  canWrite(target) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/** Why the live file is open read-only: the file itself, or the folder its journal must live in. */
export type ReadOnlyReason = 'file' | 'folder';

const READ_ONLY_MESSAGES: Record<ReadOnlyReason, string> = {
  file:
    'Tệp dữ liệu chỉ cho phép đọc, nên kế hoạch đang mở ở chế độ chỉ xem: mọi thay đổi đều không được lưu. ' +
    'Hãy bỏ thuộc tính “chỉ đọc” của tệp (hoặc chép tệp sang thư mục khác) rồi mở lại ứng dụng.',
  folder:
    'Thư mục chứa tệp dữ liệu chỉ cho phép đọc, nên kế hoạch đang mở ở chế độ chỉ xem: mọi thay đổi đều ' +
    'không được lưu. Hãy cấp quyền ghi cho thư mục (hoặc chép tệp dữ liệu sang thư mục khác) rồi mở lại ứng dụng.',
};

export function describeReadOnly(reason: ReadOnlyReason): string {
  return READ_ONLY_MESSAGES[reason];
}

export function readOnlyNeedsUpgrade(reason: ReadOnlyReason): string {
  const where = reason === 'file' ? 'Tệp dữ liệu' : 'Thư mục chứa tệp dữ liệu';
  return (
    `${where} chỉ cho phép đọc, nhưng tệp cần được nâng cấp lên phiên bản dữ liệu mới trước khi mở. ` +
    'Hãy cấp quyền ghi rồi mở lại ứng dụng; dữ liệu chưa bị thay đổi.'
  );
}

function nearestExisting(dir: string): string {
  let current = dir;
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** Null when the file can be written normally; throws when a missing file cannot even be created. */
export function readOnlyReason(
  file: string,
  existing: boolean,
  access: FileAccess = realFileAccess,
): ReadOnlyReason | null {
  const dir = path.dirname(file);
  if (!existing) {
    if (!access.canWrite(nearestExisting(dir))) {
      throw new UserError(
        `Không tạo được tệp dữ liệu vì thư mục “${dir}” chỉ cho phép đọc. ` +
          'Hãy cấp quyền ghi cho thư mục hoặc chọn nơi khác để lưu dữ liệu (tham số --db).',
        'conflict',
      );
    }
    return null;
  }
  if (!access.canWrite(file)) return 'file';
  // WAL mode writes its log and index beside the file: without them nothing can be saved.
  if (!access.canWrite(dir)) return 'folder';
  return null;
}

/**
 * An empty file only its owner may read or write (0600 on Linux and macOS; Windows keeps the folder's
 * ACL, the user's own profile). SQLite gives its log files the same mode as the database file.
 */
export function createOwnerOnlyFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
}
