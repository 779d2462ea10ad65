import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Verification of AWS Signature Version 4 for the local S3, as S3 itself checks it: the
 * Authorization header (SDK calls) or a presigned URL (browser uploads). Rebuilds the canonical
 * request from what arrived, so a different key, method, content type or length than was signed
 * fails. The payload hash is taken as declared (S3 would also hash the body).
 */

export interface SignedRequest {
  readonly method: string;
  /** The request target as sent: raw path and query, still URI-encoded. */
  readonly url: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type Verdict =
  | { readonly ok: true; readonly accessKeyId: string }
  | {
      readonly ok: false;
      readonly code: 'AccessDenied' | 'SignatureDoesNotMatch' | 'InvalidAccessKeyId' | 'RequestTimeTooSkewed';
      readonly message: string;
    };

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60_000;
const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;

const encode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');
const hmac = (key: Buffer | string, value: string): Buffer => createHmac('sha256', key).update(value, 'utf8').digest();

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, '%20'));
  } catch {
    return value;
  }
}

function parseQuery(raw: string): [string, string][] {
  if (!raw) return [];
  return raw
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [safeDecode(pair), ''] : [safeDecode(pair.slice(0, at)), safeDecode(pair.slice(at + 1))];
    });
}

function headerText(headers: SignedRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value.join(',') : value).trim().replace(/\s+/g, ' ');
}

/** `20261201T203850Z` → epoch ms, or NaN. */
function amzDateMs(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

const deny = (code: Exclude<Verdict, { ok: true }>['code'], message: string): Verdict => ({ ok: false, code, message });

/**
 * Verifies a request's SigV4 signature against the known secrets (access key id → secret).
 *
 * @example verifySigV4({ method: 'GET', url: '/bucket/key', headers: { host: '127.0.0.1:4569' } }, { S3RVER: 'S3RVER' }, Date.now()) // { ok: false, code: 'AccessDenied', … }
 */
export function verifySigV4(request: SignedRequest, secrets: Readonly<Record<string, string>>, now: number): Verdict {
  const queryAt = request.url.indexOf('?');
  const rawPath = queryAt < 0 ? request.url : request.url.slice(0, queryAt);
  const query = parseQuery(queryAt < 0 ? '' : request.url.slice(queryAt + 1));
  const param = (name: string) => query.find(([k]) => k === name)?.[1];
  const authorization = headerText(request.headers, 'authorization');

  let credential: string, signedHeaders: string, signature: string, amzDate: string, payloadHash: string;
  let signedQuery = query;
  if (param('X-Amz-Algorithm') !== undefined) {
    if (authorization) return deny('AccessDenied', 'Only one auth mechanism allowed');
    if (param('X-Amz-Algorithm') !== ALGORITHM) return deny('AccessDenied', `X-Amz-Algorithm must be ${ALGORITHM}`);
    credential = param('X-Amz-Credential') ?? '';
    signedHeaders = param('X-Amz-SignedHeaders') ?? '';
    signature = param('X-Amz-Signature') ?? '';
    amzDate = param('X-Amz-Date') ?? '';
    const expires = Number(param('X-Amz-Expires'));
    const signedAt = amzDateMs(amzDate);
    if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_SECONDS || Number.isNaN(signedAt))
      return deny('AccessDenied', 'The presigned URL is malformed');
    if (now > signedAt + expires * 1000) return deny('AccessDenied', 'Request has expired');
    if (signedAt > now + MAX_SKEW_MS) return deny('AccessDenied', 'The presigned URL is dated in the future');
    payloadHash = param('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
    signedQuery = query.filter(([k]) => k !== 'X-Amz-Signature');
  } else if (authorization) {
    const match = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match) return deny('AccessDenied', 'Only AWS4-HMAC-SHA256 authorization is accepted');
    [, credential, signedHeaders, signature] = match;
    amzDate = headerText(request.headers, 'x-amz-date') ?? '';
    const signedAt = amzDateMs(amzDate);
    if (Number.isNaN(signedAt)) return deny('AccessDenied', 'x-amz-date is missing or malformed');
    if (Math.abs(now - signedAt) > MAX_SKEW_MS) return deny('RequestTimeTooSkewed', 'The request time is too far from the server time');
    payloadHash = headerText(request.headers, 'x-amz-content-sha256') ?? '';
    if (!payloadHash) return deny('AccessDenied', 'x-amz-content-sha256 is required');
  } else {
    return deny('AccessDenied', 'Anonymous requests are not allowed: sign the request or use a presigned URL');
  }

  const [accessKeyId, date, region, service, terminator] = credential.split('/');
  const secret = secrets[accessKeyId ?? ''];
  if (!secret) return deny('InvalidAccessKeyId', 'The access key id is not known');
  if (!date || date !== amzDate.slice(0, 8) || !region || service !== 's3' || terminator !== 'aws4_request')
    return deny('AccessDenied', 'The credential scope is malformed');
  const headerNames = signedHeaders.split(';');
  if (!headerNames.includes('host')) return deny('AccessDenied', 'The host header must be signed');

  const canonicalHeaders = headerNames.map((name) => `${name}:${headerText(request.headers, name) ?? ''}\n`).join('');
  const canonicalQuery = signedQuery
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    request.method.toUpperCase(),
    rawPath || '/',
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/${terminator}`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), terminator);
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return deny(
      'SignatureDoesNotMatch',
      'The request signature does not match what was signed (key, method, content type or length differ)',
    );
  }
  return { ok: true, accessKeyId: accessKeyId! };
}
