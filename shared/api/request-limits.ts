/**
 * How large one API request may be, per method, declared once for every transport. Most inputs are
 * a few fields; the methods that carry a whole file as base64 get room for that file and no more.
 */
import { MAX_PLAN_FILE_BYTES } from './backup-contract';
import type { ApiMethod } from './contract';
import { MAX_IMPORT_FILE_BYTES } from './interop-contract';

/** Any request that carries no file. */
export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

/** Base64 of `bytes`, plus the request's other fields and JSON punctuation. */
const fileRequestBytes = (bytes: number): number => Math.ceil(bytes / 3) * 4 + 64 * 1024;

const FILE_REQUEST_LIMITS: Partial<Record<ApiMethod, number>> = {
  openPlanFile: fileRequestBytes(MAX_PLAN_FILE_BYTES),
  // Room for the preview's corrections beside the file.
  importPlan: fileRequestBytes(MAX_IMPORT_FILE_BYTES) + 4 * 1024 * 1024,
  previewImport: fileRequestBytes(MAX_IMPORT_FILE_BYTES),
};

/** The largest request body accepted for `method` (unknown names get the default, then are refused). */
export function maxRequestBytes(method: string): number {
  return Object.hasOwn(FILE_REQUEST_LIMITS, method)
    ? (FILE_REQUEST_LIMITS[method as ApiMethod] ?? DEFAULT_MAX_REQUEST_BYTES)
    : DEFAULT_MAX_REQUEST_BYTES;
}
