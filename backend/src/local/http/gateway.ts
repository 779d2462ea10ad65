import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { findRoute } from '../../catalogue';
import { claimsAsStrings, verifyIdToken } from '../../shared/auth/token-verifier';
import { refusalResult } from '../../shared/http/lambdalith';
import { REQUEST_LIMITS } from '../../shared/http/request-policy';
import { API_SECURITY_HEADERS } from '../../shared/http/security-headers';
import { apiGatewayProxyEvent } from '../events/api-gateway-event';
import { type FunctionHost, FunctionNotDeployedError } from '../function-host';
import { IdentityError, type LocalIdentityProvider } from '../identity/local-identity';
import type { LocalStripe } from '../stripe/local-stripe';
import { handleLocalStripe } from '../stripe/local-stripe-pages';
import type { WebSocketGateway } from '../websocket/ws-gateway';
import { serveOutbox } from './outbox-pages';
import { readLimitedBody, sendJson } from './request-guards';
import { serveStatic } from './static-files';

export interface GatewayDependencies {
  readonly functions: FunctionHost;
  readonly identity: LocalIdentityProvider;
  readonly websocket: WebSocketGateway;
  readonly stage: string;
  readonly spaRoot: string;
  readonly runtimeConfigJson: () => Record<string, unknown>;
  /** Headers the app's files are served with (CSP naming this runtime's origins, …). */
  readonly appHeaders: () => Record<string, string>;
  readonly health: () => Promise<{ status: string; components: Record<string, unknown> }>;
  readonly onError: (where: string, error: unknown) => void;
  /** The local Stripe stand-in's checkout and portal pages; absent when real Stripe keys are set. */
  readonly localStripe?: LocalStripe;
  /** Where the mail outbox keeps its mails (shown at `/_local/outbox`). */
  readonly outboxDir?: string;
  /** This runtime's own origins: the only ones its local pages act for. */
  readonly appOrigins: () => readonly string[];
}

/** API answers carry the same headers as in AWS, plus the CORS headers API Gateway would add. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization,content-type',
  'access-control-allow-methods': 'POST,OPTIONS',
};
const API_HEADERS = { ...CORS_HEADERS, ...API_SECURITY_HEADERS };

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJson(res, status, body, { ...API_SECURITY_HEADERS, ...headers });
}

/**
 * The public HTTP front door of the local runtime: `/api/*` through the route catalogue to the
 * lambdaliths (as API Gateway REST proxy events, with verified Cognito-style claims), `/auth/*`
 * for the identity provider, `/ws`, and the SPA at `/`. Operator tools live on their own port
 * (`operator-server.ts`).
 */
export function createGateway(deps: GatewayDependencies): Server {
  const server = createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      deps.onError('gateway', error);
      if (!res.headersSent) json(res, 500, { message: 'The local gateway failed; see the terminal for details.' });
      else res.end();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname === '/ws') {
      deps.websocket.handleUpgrade(req, socket, head).catch((error: unknown) => deps.onError('websocket', error));
    } else socket.destroy();
  });
  return server;
}

async function handle(deps: GatewayDependencies, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname;

  if (path === '/api/health') {
    const health = await deps.health().catch((error: unknown) => {
      deps.onError('health', error);
      return { status: 'degraded', components: {} };
    });
    return json(res, health.status === 'ok' ? 200 : 503, health);
  }
  if (path.startsWith('/api/')) return handleApi(deps, req, res, method, path.slice('/api'.length), url);
  if (path.startsWith('/auth/')) return handleIdentity(deps, req, res, method, path.slice('/auth'.length));
  if (path === '/config.json') return json(res, 200, deps.runtimeConfigJson(), { 'cache-control': 'no-cache' });
  if (path.startsWith('/_local/stripe/') && deps.localStripe)
    return handleLocalStripe(deps.localStripe, req, res, method, path, deps.appOrigins());
  if (path === '/_local/outbox' || path === '/_local/outbox.json') return serveOutbox(req, res, path, deps.outboxDir, deps.appOrigins());
  if (method === 'GET' && serveStatic(deps.spaRoot, path, res, deps.appHeaders(), req.headers['accept-encoding'])) return;
  json(res, 404, { message: path === '/' ? 'The app is not built yet: run `npm run build -w frontend`.' : 'Not found' });
}

