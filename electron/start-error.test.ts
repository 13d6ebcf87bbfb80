import { describe, expect, it } from 'vitest';
import { UserError } from '../shared/api/user-error';
import { describeStartError, START_ERROR_TITLE } from './start-error';

function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeStartError', () => {
  it('shows a message written for the user as it is', () => {
    const error = new UserError('Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng.', 'conflict');
    expect(describeStartError(error, '/d/a.sqlite')).toBe(
      'Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng.',
    );
  });

  it('explains a native module built for Node instead of Electron, and how to fix it', () => {
    const error = new Error(
      "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a " +
        'different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 143.',
    );
    const text = describeStartError(error, '/d/a.sqlite');
    expect(text).toContain('Thư viện SQLite chưa được chuẩn bị cho Electron');
    expect(text).toContain('npm start');
  });

  it('names the data file when it cannot be opened', () => {
    const text = describeStartError(
      sqliteError('SQLITE_CANTOPEN', 'unable to open database file'),
      'C:\\Dữ liệu\\a.sqlite',
    );
    expect(text).toContain('Không mở được tệp dữ liệu “C:\\Dữ liệu\\a.sqlite”');
    expect(text).toContain('--db');
  });

  it('says when the data file is damaged', () => {
    expect(
      describeStartError(sqliteError('SQLITE_NOTADB', 'file is not a database'), '/d/a.sqlite'),
    ).toContain('bị hỏng');
  });

  it('falls back to a Vietnamese sentence with the detail', () => {
    expect(describeStartError(new Error('boom'), undefined)).toBe(
      'Đã xảy ra lỗi khi khởi động ứng dụng.\n\nChi tiết: boom',
    );
    expect(describeStartError('lạ', undefined)).toContain('Chi tiết: lạ');
    expect(START_ERROR_TITLE).toBe('Không khởi động được ứng dụng');
  });
});
