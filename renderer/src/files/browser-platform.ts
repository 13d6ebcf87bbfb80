/**
 * Files in a plain browser (the local bridge): a download of a Blob to save, a file input to pick.
 * The browser asks where to save (or uses its downloads folder); the page never sees a path.
 */
import type { PickFileRequest, PickedFile, SaveFileRequest } from '../../../shared/files/file-transfer';
import { base64ToBytes, bytesToBase64 } from './base64';
import { acceptAttribute, mimeTypeOf } from './mime-types';
import type { WindowPlatform } from './window-platform';

function saveFile({ fileName, base64 }: SaveFileRequest): Promise<{ saved: boolean }> {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mimeTypeOf(fileName) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the download; at once could cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ saved: true });
}

function pickFile({ filters }: PickFileRequest): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    input.dataset['testid'] = 'file-picker-input';
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) {
        resolve(null);
        return;
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ fileName: file.name, base64: bytesToBase64(new Uint8Array(buffer)) }),
        () => reject(new Error('Không đọc được tệp đã chọn.')),
      );
    });
    document.body.append(input);
    input.click();
  });
}

export const browserPlatform: WindowPlatform = {
  saveFile,
  pickFile,
  printPage: () => {
    window.print();
    return Promise.resolve({ saved: false });
  },
};
