/**
 * How large one API request may be, declared once for every transport. Every call's fields are at
 * most 1 MB of JSON; the methods that carry a file name the field that holds it, and over HTTP that
 * file travels as the raw bytes of the body (never base64 inside JSON), up to the file's own limit.
 */
import { MAX_PLAN_FILE_BYTES } from './backup-contract';
import type { ApiMethod } from './contract';
import { MAX_IMPORT_FILE_BYTES } from './interop-contract';
import { MAX_RETURNED_FORMS_TOTAL_BYTES } from '../progress-requests/request-schemas';

/** Any JSON body: every field of every call but a file's content. */
export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

/** The other fields of a call that carries a file (its name, options), sent beside the bytes. */
export const MAX_FILE_CALL_FIELDS_BYTES = 16 * 1024;

/** Deeper JSON than this is refused before it is parsed: no call's input nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

/** The field of a call's input that holds a file's content (base64 in the contract) and its limit in bytes. */
export type FileField = { field: string; maxBytes: number };

const FILE_FIELDS: Partial<Record<ApiMethod, FileField>> = {
  openPlanFile: { field: 'base64', maxBytes: MAX_PLAN_FILE_BYTES },
  importPlan: { field: 'base64', maxBytes: MAX_IMPORT_FILE_BYTES },
  // The preview reads the same file the import then saves.
  previewImport: { field: 'base64', maxBytes: MAX_IMPORT_FILE_BYTES },
};

/**
 * Methods whose input is a list of files (a round of returned progress forms). They still travel as
 * JSON, base64 inside, so their JSON may be as large as the list's limit; size and depth are checked
 * before parsing, as for every call.
 */
const FILE_LIST_JSON_BYTES: Partial<Record<ApiMethod, number>> = {
  previewReturnedForms: Math.ceil(MAX_RETURNED_FORMS_TOTAL_BYTES / 3) * 4 + DEFAULT_MAX_REQUEST_BYTES,
  // The accepted rows travel beside the files.
  acceptReturnedForms: Math.ceil(MAX_RETURNED_FORMS_TOTAL_BYTES / 3) * 4 + 8 * DEFAULT_MAX_REQUEST_BYTES,
};

/** The largest JSON body accepted for `method`. */
export function maxJsonBytes(method: string): number {
  return Object.hasOwn(FILE_LIST_JSON_BYTES, method)
    ? (FILE_LIST_JSON_BYTES[method as ApiMethod] ?? DEFAULT_MAX_REQUEST_BYTES)
    : DEFAULT_MAX_REQUEST_BYTES;
}

/** The file a method carries, or null for the calls that carry none (and for unknown names). */
export function fileFieldOf(method: string): FileField | null {
  return Object.hasOwn(FILE_FIELDS, method) ? (FILE_FIELDS[method as ApiMethod] ?? null) : null;
}

/** The largest request body accepted for `method`: its file's limit, or its JSON limit. */
export function maxRequestBytes(method: string): number {
  return fileFieldOf(method)?.maxBytes ?? maxJsonBytes(method);
}

/**
 * How deep `text` (JSON) nests, counted without parsing and stopping as soon as it passes `limit`:
 * linear in the length, constant in memory. Brackets inside strings do not count.
 */
export function jsonDepthExceeds(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
