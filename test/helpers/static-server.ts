/**
 * A tiny static file server for the built site (dist/), for browser tests:
 * `/a/b/` serves `a/b/index.html`, unknown paths get `404.html` with status
 * 404, the way a static host would. Listens on a free local port. Optional
 * headers go on every response, as a host's configuration would add them
 * (a Content-Security-Policy, say).
 *
 *   const server = await serveStatic('dist');  // server.url = 'http://127.0.0.1:54321'
 *   await serveStatic('dist', { headers: { 'content-security-policy': "default-src 'self'" } });
 *   await server.close();
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface StaticServerOptions {
  /** Sent with every response, alongside content-type. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function fileFor(root: string, pathname: string): string | undefined {
  // normalize() then the prefix check keeps requests inside root.
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there; try the next candidate
    }
  }
  return undefined;
}

export function serveStatic(dir: string, { headers = {} }: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, pathname);
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    response.writeHead(status, { ...headers, 'content-type': types[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served)
      .on('error', () => response.end())
      .pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
