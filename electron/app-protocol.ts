/**
 * The window's own scheme, app://ecourt-plan/, in place of file://. A file:// page is an origin of
 * the whole disk (with the extra privileges Electron used to grant it, now switched off by a fuse);
 * app:// serves the built renderer folder alone, through the same resolver as the browser bridge,
 * with the Content-Security-Policy as a real header. Electron is injected, so this is tested in Node.
 */
import { resolveStaticFile } from '../services/bridge/static-files';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ecourt-plan';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before the app is ready: a standard, secure origin
 * ('self' in the CSP means it). Vite's page loads its scripts as modules, which Chromium fetches in
 * CORS mode: the scheme must take part in fetch and CORS for them to load. No response carries an
 * Access-Control-Allow-Origin, so no other origin can read from it.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

type ProtocolLike = { handle(scheme: string, handler: (request: { url: string }) => Response): void };

/** What app://… answers: a file of the renderer folder, or 404 for anything else (other hosts, "..", folders). */
export function answerAppRequest(rendererDir: string, requestUrl: string): Response {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return new Response('Không tìm thấy.', { status: 404 });
  }
  const file =
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
      ? resolveStaticFile(rendererDir, url.pathname)
      : null;
  if (!file) return new Response('Không tìm thấy.', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    },
  });
}

export function registerAppProtocol(protocol: ProtocolLike, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererDir, request.url));
}
