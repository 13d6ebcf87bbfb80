/** Files chosen in a file input or dropped on the window → name and base64, as the contract carries them. */
import type { PickedFile } from '../../../shared/files/file-transfer';
import { bytesToBase64 } from '../files/base64';

export const RETURNED_FORM_EXTENSIONS = ['xlsx', 'docx'] as const;

export async function readPickedFiles(list: FileList | readonly File[]): Promise<PickedFile[]> {
  return Promise.all(
    [...list].map(async (file) => ({
      fileName: file.name,
      base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    })),
  );
}

/** Whether a drag carries files (not text or a link): only then is the window a drop target. */
export function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
