/**
 * File operations that survive a power cut: data flushed before a rename, the folder entry flushed
 * after it, and Windows' brief locks (an antivirus scanning a new file) waited out.
 */
import fs from 'node:fs';
import path from 'node:path';

const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RETRY_DELAYS_MS = [20, 50, 100, 200, 400, 800];

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** Runs `operation`, retrying a few times over about a second and a half when Windows holds the file. */
function withRetry<T>(operation: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return operation();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !RETRY_CODES.has(errorCode(error) ?? '')) throw error;
      sleepSync(delay);
    }
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename or a new file in `dir` durable; Windows cannot open a folder for this and needs no help. */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported on this platform: NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A new file (never an existing one), readable by its owner only: plan data is not for other users. */
export function writeFileDurably(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Renames `from` to `to` (replacing it if present) and flushes the folder entry. */
export function renameDurably(from: string, to: string): void {
  withRetry(() => fs.renameSync(from, to));
  fsyncDirectory(path.dirname(to));
}

export function removeIfExists(file: string): void {
  withRetry(() => fs.rmSync(file, { force: true }));
}

export function fileSize(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/** SQLite's companion files: write-ahead log, its index, and a rollback journal. */
export const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function removeWithCompanions(file: string): void {
  for (const suffix of ['', ...COMPANION_SUFFIXES]) removeIfExists(`${file}${suffix}`);
}
