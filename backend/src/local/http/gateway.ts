import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { type FunctionName, findRoute } from '../../catalogue';
import { claimsAsStrings, verifyIdToken } from '../../shared/auth/token-verifier';
import { apiGatewayProxyEvent } from '../events/api-gateway-event';
import { type FunctionHost, FunctionNotDeployedError } from '../function-host';
import { IdentityError, type LocalIdentityProvider } from '../identity/local-identity';
import { SqsApi } from '../sqs/sqs-api';
import type { WebSocketGateway } from '../websocket/ws-gateway';
import { serveOutbox } from './outbox-pages';
import { serveStatic } from './static-files';

const MAX_BODY_BYTES = 10 * 1024 * 1024; // API Gateway's payload limit

export interface GatewayDependencies {
  readonly functions: FunctionHost;
  readonly identity: LocalIdentityProvider;
  readonly sqs: SqsApi;
  readonly websocket: WebSocketGateway;
  readonly stage: string;
  readonly spaRoot: string;
  readonly runtimeConfigJson: () => Record<string, unknown>;
  readonly health: () => Promise<{ status: string; components: Record<string, unknown> }>;
  readonly onError: (where: string, error: unknown) => void;
  /** Where the mail outbox keeps its mails (shown at `/_local/outbox`). */
  readonly outboxDir?: string;
}

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization,content-type',
  'access-control-allow-methods': 'POST,OPTIONS',
};

function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/**
 * The single HTTP front door of the local runtime: `/api/*` through the route catalogue to the
 * lambdaliths (as API Gateway REST proxy events, with verified Cognito-style claims), `/auth/*`
 * for the identity provider, the queue and WebSocket management APIs, and the SPA at `/`.
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

  if (method === 'POST' && SqsApi.isSqsRequest(req)) return deps.sqs.handle(req, (await readBody(req)).toString('utf8'), res);
  const management = path.indexOf('/@connections/');
  if (management >= 0) return deps.websocket.handleManagement(method, path.slice(management), await readBody(req), res);

  if (path === '/api/health') {
    const health = await deps.health();
    return json(res, health.status === 'ok' ? 200 : 503, health);
  }
  if (path.startsWith('/api/')) return handleApi(deps, req, res, method, path.slice('/api'.length), url);
  if (path.startsWith('/auth/')) return handleIdentity(deps, req, res, method, path.slice('/auth'.length));
  if (path === '/config.json') return json(res, 200, deps.runtimeConfigJson(), { 'cache-control': 'no-cache' });
  if (path === '/_local/outbox' || path === '/_local/outbox.json') return serveOutbox(req, res, path, deps.outboxDir);
  if (path.startsWith('/_local/invoke/') && method === 'POST') {
    if (!isLoopback(req)) return json(res, 403, { message: 'Local invocations are accepted from this machine only' });
    const fn = path.slice('/_local/invoke/'.length) as FunctionName;
    const body = (await readBody(req)).toString('utf8');
    try {
      const result = await deps.functions.invoke(fn, body ? JSON.parse(body) : {});
      return json(res, 200, { functionName: fn, result: result ?? null });
    } catch (error) {
      if (error instanceof FunctionNotDeployedError) return json(res, 404, { message: error.message });
      return json(res, 500, { functionName: fn, error: (error as Error).message });
    }
  }
  if (method === 'GET' && serveStatic(deps.spaRoot, path, res)) return;
  json(res, 404, { message: path === '/' ? 'The app is not built yet: run `npm run build -w frontend`.' : 'Not found' });
}

async function handleApi(deps: GatewayDependencies, req: IncomingMessage, res: ServerResponse, method: string, path: string, url: URL): Promise<void> {
  if (method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS).end();
    return;
  }
  const route = findRoute(method, path);
  if (!route) return json(res, findRoute('POST', path) ? 405 : 404, { message: `No route for ${method} ${path}` }, CORS_HEADERS);

  let claims: Record<string, string> | undefined;
  if (route.auth !== 'none') {
    const token = req.headers.authorization;
    try {
      if (!token) throw new Error('no token');
      claims = claimsAsStrings(await verifyIdToken(token));
    } catch {
      return json(res, 401, { message: 'Unauthorized' }, CORS_HEADERS); // what API Gateway's authorizer answers
    }
  }
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(res, 413, { message: 'Request body is larger than 10 MB' }, CORS_HEADERS);
    throw error;
  }
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
    if (error instanceof FunctionNotDeployedError) return json(res, 501, { message: `${route.path} is not available yet` }, CORS_HEADERS);
    deps.onError(route.function, error);
    return json(res, 502, { message: 'Internal server error' }, CORS_HEADERS); // API Gateway's answer when a Lambda crashes
  }
  const responseHeaders: Record<string, string | string[]> = { ...CORS_HEADERS };
  for (const [k, v] of Object.entries(result.headers ?? {})) responseHeaders[k.toLowerCase()] = String(v);
  for (const [k, v] of Object.entries(result.multiValueHeaders ?? {})) responseHeaders[k.toLowerCase()] = v.map(String);
  res.writeHead(result.statusCode, responseHeaders);
  res.end(result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : undefined);
}

async function handleIdentity(deps: GatewayDependencies, req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<void> {
  if (method === 'GET' && (path === '/jwks.json' || path === '/.well-known/jwks.json')) return json(res, 200, deps.identity.jwks());
  if (method !== 'POST') return json(res, 404, { message: 'Not found' });
  let input: Record<string, unknown>;
  try {
    input = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
  } catch {
    return json(res, 400, { message: 'The request body is not valid JSON', code: 'InvalidParameterException' });
  }
  try {
    if (path === '/sign-up') return json(res, 201, await deps.identity.signUp(input));
    if (path === '/sign-in') return json(res, 200, deps.identity.signIn(input));
    if (path === '/refresh') return json(res, 200, deps.identity.refresh(input));
  } catch (error) {
    if (error instanceof IdentityError) return json(res, error.status, { message: error.message, code: error.code });
    throw error;
  }
  json(res, 404, { message: 'Not found' });
}
