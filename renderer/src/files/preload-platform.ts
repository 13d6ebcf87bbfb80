/**
 * Files through Electron's preload: main shows the dialogs and touches the disk. Its replies are
 * checked here (the page trusts no shape), and a refusal becomes an Error with main's message.
 */
import { z } from 'zod';
import type { PreloadApi } from '../../../shared/api/preload-api';
import { fileReplySchema } from '../../../shared/files/file-transfer';
import type { WindowPlatform } from './window-platform';

const savedSchema = z.object({ saved: z.boolean() });
const pickedSchema = z.object({ fileName: z.string().min(1), base64: z.string() }).nullable();

export async function unpackReply<T>(reply: Promise<unknown>, schema: z.ZodType<T>): Promise<T> {
  const envelope = fileReplySchema.safeParse(await reply);
  if (!envelope.success) throw new Error('Phản hồi từ ứng dụng không đúng định dạng.');
  if (!envelope.data.ok) throw new Error(envelope.data.message);
  const value = schema.safeParse(envelope.data.value);
  if (!value.success) throw new Error('Phản hồi từ ứng dụng không đúng định dạng.');
  return value.data;
}

export function preloadPlatform(preload: PreloadApi): WindowPlatform {
  return {
    saveFile: (request) => unpackReply(preload.saveFile(request), savedSchema),
    pickFile: (request) => unpackReply(preload.pickFile(request), pickedSchema),
    printPage: (paper) => unpackReply(preload.printTimelinePdf({ paper }), savedSchema),
  };
}
