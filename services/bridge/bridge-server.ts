/**
 * The local bridge: the same API contract as Electron's IPC, over HTTP on 127.0.0.1 only, plus the
 * built renderer. It lets the real window run in any browser (tests in Chromium, or a laptop where
 * Electron cannot start). Every request needs this run's token; the first visit trades the token
 * in the printed address for an HttpOnly cookie.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MAX_REQUEST_BYTES, maxRequestBytes } from '../../shared/api/request-limits';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import type { AppServices } from '../app-services';
import { TOKEN_COOKIE, TOKEN_HEADER, checkRequest, tokensEqual } from './request-guard';
import { resolveStaticFile } from './static-files';

/** Larger bodies are refused before parsing, unless the method carries a file (see request-limits). */
export const MAX_BODY_BYTES = DEFAULT_MAX_REQUEST_BYTES;

export type BridgeOptions = {
  services: Pick<AppServices, 'dispatch'>;
  staticDir: string;
  port?: number;
  token?: string;
};

export type Bridge = { url: string; origin: string; token: string; port: number; close(): Promise<void> };

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sendError(res: http.ServerResponse, status: number, message: string, asJson: boolean): void {
  if (asJson) sendJson(res, status, { ok: false, error: { code: 'invalid-input', message } });
  else send(res, status, message, 'text/plain; charset=utf-8');
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => sendError(res, 500, 'Lỗi máy chủ nội bộ.', false));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');

    // The printed address carries the token once; it becomes a cookie the page cannot read.
    const offered = url.searchParams.get('t');
    if (req.method === 'GET' && url.pathname === '/' && offered !== null) {
      const hostOk = checkRequest(
        { method: 'GET', host: req.headers.host, origin: undefined, cookie: undefined, tokenHeader: offered },
        port,
        token,
      );
      if (!hostOk.ok || !tokensEqual(offered, token)) {
        sendError(
          res,
          hostOk.ok ? 401 : hostOk.status,
          hostOk.ok ? 'Mã truy cập không đúng.' : hostOk.message,
          false,
        );
        return;
      }
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        location: '/',
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      res.end();
      return;
    }

    const verdict = checkRequest(
      {
        method: req.method ?? 'GET',
        host: req.headers.host,
        origin: typeof req.headers.origin === 'string' ? req.headers.origin : undefined,
        cookie: req.headers.cookie,
        tokenHeader:
          typeof req.headers[TOKEN_HEADER] === 'string' ? (req.headers[TOKEN_HEADER] as string) : undefined,
      },
      port,
      token,
    );
    if (!verdict.ok) {
      sendError(res, verdict.status, verdict.message, isApi);
      return;
    }

    if (isApi) {
      if (req.method !== 'POST') {
        sendError(res, 405, 'Chỉ nhận yêu cầu POST.', true);
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendError(res, 415, 'Yêu cầu phải gửi dữ liệu JSON.', true);
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      // A declared length over the limit is refused before a byte is read.
      const limit = maxRequestBytes(method);
      if (Number(req.headers['content-length'] ?? 0) > limit) {
        sendError(res, 413, 'Dữ liệu gửi lên quá lớn.', true);
        req.destroy();
        return;
      }
      const body = await readBody(req, limit);
      if (body === null) {
        sendError(res, 413, 'Dữ liệu gửi lên quá lớn.', true);
        return;
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        sendError(res, 400, 'Dữ liệu gửi lên không phải JSON hợp lệ.', true);
        return;
      }
      sendJson(res, 200, await options.services.dispatch(method, input));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'Phương thức không được hỗ trợ.', false);
      return;
    }
    const file = resolveStaticFile(options.staticDir, url.pathname);
    if (!file) {
      sendError(res, 404, 'Không tìm thấy.', false);
      return;
    }
    send(res, 200, file.body, file.contentType);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the plan never leaves this machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?t=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
