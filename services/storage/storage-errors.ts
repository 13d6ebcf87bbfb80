/**
 * What the user is told when the disk or another process stops a write: SQLite's and the file
 * system's error codes turned into Vietnamese messages, instead of "Lỗi không mong đợi".
 */
import { UserError } from '../../shared/api/user-error';
import { type ReadOnlyReason, describeReadOnly } from './file-access';

export const BUSY_MESSAGE = 'Dữ liệu đang được một cửa sổ khác ghi; thử lại sau.';

export const DISK_FULL_MESSAGE =
  'Ổ đĩa đã đầy nên không ghi được dữ liệu; thay đổi vừa rồi chưa được lưu. ' +
  'Hãy giải phóng dung lượng ổ đĩa rồi thử lại.';

const WRITE_DENIED_MESSAGE =
  'Không ghi được tệp vì tệp hoặc thư mục chỉ cho phép đọc; thay đổi vừa rồi chưa được lưu.';

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** The user's message for a storage failure, or null when it is not one (then it stays unexpected). */
export function translateStorageError(error: unknown, readOnly: ReadOnlyReason | null): UserError | null {
  if (error instanceof UserError) return null;
  const code = codeOf(error);
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return new UserError(BUSY_MESSAGE, 'conflict');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new UserError(DISK_FULL_MESSAGE, 'conflict');
  if (code.startsWith('SQLITE_READONLY'))
    return new UserError(readOnly === null ? WRITE_DENIED_MESSAGE : describeReadOnly(readOnly), 'conflict');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new UserError(WRITE_DENIED_MESSAGE, 'conflict');
  return null;
}