async function handleApi(
  deps: GatewayDependencies,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  path: string,
  url: URL,
): Promise<void> {
  if (method === 'OPTIONS') {
    res.writeHead(204, API_HEADERS).end();
    return;
  }
  const route = findRoute(method, path);
  if (!route) return json(res, findRoute('POST', path) ? 405 : 404, { message: `No route for ${method} ${path}` }, API_HEADERS);

  let claims: Record<string, string> | undefined;
  if (route.auth !== 'none') {
    const token = req.headers.authorization;
    try {
      if (!token) throw new Error('no token');
      claims = claimsAsStrings(await verifyIdToken(token));
    } catch {
      return json(res, 401, { message: 'Unauthorized' }, API_HEADERS); // what API Gateway's authorizer answers
    }
  }
  // The lambdalith applies the whole request policy; the gateway only stops reading at its size limit.
  const read = await readLimitedBody(req, REQUEST_LIMITS.maxBodyBytes);
  if (!read.ok) return writeResult(res, refusalResult(read.refusal));
  const body = read.body;
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
  const event = apiGatewayProxyEvent({
    method,
    path,
    headers,
    query: Object.fromEntries(url.searchParams),
    body: body.length ? body.toString('utf8') : null,
    sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
    claims,
    stage: deps.stage,
  });
  let result: APIGatewayProxyResult;
  try {
    result = await deps.functions.invoke<APIGatewayProxyResult>(route.function, event);
  } catch (error) {
    if (error instanceof FunctionNotDeployedError) return json(res, 501, { message: `${route.path} is not available yet` }, API_HEADERS);
    deps.onError(route.function, error);
    return json(res, 502, { message: 'Internal server error' }, API_HEADERS); // API Gateway's answer when a Lambda crashes
  }
  writeResult(res, result);
}

function writeResult(res: ServerResponse, result: APIGatewayProxyResult): void {
  const responseHeaders: Record<string, string | string[]> = { ...CORS_HEADERS };
  for (const [k, v] of Object.entries(result.headers ?? {})) responseHeaders[k.toLowerCase()] = String(v);
  for (const [k, v] of Object.entries(result.multiValueHeaders ?? {})) responseHeaders[k.toLowerCase()] = v.map(String);
  res.writeHead(result.statusCode, responseHeaders);
  res.end(result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : undefined);
}

async function handleIdentity(
  deps: GatewayDependencies,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  path: string,
): Promise<void> {
  if (method === 'GET' && (path === '/jwks.json' || path === '/.well-known/jwks.json')) return json(res, 200, deps.identity.jwks());
  if (method !== 'POST') return json(res, 404, { message: 'Not found' });
  const read = await readLimitedBody(req, REQUEST_LIMITS.maxBodyBytes);
  if (!read.ok) return json(res, 413, { message: read.refusal.message, code: 'InvalidParameterException' });
  let input: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(read.body.toString('utf8') || '{}');
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    input = parsed as Record<string, unknown>;
  } catch {
    return json(res, 400, { message: 'The request body is not a JSON object', code: 'InvalidParameterException' });
  }
  try {
    if (path === '/sign-up') return json(res, 201, await deps.identity.signUp(input));
    if (path === '/sign-in') return json(res, 200, deps.identity.signIn(input, req.socket.remoteAddress ?? 'unknown'));
    if (path === '/refresh') return json(res, 200, deps.identity.refresh(input));
    if (path === '/change-password') {
      deps.identity.changePassword(input);
      return json(res, 200, {});
    }
    if (path === '/change-email') return json(res, 200, await deps.identity.changeEmail(input));
    if (path === '/verify-email') return json(res, 200, deps.identity.verifyEmail(input));
    if (path === '/forgot-password') return json(res, 200, await deps.identity.forgotPassword(input));
    if (path === '/confirm-forgot-password') {
      deps.identity.confirmForgotPassword(input);
      return json(res, 200, {});
    }
  } catch (error) {
    if (error instanceof IdentityError) {
      const retry: Record<string, string> = error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {};
      return json(
        res,
        error.status,
        { message: error.message, code: error.code, ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}) },
        retry,
      );
    }
    throw error;
  }
  json(res, 404, { message: 'Not found' });
}
