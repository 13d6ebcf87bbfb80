import { describe, expect, it } from 'vitest';
import { MAX_TRANSFER_BYTES } from '../shared/files/file-transfer';
import {
  FILE_TOO_LARGE_MESSAGE,
  checkPickedSize,
  describeFileError,
  parsePickFileRequest,
  parsePrintPdfRequest,
  parseSaveFileRequest,
  pickedFileName,
  saveDialogOptions,
  timelinePdfFileName,
  timelinePdfOptions,
} from './file-requests';

const word = { name: 'Tài liệu Word', extensions: ['docx'] };

describe('file payloads from the page', () => {
  it('accepts a name, base64 bytes and filters', () => {
    const parsed = parseSaveFileRequest({
      fileName: 'bao-cao-tinh-hinh-2021-07-20.docx',
      base64: 'UEsDBA==',
      filters: [word],
    });
    expect(parsed).toEqual({
      ok: true,
      value: { fileName: 'bao-cao-tinh-hinh-2021-07-20.docx', base64: 'UEsDBA==', filters: [word] },
    });
  });

  it.each([
    ['a path in the name', { fileName: '../../Windows/win.ini', base64: 'AA==', filters: [] }],
    ['a drive in the name', { fileName: 'C:evil.docx', base64: 'AA==', filters: [] }],
    ['bytes that are not base64', { fileName: 'a.docx', base64: 'không phải', filters: [] }],
    ['an extra field', { fileName: 'a.docx', base64: 'AA==', filters: [], path: '/etc/passwd' }],
    [
      'a filter with a dotted extension',
      { fileName: 'a.docx', base64: 'AA==', filters: [{ name: 'x', extensions: ['.exe'] }] },
    ],
    ['nothing', undefined],
  ])('refuses %s with a Vietnamese message', (_name, input) => {
    const parsed = parseSaveFileRequest(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^Dữ liệu không hợp lệ/);
  });

  it('needs at least one filter to pick a file, and a known paper to print', () => {
    expect(parsePickFileRequest({ filters: [] }).ok).toBe(false);
    expect(parsePickFileRequest({ filters: [word] }).ok).toBe(true);
    expect(parsePrintPdfRequest({ paper: 'A3' })).toEqual({ ok: true, value: { paper: 'A3' } });
    expect(parsePrintPdfRequest({ paper: 'Letter' }).ok).toBe(false);
  });
});

describe('dialogs and files', () => {
  it('offers the suggested name, its type first, and asks before overwriting', () => {
    const options = saveDialogOptions({ fileName: 'bao-cao.docx', filters: [word] });
    expect(options.defaultPath).toBe('bao-cao.docx');
    expect(options.filters?.[0]).toEqual(word);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('refuses a picked file over 200 MB or empty, and tells the page only its name', () => {
    expect(checkPickedSize(MAX_TRANSFER_BYTES + 1)).toBe(FILE_TOO_LARGE_MESSAGE);
    expect(checkPickedSize(0)).toMatch(/không có nội dung/);
    expect(checkPickedSize(1024)).toBeNull();
    expect(pickedFileName('/home/an/Tài liệu/Kế hoạch 76.docx')).toBe('Kế hoạch 76.docx');
  });

  it('prints the timeline landscape on the chosen paper, named by date', () => {
    expect(timelinePdfOptions('A3')).toMatchObject({
      landscape: true,
      pageSize: 'A3',
      printBackground: true,
    });
    expect(timelinePdfFileName(new Date(2021, 6, 20, 9), 'A4')).toBe('tien-do-2021-07-20-A4.pdf');
  });

  it('explains disk errors in Vietnamese', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeFileError(error('ENOSPC'))).toBe('Ổ đĩa đã đầy, không lưu được tệp.');
    expect(describeFileError(error('EACCES'))).toMatch(/Không có quyền/);
    expect(describeFileError(new Error('?'))).toBe('Không lưu hoặc đọc được tệp.');
  });
});
