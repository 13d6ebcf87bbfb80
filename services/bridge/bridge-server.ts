/**
 * The local bridge: the same API contract as Electron's IPC, over HTTP on 127.0.0.1 only, plus the
 * built renderer. It lets the real window run in any browser (tests in Chromium, or a laptop where
 * Electron cannot start). Every API call needs this run's token in a header: the printed address
 * carries it in its fragment (#t=…), which the browser never sends anywhere, and the page keeps it in
 * its own tab (sessionStorage). No cookie: a cookie for 127.0.0.1 would also go to every other local
 * port, where any other local web page could pick it up.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MAX_REQUEST_BYTES } from '../../shared/api/request-limits';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import type { AppServices } from '../app-services';
import { CALL_FIELDS_HEADER, FILE_CONTENT_FIELD } from '../../shared/api/bridge-headers';
import type { ApiResponse } from '../../shared/api/contract';
import { readCall } from './read-call';
import { TOKEN_HEADER, checkRequest } from './request-guard';
import { resolveStaticFile } from './static-files';

/** Larger JSON bodies are refused before parsing; files travel as bytes (see request-limits). */
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

/**
 * A result that carries a file goes out as the file's bytes, its other fields in a header (the
 * window's transport puts them back together); every other result as JSON.
 */
function sendResult(res: http.ServerResponse, response: ApiResponse): void {
  const value = response.ok ? response.value : null;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[FILE_CONTENT_FIELD] === 'string'
  ) {
    const { [FILE_CONTENT_FIELD]: content, ...fields } = value as Record<string, unknown>;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'application/octet-stream',
      [CALL_FIELDS_HEADER]: encodeURIComponent(JSON.stringify(fields)),
    });
    res.end(Buffer.from(content as string, 'base64'));
    return;
  }
  sendJson(res, 200, response);
}

function sendError(res: http.ServerResponse, status: number, message: string, asJson: boolean): void {
  if (asJson) sendJson(res, status, { ok: false, error: { code: 'invalid-input', message } });
  else send(res, status, message, 'text/plain; charset=utf-8');
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

    const verdict = checkRequest(
      {
        method: req.method ?? 'GET',
        host: req.headers.host,
        origin: typeof req.headers.origin === 'string' ? req.headers.origin : undefined,
        // The page and its assets hold no data; every API call must carry the token.
        needsToken: isApi,
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
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const call = await readCall(req, method);
      if (!call.ok) {
        // The unread rest of a refused body is never read: the connection ends with the answer.
        if (call.status === 413) {
          res.setHeader('connection', 'close');
          res.once('finish', () => req.destroy());
        }
        sendError(res, call.status, call.message, true);
        return;
      }
      sendResult(res, await options.services.dispatch(method, call.input));
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
    // The fragment never leaves the browser: not in requests, not in Referer, not in logs.
    url: `${origin}/#t=${token}`,
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
