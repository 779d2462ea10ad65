/**
 * The one request policy every lambdalith applies (and the local gateway with it): what a request
 * to the REST API may look like before any controller sees it. Pure: headers and raw body in, a
 * parsed body or a refusal out, so AWS and the local runtime hold exactly the same limits.
 */

export const REQUEST_LIMITS = {
  /** Well under API Gateway's 10 MB: every API body is a small form; PDFs go straight to S3. */
  maxBodyBytes: 256 * 1024,
  /** Objects and arrays inside each other; the deepest DTO (a program's schedule days) needs 5. */
  maxDepth: 10,
  /** The longest list any DTO accepts is 100 entries. */
  maxArrayLength: 500,
} as const;

/** Keys that reach an object's prototype chain in JavaScript; refused anywhere in a body. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type RefusalCode = 'INVALID_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE';

export interface PolicyRefusal {
  readonly status: 400 | 413 | 415;
  readonly code: RefusalCode;
  readonly message: string;
  /** The field the refusal is about (dotted path), when there is one. */
  readonly field?: string;
}

export type PolicyResult = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly refusal: PolicyRefusal };

const refuse = (status: PolicyRefusal['status'], code: RefusalCode, message: string, field?: string): PolicyResult => ({
  ok: false,
  refusal: { status, code, message, ...(field ? { field } : {}) },
});

/** Header lookup that ignores case, as HTTP does. */
export function headerValue(headers: Record<string, string | undefined> | null | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted && value !== undefined) return value;
  return undefined;
}

/** The answer when a body is larger than the limit (also used by the local gateway while reading). */
export const TOO_LARGE: PolicyRefusal = {
  status: 413,
  code: 'PAYLOAD_TOO_LARGE',
  message: `The request body is larger than ${REQUEST_LIMITS.maxBodyBytes / 1024} KB`,
};

function checkMediaType(headers: Record<string, string | undefined> | null | undefined): PolicyResult | undefined {
  const encoding = headerValue(headers, 'content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity')
    return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Encoding ${encoding} is not accepted: send the JSON body uncompressed`);
  const contentType = headerValue(headers, 'content-type');
  if (!contentType) return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json')
    return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type ${type || '(empty)'} is not accepted: send application/json`);
  for (const parameter of parameters) {
    const [name, rawValue = ''] = parameter.split('=');
    const value = rawValue.replace(/^"|"$/g, '');
    if (name === 'charset' && value !== 'utf-8' && value !== 'utf8')
      return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', `charset ${value} is not accepted: send UTF-8`);
  }
  return undefined;
}

/** Walks a parsed body once: depth, list lengths and prototype keys. Returns the first problem. */
function checkShape(value: unknown, path: string, depth: number): PolicyResult | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > REQUEST_LIMITS.maxDepth)
    return refuse(
      400,
      'INVALID_REQUEST',
      `${path || 'body'} is nested more than ${REQUEST_LIMITS.maxDepth} levels deep`,
      path || undefined,
    );
  if (Array.isArray(value)) {
    if (value.length > REQUEST_LIMITS.maxArrayLength)
      return refuse(
        400,
        'INVALID_REQUEST',
        `${path || 'body'} holds more than ${REQUEST_LIMITS.maxArrayLength} entries`,
        path || undefined,
      );
    for (let i = 0; i < value.length; i++) {
      const problem = checkShape(value[i], `${path}.${i}`.replace(/^\./, ''), depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const field = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return refuse(400, 'INVALID_REQUEST', `property ${field} should not exist`, field);
    const problem = checkShape((value as Record<string, unknown>)[key], field, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Applies the policy to one API request. An empty body is `{}` whatever its type (nothing to
 * misread); any other body must be UTF-8 JSON, uncompressed, within the size, depth and list limits,
 * with no prototype keys.
 *
 * @example checkApiRequest({ 'content-type': 'text/plain' }, '{}') // { ok: false, refusal: { status: 415, … } }
 * @example checkApiRequest({ 'content-type': 'application/json' }, '{"tankId":"t1"}') // { ok: true, body: { tankId: 't1' } }
 */
export function checkApiRequest(
  headers: Record<string, string | undefined> | null | undefined,
  rawBody: string | null | undefined,
): PolicyResult {
  if (rawBody === null || rawBody === undefined || rawBody.length === 0) {
    const encoding = headerValue(headers, 'content-encoding')?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') return checkMediaType(headers)!;
    return { ok: true, body: {} };
  }
  if (Buffer.byteLength(rawBody, 'utf8') > REQUEST_LIMITS.maxBodyBytes) return { ok: false, refusal: TOO_LARGE };
  const media = checkMediaType(headers);
  if (media) return media;
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return refuse(400, 'INVALID_REQUEST', 'The request body is not valid JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return refuse(400, 'INVALID_REQUEST', 'The request body must be a JSON object');
  return checkShape(body, '', 1) ?? { ok: true, body };
}
