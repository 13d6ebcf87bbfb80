/**
 * Writes a file the user chose so that a power cut or a pulled USB stick leaves either the old file
 * or the whole new one: a temporary name beside it, flushed, then renamed over.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { removeIfExists, renameDurably, writeFileDurably } from '../services/backup/durable-files';

/** Beside the target (same folder, so the rename stays on one drive), hidden and unique. */
export function temporaryNameFor(target: string): string {
  const suffix = crypto.randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`);
}

export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const temporary = temporaryNameFor(target);
  try {
    writeFileDurably(temporary, bytes);
    renameDurably(temporary, target);
  } catch (error) {
    removeIfExists(temporary);
    throw error;
  }
}
