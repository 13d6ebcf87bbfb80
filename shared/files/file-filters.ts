/** The file types offered in save and open dialogs, named in Vietnamese; one list for every window and menu. */
import type { FileFilter } from './file-transfer';

export const FILE_FILTERS = {
  word: { name: 'Tài liệu Word', extensions: ['docx'] },
  picture: { name: 'Hình ảnh PNG', extensions: ['png'] },
  excel: { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  msProject: { name: 'Tệp MS Project (XML)', extensions: ['xml'] },
  calendar: { name: 'Lịch (iCalendar)', extensions: ['ics'] },
  pdf: { name: 'Tài liệu PDF', extensions: ['pdf'] },
  planFile: { name: 'Tệp kế hoạch', extensions: ['sqlite'] },
  importable: {
    name: 'Kế hoạch (Word, PDF, Excel, MS Project, văn bản)',
    extensions: ['docx', 'pdf', 'xlsx', 'xml', 'txt'],
  },
} satisfies Record<string, FileFilter>;

/** The filter that matches a file name's extension, for saving a generated file under its own type. */
export function filtersForFileName(fileName: string): FileFilter[] {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === undefined) return [];
  const match = Object.values(FILE_FILTERS).find(
    (filter) => filter.extensions.length === 1 && filter.extensions[0] === extension,
  );
  return match ? [match] : [];
}
