// Runs in Node (Electron's main process and the browser edition's CLI server); imports no electron.
// Which built file an app URL names, and the headers every app page is served with.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { AppHost, AppScheme, ContentSecurityPolicy, HeaderOnlyPolicy } from '../../shared/bridge/origin';

const ContentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown files are served as opaque bytes (and nosniff keeps them so). */
export function contentTypeOf(path: string): string {
  return ContentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every response of the app scheme. */
export function responseHeaders(path: string): Record<string, string> {
  return {
    'Content-Type': contentTypeOf(path),
    'Content-Security-Policy': `${ContentSecurityPolicy}; ${HeaderOnlyPolicy}`,
    'X-Content-Type-Options': 'nosniff',
  };
}

const DotSegment = /(?:^|[\\/])\.\.?(?:[\\/?#]|$)/;

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The file under `root` that an `app://jointcheck/...` URL names, or null for anything else:
 * another scheme or host, a malformed escape, a NUL, a backslash, a `.` or `..` segment (plain or
 * percent-encoded, even ones the URL parser would have folded away), or a path resolving outside root.
 * `/` serves index.html.
 */
export function resolveAppRequest(url: string, root: string): string | null {
  // Chromium normalises dot segments before the handler sees a URL; refuse them here too rather than rely on it.
  const rawPath = decode(url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0] ?? '');
  if (rawPath === null || DotSegment.test(rawPath)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${AppScheme}:` || parsed.host !== AppHost || parsed.username !== '' || parsed.password !== '') return null;
  const path = decode(parsed.pathname);
  if (path === null || path.includes('\0') || path.includes('\\') || DotSegment.test(path)) return null;
  const relativePath = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const rootPath = resolve(root);
  const file = resolve(rootPath, relativePath);
  const inside = relative(rootPath, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}
