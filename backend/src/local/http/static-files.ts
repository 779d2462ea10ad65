import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** Types CloudFront compresses; images, fonts and PDFs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);
/** CloudFront leaves files under 1,000 bytes as they are. */
const MIN_COMPRESS_BYTES = 1000;

type Encoding = 'br' | 'gzip' | 'identity';

/** Each file's bytes per encoding, made once per build of the file (its size and mtime). */
const encoded = new Map<string, { stamp: string; bodies: Partial<Record<Encoding, Buffer>> }>();

function bodyOf(file: string, encoding: Encoding): Buffer {
  const { size, mtimeMs } = statSync(file);
  const stamp = `${size}:${mtimeMs}`;
  let entry = encoded.get(file);
  if (entry?.stamp !== stamp) {
    entry = { stamp, bodies: {} };
    encoded.set(file, entry);
  }
  const plain = (entry.bodies.identity ??= readFileSync(file));
  if (encoding === 'br')
    return (entry.bodies.br ??= brotliCompressSync(plain, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
    }));
  if (encoding === 'gzip') return (entry.bodies.gzip ??= gzipSync(plain, { level: 9 }));
  return plain;
}

/** The encoding CloudFront would pick for this request: Brotli, then gzip, when the browser takes it. */
export function chooseEncoding(acceptEncoding: string | undefined, file: string, bytes: number): Encoding {
  if (!COMPRESSIBLE.has(extname(file)) || bytes < MIN_COMPRESS_BYTES) return 'identity';
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name.toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

/** Angular's output names carry a content hash (`main-E65L2MJZ.js`, `chunk-….js`, `styles-….css`). */
export const HASHED_ASSET = /[-.][0-9A-Za-z]{8,}\.(js|mjs|css|woff2)$/;

/**
 * Serves the built SPA like CloudFront does: real files, and index.html for client-side routes;
 * compressed when the browser accepts it, and hashed assets cached for good.
 */
export function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  securityHeaders: Record<string, string> = {},
  acceptEncoding?: string,
): boolean {
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
  const immutable = file !== index && HASHED_ASSET.test(file);
  const encoding = chooseEncoding(acceptEncoding, file, statSync(file).size);
  const body = bodyOf(file, encoding);
  res.writeHead(200, {
    ...securityHeaders,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-length': String(body.length),
    vary: 'accept-encoding',
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  });
  res.end(body);
  return true;
}
