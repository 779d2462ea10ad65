import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { HASHED_ASSET, chooseEncoding, serveStatic } from './static-files';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'main-E65L2MJZ.js', 40_000, 'br'],
    ['gzip', 'styles-ZDLT4IRB.css', 40_000, 'gzip'],
    ['br;q=0, gzip', 'index.html', 5_000, 'gzip'],
    ['identity', 'main-E65L2MJZ.js', 40_000, 'identity'],
    [undefined, 'main-E65L2MJZ.js', 40_000, 'identity'],
    ['gzip, br', 'icon-512.png', 40_000, 'identity'],
    ['gzip, br', 'chunk-YKT3MQKT.js', 82, 'identity'],
  ])('Accept-Encoding %p for %s (%i bytes) → %s', (accept, file, bytes, expected) => {
    expect(chooseEncoding(accept, file, bytes)).toBe(expected);
  });
});

describe('HASHED_ASSET', () => {
  it.each(['/main-E65L2MJZ.js', '/chunk-K5F3WFHK.js', '/styles-ZDLT4IRB.css', '/media/font-ABCDEFGH.woff2'])('%s is cached for good', (f) =>
    expect(HASHED_ASSET.test(f)).toBe(true),
  );
  it.each(['/index.html', '/config.json', '/ngsw-worker.js', '/manifest.webmanifest'])('%s is revalidated', (f) =>
    expect(HASHED_ASSET.test(f)).toBe(false),
  );
});

describe('serveStatic', () => {
  let root: string;
  let server: Server;
  let port: number;
  const script = `console.log(${JSON.stringify('reef '.repeat(2000))});\n`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ram-static-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>RaM</title>');
    writeFileSync(join(root, 'main-E65L2MJZ.js'), script);
    server = createServer((req, res) => {
      if (!serveStatic(root, req.url ?? '/', res, { 'x-frame-options': 'DENY' }, req.headers['accept-encoding'])) res.end('no app');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  /** A raw GET (fetch would decompress for us): status, headers and the bytes as sent. */
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request(
        { port, host: '127.0.0.1', path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end();
    });

  it('sends a hashed script as Brotli, cached for good, with the security headers', async () => {
    const sut = await get('/main-E65L2MJZ.js', 'gzip, br');
    expect(sut.headers['content-encoding']).toBe('br');
    expect(sut.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(sut.headers.vary).toBe('accept-encoding');
    expect(sut.headers['x-frame-options']).toBe('DENY');
    expect(Number(sut.headers['content-length'])).toBe(sut.body.length);
    expect(sut.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(sut.body).toString()).toBe(script);
  });

  it('sends gzip to a browser without Brotli, and the bytes as they are to one without either', async () => {
    expect(gunzipSync((await get('/main-E65L2MJZ.js', 'gzip')).body).toString()).toBe(script);
    const plain = await get('/main-E65L2MJZ.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('answers a client-side route with index.html, revalidated each time', async () => {
    const sut = await get('/app/tests', 'gzip, br');
    expect(sut.headers['cache-control']).toBe('no-cache');
    expect(sut.headers['content-encoding']).toBeUndefined(); // under 1,000 bytes
    expect(sut.body.toString()).toContain('<title>RaM</title>');
  });

  it('serves a changed file anew', async () => {
    writeFileSync(join(root, 'main-E65L2MJZ.js'), `${script}// rebuilt\n`);
    expect(brotliDecompressSync((await get('/main-E65L2MJZ.js', 'br')).body).toString()).toContain('// rebuilt');
  });
});
