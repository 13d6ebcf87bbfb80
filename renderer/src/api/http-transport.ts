/**
 * The local bridge over HTTP, for the window running in a browser. The bridge authenticates the
 * page by an HttpOnly cookie it set itself; the page sends nothing but the call.
 */
import type { ApiMethod, ApiTransport } from '../../../shared/api/contract';

export const httpTransport: ApiTransport = async (method: ApiMethod, input: unknown) => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input),
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
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) return response.json();
  // A refusal before the API (wrong address, expired session) comes back as plain text.
  const text = (await response.text()).trim();
  return {
    ok: false,
    error: { code: 'internal', message: text === '' ? `Ứng dụng trả lời lỗi ${response.status}.` : text },
  };
};
