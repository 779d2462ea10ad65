import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

/**
 * The browser origins this function answers with CORS headers, from `ALLOWED_ORIGINS`
 * (comma-separated, set by infra from the stack's app URL). Empty when unset: no CORS headers at all.
 *
 * @example parseAllowedOrigins('https://www.reefamatic.com, https://d1.cloudfront.net/') // Set { 'https://www.reefamatic.com', 'https://d1.cloudfront.net' }
 */
export function parseAllowedOrigins(raw: string | undefined): ReadonlySet<string> {
  return new Set(
    (raw ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter((origin) => origin.length > 0),
  );
}

function requestOrigin(event: Pick<APIGatewayProxyEvent, 'headers'>): string | undefined {
  const headers = event.headers ?? {};
  const key = Object.keys(headers).find((name) => name.toLowerCase() === 'origin');
  return key ? (headers[key] ?? undefined) : undefined;
}

/**
 * Adds `Access-Control-Allow-Origin` for an allowed origin, and `Vary: Origin` to every answer (the
 * answer depends on the origin, so caches must keep them apart). Other origins get no CORS header, so the
 * browser refuses them. Error answers pass through here too.
 */
export function withCors(
  result: APIGatewayProxyResult,
  event: Pick<APIGatewayProxyEvent, 'headers'>,
  allowed: ReadonlySet<string>,
): APIGatewayProxyResult {
  if (allowed.size === 0) return result;
  const origin = requestOrigin(event);
  const answer = withHeader(result, 'vary', (previous) => mergeVary(previous, 'Origin'));
  // Whatever the app set itself, only an allowed origin leaves with an Allow-Origin header.
  return withHeader(answer, 'access-control-allow-origin', () => (origin && allowed.has(origin) ? origin : undefined));
}

/** Sets (or, for undefined, removes) one header, case-insensitively, in whichever header map the result uses. */
function withHeader(
  result: APIGatewayProxyResult,
  name: string,
  value: (previous: readonly string[]) => string | undefined,
): APIGatewayProxyResult {
  // serverless-express answers REST events with multiValueHeaders; a hand-built result may use headers.
  const field = result.multiValueHeaders !== undefined ? 'multiValueHeaders' : 'headers';
  const map: Record<string, unknown> = { ...(result[field] ?? {}) };
  const existing = Object.keys(map).filter((key) => key.toLowerCase() === name);
  const previous = existing.flatMap((key) => [map[key]].flat().map(String));
  for (const key of existing) delete map[key];
  const next = value(previous);
  if (next !== undefined) map[name] = field === 'multiValueHeaders' ? [next] : next;
  return { ...result, [field]: map };
}

function mergeVary(previous: readonly string[], field: string): string {
  const fields = previous
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return (fields.some((f) => f.toLowerCase() === field.toLowerCase()) ? fields : [...fields, field]).join(', ');
}
