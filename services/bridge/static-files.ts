/** Serves the built renderer from one folder; nothing outside it can be named. */
import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export type StaticFile = { body: Buffer; contentType: string };

export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absolute = path.resolve(root, relative);
  const rootWithSep = path.resolve(root) + path.sep;
  if (!absolute.startsWith(rootWithSep)) return null;
  try {
    if (!fs.statSync(absolute).isFile()) return null;
    return {
      body: fs.readFileSync(absolute),
      contentType: CONTENT_TYPES[path.extname(absolute).toLowerCase()] ?? 'application/octet-stream',
    };
  } catch {
    return null;
  }
}
