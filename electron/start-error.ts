/** Turns an error at start-up into what the error box tells the user, in Vietnamese. */
import { UserError } from '../shared/api/user-error';

export const START_ERROR_TITLE = 'Không khởi động được ứng dụng';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeStartError(error: unknown, databasePath: string | undefined): string {
  // Already written for the user (e.g. a data file from a newer version).
  if (error instanceof UserError) return error.message;
  const message = messageOf(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (
    /NODE_MODULE_VERSION|compiled against a different Node\.js version|better_sqlite3\.node/.test(message)
  ) {
    return (
      'Thư viện SQLite chưa được chuẩn bị cho Electron. Hãy mở ứng dụng bằng lệnh “npm start” ' +
      '(lệnh này tự chuẩn bị thư viện) hoặc dùng bản cài đặt.\n\nChi tiết: ' +
      message
    );
  }
  if (/^(EACCES|EPERM|EROFS|SQLITE_CANTOPEN|SQLITE_READONLY|SQLITE_PERM)/.test(code)) {
    return (
      `Không mở được tệp dữ liệu${databasePath ? ` “${databasePath}”` : ''}. ` +
      'Hãy kiểm tra quyền ghi vào thư mục này, hoặc chọn tệp khác bằng tham số --db.\n\nChi tiết: ' +
      message
    );
  }
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) {
    return (
      `Tệp dữ liệu${databasePath ? ` “${databasePath}”` : ''} bị hỏng hoặc không phải tệp của ứng dụng. ` +
      'Hãy khôi phục từ bản sao lưu.\n\nChi tiết: ' +
      message
    );
  }
  return `Đã xảy ra lỗi khi khởi động ứng dụng.\n\nChi tiết: ${message}`;
}
