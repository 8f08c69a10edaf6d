// Runs in Node. Serves the built browser edition on 127.0.0.1 with the same files, CSP and guards as the app scheme.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppOrigin } from '../../shared/bridge/origin';
import { resolveAppRequest, responseHeaders } from '../main/appFiles';

export type WebServer = { readonly url: string; close(): Promise<void> };

export const webRoot = resolve(import.meta.dirname, '../../out/web');

/** Port 0 picks a free port (tests); the address is only ever the loopback interface. */
export function startWebServer(root: string = webRoot, port = 0): Promise<WebServer> {
  const server: Server = createServer((request, response) => {
    // The same resolver as the desktop's app:// scheme, so both editions refuse the same paths.
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolveAppRequest(`${AppOrigin}${request.url ?? '/'}`, root) : null;
    const fail = (status: number): void => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(status === 404 ? 'Not found' : 'Not allowed');
    };
    if (file === null) return fail(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405);
    readFile(file).then(
      (bytes) => response.writeHead(200, { ...responseHeaders(file), 'Cache-Control': 'no-cache' }).end(request.method === 'HEAD' ? undefined : bytes),
      () => fail(404),
    );
  });
  return new Promise((done, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      done({ url: `http://127.0.0.1:${actualPort}/`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env['PORT'] ?? 5317);
  startWebServer(webRoot, port).then(
    (server) => console.log(`JointCheck (browser edition) is running at ${server.url}\nOpen that address in Chromium, Chrome or Edge. Press Ctrl+C to stop.`),
    (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use. Stop the other program or run: PORT=5318 npm run web` : `Could not start the server: ${error.message}`);
      process.exit(1);
    },
  );
}
