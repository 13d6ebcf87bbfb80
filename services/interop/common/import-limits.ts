/** How much an imported file may hold. A plan is small: anything far beyond is refused, not read. */

/** Largest file accepted by any import (the bytes as received): the API contract's cap. */
export { MAX_IMPORT_FILE_BYTES } from '../../../shared/api/interop-contract';

/** Zip archives (.docx, .xlsx): limits checked on the directory before anything is inflated. */
export const ZIP_LIMITS = {
  maxEntries: 2_000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 150 * 1024 * 1024,
  /** Inflated/compressed size above which an entry is a bomb (Apache POI uses the same 1:100). */
  maxRatio: 100,
  /** Small entries compress far better than that (a run of spaces): the ratio only counts above this size. */
  ratioGraceBytes: 1024 * 1024,
} as const;

/** Rows or tasks read from one file. */
export const MAX_IMPORT_ITEMS = 20_000;

/** "40,0 MB", or "41 KB" below a tenth of a megabyte so that a small size never reads as "0,0 MB". */
export function formatMegabytes(bytes: number): string {
  if (bytes < 0.1 * 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
