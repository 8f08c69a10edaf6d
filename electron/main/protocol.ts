// Runs in Electron's main process (Node). Serves the built renderer from app://jointcheck, a stable
// secure origin (IndexedDB lives there), instead of file://. May import shared/ and electron; the
// pure path resolution and headers live in appFiles.ts, which the browser edition's server shares.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppScheme } from '../../shared/bridge/origin';
import { resolveAppRequest, responseHeaders } from './appFiles';

/** Must run before the app's `ready` event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: AppScheme,
      // standard: real origin and relative URLs; secure: a secure context (WebCrypto, IndexedDB);
      // codeCache: V8 caches the app's scripts as it does for http. No bypassCSP, no service workers,
      // corsEnabled off: nothing outside the app origin ever fetches from it.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true },
    },
  ]);
}

/** The built renderer folder: out/renderer, beside out/main where the main bundle runs. */
export function rendererRoot(): string {
  return resolve(import.meta.dirname, '../renderer');
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

/** The protocol handler for the app scheme, serving files under `root`; exported for tests. */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD', 'X-Content-Type-Options': 'nosniff' } });
    }
    const file = resolveAppRequest(request.url, root);
    if (file === null) return notFound();
    let bytes: Buffer;
    try {
      // fs reads inside app.asar in Electron; net.fetch(file://) would be cancelled by our own request filter.
      bytes = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers: responseHeaders(file) });
  };
}

/** After `ready`: serve the built renderer on the app scheme of the default session. */
export function serveAppScheme(root: string = rendererRoot()): void {
  protocol.handle(AppScheme, createAppRequestHandler(root));
}
