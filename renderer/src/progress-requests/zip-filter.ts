import type { FileFilter } from '../../../shared/files/file-transfer';

/** The package of letters and forms: one .zip, the easiest to attach to one e-mail or copy to a USB stick. */
export const ZIP_FILTER: FileFilter = { name: 'Tệp nén ZIP', extensions: ['zip'] };
