/**
 * A call's input from an HTTP request, checked by size and shape before anything is parsed: a JSON
 * body of at most 1 MB (a list of returned forms: its own limit) and 32 levels; or, for a method that carries a file, the file's raw bytes as
 * the body (up to its own limit) with the other fields as a small JSON header. A body over its limit
 * is not read on (413); the caller closes the connection once the answer is sent.
 */
import type http from 'node:http';
import { CALL_FIELDS_HEADER } from '../../shared/api/bridge-headers';
import {
  MAX_FILE_CALL_FIELDS_BYTES,
  fileFieldOf,
  maxJsonBytes,
  jsonDepthExceeds,
} from '../../shared/api/request-limits';

export type ReadCall = { ok: true; input: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

const TOO_LARGE = 'Dữ liệu gửi lên quá lớn.';
const NOT_JSON = 'Dữ liệu gửi lên không phải JSON hợp lệ.';
const TOO_DEEP = 'Dữ liệu gửi lên lồng nhau quá sâu.';

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the caller answers 413 and then closes the connection.
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON text within the depth limit, parsed; a refusal otherwise. */
function parseJson(text: string): ReadCall {
  if (jsonDepthExceeds(text)) return { ok: false, status: 400, message: TOO_DEEP };
  try {
    return { ok: true, input: text.length === 0 ? {} : (JSON.parse(text) as unknown) };
  } catch {
    return { ok: false, status: 400, message: NOT_JSON };
  }
}

function declaredLength(req: http.IncomingMessage): number {
  return Number(req.headers['content-length'] ?? 0);
}

export async function readCall(req: http.IncomingMessage, method: string): Promise<ReadCall> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const file = fileFieldOf(method);
  if (type === 'application/octet-stream' && file !== null) {
    // A declared length over the limit is refused before a byte is read.
    if (declaredLength(req) > file.maxBytes) {
      return { ok: false, status: 413, message: TOO_LARGE };
    }
    const header = req.headers[CALL_FIELDS_HEADER];
    const encoded = typeof header === 'string' ? header : '';
    if (encoded.length > MAX_FILE_CALL_FIELDS_BYTES) return { ok: false, status: 413, message: TOO_LARGE };
    let fieldsText: string;
    try {
      fieldsText = decodeURIComponent(encoded);
    } catch {
      return { ok: false, status: 400, message: NOT_JSON };
    }
    const fields = parseJson(fieldsText);
    if (!fields.ok) return fields;
    if (typeof fields.input !== 'object' || fields.input === null || Array.isArray(fields.input))
      return { ok: false, status: 400, message: NOT_JSON };
    const body = await readBody(req, file.maxBytes);
    if (body === null) return { ok: false, status: 413, message: TOO_LARGE };
    // The contract's file field is base64 on every transport; the bytes crossed HTTP unencoded.
    return { ok: true, input: { ...fields.input, [file.field]: body.toString('base64') } };
  }
  if (type !== 'application/json') {
    return {
      ok: false,
      status: 415,
      message: file === null ? 'Yêu cầu phải gửi dữ liệu JSON.' : 'Tệp phải được gửi dưới dạng nhị phân.',
    };
  }
  const jsonLimit = maxJsonBytes(method);
  if (declaredLength(req) > jsonLimit) {
    return { ok: false, status: 413, message: TOO_LARGE };
  }
  const body = await readBody(req, jsonLimit);
  if (body === null) return { ok: false, status: 413, message: TOO_LARGE };
  return parseJson(body.toString('utf8'));
}
