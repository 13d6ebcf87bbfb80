/**
 * Puts the window's Content-Security-Policy (defined once, in shared/security, for Electron and the
 * bridge alike) on every response Electron receives with headers. The app:// page gets it from its
 * protocol handler too (app-protocol.ts), and renderer/index.html carries the same policy in a meta
 * tag for any way it is opened without headers; a test keeps them equal.
 */
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';

export { CONTENT_SECURITY_POLICY };

type Headers = Record<string, string[]>;

/**
 * The response headers with our policy in place of any the response brought
 * (header names are case-insensitive, so a differently-cased copy must not survive beside ours).
 */
export function withContentSecurityPolicy(headers: Headers | undefined): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
