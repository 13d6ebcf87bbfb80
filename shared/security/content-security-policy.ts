/**
 * The window's Content-Security-Policy, sent by Electron and by the local bridge alike:
 * nothing from any remote origin, no inline or evaluated script.
 * Styles: no 'unsafe-inline'. The one inline style attribute the window has is the one frappe-gantt writes
 * into its SVG ("stroke:grey; stroke-width:0.3"), allowed by its hash alone; React's style props use CSSOM,
 * which CSP does not restrict.
 */
export const FRAPPE_GANTT_STYLE_HASH = "'sha256-ZQQd4z8TNrVc2nE0CfAROCXKHG3tNEIdbONqn8Sl1Gk='";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'unsafe-hashes' ${FRAPPE_GANTT_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
