import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** Serves the built SPA like CloudFront does: real files, and index.html for client-side routes. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, securityHeaders: Record<string, string> = {}): boolean {
  const base = resolve(root);
  const index = join(base, 'index.html');
  if (!existsSync(index)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    decoded = '/'; // a malformed escape is no file: the app handles the route
  }
  const requested = resolve(join(base, normalize(decoded)));
  const file = requested.startsWith(base) && existsSync(requested) && statSync(requested).isFile() ? requested : index;
  const immutable = file !== index && /\.[0-9A-Za-z]{8,}\.(js|css|woff2)$/.test(file);
  res.writeHead(200, {
    ...securityHeaders,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
  return true;
}
