/**
 * Pure checks for every request to the local bridge: only this machine's own page, with this
 * run's token, may use it (no other site in the browser, no DNS-rebinding name, no other user).
 */
import crypto from 'node:crypto';

export { TOKEN_HEADER } from '../../shared/api/bridge-headers';

export type GuardInput = {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  /** The API needs the token; the page and its assets (no data in them) only the host check. */
  needsToken: boolean;
  tokenHeader: string | undefined;
};

export type GuardVerdict = { ok: true } | { ok: false; status: 400 | 401 | 403; message: string };

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function tokensEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function checkRequest(input: GuardInput, port: number, token: string): GuardVerdict {
  // A page on another site that rebinds its name to 127.0.0.1 still sends its own Host.
  if (!input.host || !allowedHosts(port).includes(input.host.toLowerCase())) {
    return { ok: false, status: 403, message: 'Địa chỉ truy cập không hợp lệ.' };
  }
  if (input.origin !== undefined && !allowedHosts(port).some((h) => input.origin === `http://${h}`)) {
    return { ok: false, status: 403, message: 'Yêu cầu từ trang web khác bị từ chối.' };
  }
  if (input.needsToken && !tokensEqual(input.tokenHeader, token)) {
    return {
      ok: false,
      status: 401,
      message: 'Phiên làm việc không hợp lệ. Hãy mở lại đúng địa chỉ mà ứng dụng đã in ra khi khởi động.',
    };
  }
  return { ok: true };
}
