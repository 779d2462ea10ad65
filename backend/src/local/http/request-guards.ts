import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { type PolicyRefusal, TOO_LARGE, headerValue } from '../../shared/http/request-policy';

/** Bytes drained from a refused oversized body before the socket is closed instead. */
const DRAIN_CEILING_BYTES = 64 * 1024 * 1024;

export type BodyRead = { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly refusal: PolicyRefusal };

/**
 * Reads a request body up to `limit` bytes. A larger body is not kept but read to its end (up to a
 * generous ceiling), so the client always gets the 413 instead of a reset connection.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else if (size > DRAIN_CEILING_BYTES) {
        resolve({ ok: false, refusal: TOO_LARGE });
        req.destroy();
      }
    });
    req.on('end', () => resolve(tooLarge ? { ok: false, refusal: TOO_LARGE } : { ok: true, body: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}

export interface GuardRefusal {
  readonly status: 401 | 403 | 415;
  readonly message: string;
}

/**
 * The rule for every local endpoint a keeper's browser talks to besides the API (local checkout and
 * portal, the mail outbox, …): it acts only on a same-origin JSON request, so no other page open in
 * the browser can drive it. A JSON content type cannot be sent cross-origin without a CORS preflight,
 * which these endpoints never grant; the Origin and Fetch Metadata headers, when a browser sends them,
 * must name the app itself. Claims are never read from the body: callers take identity from a
 * verified token only.
 *
 * @example
 * const refusal = sameOriginJsonRefusal(req, ['http://localhost:3000']);
 * if (refusal) return json(res, refusal.status, { message: refusal.message });
 */
export function sameOriginJsonRefusal(req: IncomingMessage, appOrigins: readonly string[]): GuardRefusal | undefined {
  const type = headerValue(req.headers as Record<string, string>, 'content-type')
    ?.split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json') return { status: 415, message: 'Send application/json' };
  return crossSiteRefusal(req, appOrigins);
}

/**
 * The origin half of that rule, for local pages that are only read (the outbox): a request whose
 * Origin or Fetch Metadata names another site is refused; one without them (typed into the address
 * bar, or a tool on this machine) is not. The origins are the runtime's own, never the Host header,
 * which a rebinding DNS name controls.
 */
export function crossSiteRefusal(req: IncomingMessage, appOrigins: readonly string[]): GuardRefusal | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && !appOrigins.includes(origin)) return { status: 403, message: 'Requests from other sites are refused' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return { status: 403, message: 'Requests from other sites are refused' };
  return undefined;
}

/**
 * The rule for operator tools (`/_local/invoke`, the queue and Management APIs): never from a browser
 * page (a request with an Origin or a cross-site Fetch Metadata header is refused, which also rules
 * out every CORS-simple request a page could send) and, where a token is given, only with
 * `Authorization: Bearer <local-admin token>`.
 */
export function operatorRefusal(req: IncomingMessage, adminToken?: string): GuardRefusal | undefined {
  if (req.headers.origin !== undefined) return { status: 403, message: 'Operator tools are not available to web pages' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'none') return { status: 403, message: 'Operator tools are not available to web pages' };
  if (adminToken === undefined) return undefined;
  const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ?? '';
  const expected = Buffer.from(adminToken);
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { status: 401, message: 'The local-admin token is missing or wrong (see .data/operator.json)' };
  return undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}
