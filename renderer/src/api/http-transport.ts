/**
 * The local bridge over HTTP, for the window running in a browser. Every call carries the token in
 * a header (see bridge-token.ts). A call that carries a file sends the file's bytes as the body and
 * its other fields in a small header, and a result that carries one comes back the same way: no file
 * travels as base64 inside JSON. The rest of the window sees the contract's base64 fields as ever.
 */
import { CALL_FIELDS_HEADER, FILE_CONTENT_FIELD, TOKEN_HEADER } from '../../../shared/api/bridge-headers';
import type { ApiMethod, ApiTransport } from '../../../shared/api/contract';
import { fileFieldOf } from '../../../shared/api/request-limits';
import { base64ToBytes, bytesToBase64 } from '../files/base64';

type Body = { headers: Record<string, string>; body: BodyInit };

function bodyFor(method: ApiMethod, input: unknown): Body {
  const file = fileFieldOf(method);
  if (file !== null && typeof input === 'object' && input !== null) {
    const { [file.field]: content, ...fields } = input as Record<string, unknown>;
    if (typeof content === 'string') {
      return {
        headers: {
          'content-type': 'application/octet-stream',
          [CALL_FIELDS_HEADER]: encodeURIComponent(JSON.stringify(fields)),
        },
        body: new Blob([base64ToBytes(content)]),
      };
    }
  }
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) };
}

export function createHttpTransport(token: string | null): ApiTransport {
  return async (method: ApiMethod, input: unknown) => {
    let response: Response;
    try {
      const { headers, body } = bodyFor(method, input);
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { ...headers, ...(token === null ? {} : { [TOKEN_HEADER]: token }) },
        credentials: 'omit',
        body,
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Không kết nối được với ứng dụng. Hãy kiểm tra ứng dụng vẫn đang chạy rồi thử lại.',
        },
      };
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('application/json')) return response.json();
    if (response.ok && type.startsWith('application/octet-stream')) {
      // A file result: the bytes, and its other fields beside them; the contract's field is base64.
      const fields = JSON.parse(
        decodeURIComponent(response.headers.get(CALL_FIELDS_HEADER) ?? '%7B%7D'),
      ) as object;
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { ok: true, value: { ...fields, [FILE_CONTENT_FIELD]: bytesToBase64(bytes) } };
    }
    // A refusal before the API (wrong address) comes back as plain text.
    const text = (await response.text()).trim();
    return {
      ok: false,
      error: { code: 'internal', message: text === '' ? `Ứng dụng trả lời lỗi ${response.status}.` : text },
    };
  };
}
