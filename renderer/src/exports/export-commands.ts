/** The one-click exports of the "Xuất" menu: which API call builds the file and which type it is saved as. */
import type { ApiClient } from '../../../shared/api/api-client';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import type { FileFilter } from '../../../shared/files/file-transfer';
import type { IsoDate } from '../../../shared/dates/iso-date';

export type ExportCommand = {
  id: string;
  label: string;
  filter: FileFilter;
  build: (
    client: ApiClient,
    target: { planId: number; asOf: IsoDate },
  ) => Promise<{ fileName: string; base64: string }>;
};

export const EXPORT_COMMANDS: readonly ExportCommand[] = [
  {
    id: 'picture',
    label: 'Hình tiến độ (PNG)',
    filter: FILE_FILTERS.picture,
    build: (client, target) => client.exportTimelinePicture(target),
  },
  {
    id: 'pdf-a4',
    label: 'PDF tiến độ, khổ A4 ngang',
    filter: FILE_FILTERS.pdf,
    build: (client, target) => client.exportTimelinePdf({ ...target, paper: 'A4' }),
  },
  {
    id: 'pdf-a3',
    label: 'PDF tiến độ, khổ A3 ngang',
    filter: FILE_FILTERS.pdf,
    build: (client, target) => client.exportTimelinePdf({ ...target, paper: 'A3' }),
  },
  {
    id: 'excel',
    label: 'Bảng tính Excel (.xlsx)',
    filter: FILE_FILTERS.excel,
    build: (client, target) => client.exportExcel(target),
  },
  {
    id: 'ms-project',
    label: 'MS Project (.xml)',
    filter: FILE_FILTERS.msProject,
    build: (client, target) => client.exportMsProject(target),
  },
];
