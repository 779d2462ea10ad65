import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { FunctionName } from '../../catalogue';
import { REQUEST_LIMITS } from '../../shared/http/request-policy';
import { type FunctionHost, FunctionNotDeployedError } from '../function-host';
import { SqsApi } from '../sqs/sqs-api';
import type { WebSocketGateway } from '../websocket/ws-gateway';
import { operatorRefusal, readLimitedBody, sendJson } from './request-guards';

/** SQS allows 1 MiB per message batch; the Management API takes what a notifier pushes. */
const OPERATOR_BODY_LIMIT = 1024 * 1024;

export interface OperatorDependencies {
  readonly functions: FunctionHost;
  readonly sqs: SqsApi;
  readonly websocket: WebSocketGateway;
  /** Bearer token `/_local/invoke` requires. */
  readonly adminToken: string;
  readonly onError: (where: string, error: unknown) => void;
}

/**
 * The operator port of the local runtime, on loopback only and never answering a web page: the SQS
 * and API Gateway Management APIs the handlers' SDK clients call (in AWS these are AWS endpoints,
 * not part of the app), and `/_local/invoke/<function>` for `npm run invoke`, which also needs the
 * local-admin token.
 */
export function createOperatorServer(deps: OperatorDependencies): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      deps.onError('operator port', error);
      if (!res.headersSent) sendJson(res, 500, { message: 'The operator port failed; see the terminal for details.' });
      else res.end();
    });
  });
}

async function handle(deps: OperatorDependencies, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const method = (req.method ?? 'GET').toUpperCase();
  const invoke = path.startsWith('/_local/invoke/');
  const refusal = operatorRefusal(req, invoke ? deps.adminToken : undefined);
  if (refusal) return sendJson(res, refusal.status, { message: refusal.message });

  const read = await readLimitedBody(req, invoke ? REQUEST_LIMITS.maxBodyBytes : OPERATOR_BODY_LIMIT);
  if (!read.ok) return sendJson(res, 413, { message: read.refusal.message });

  if (method === 'POST' && SqsApi.isSqsRequest(req)) return deps.sqs.handle(req, read.body.toString('utf8'), res);
  const management = path.indexOf('/@connections/');
  if (management >= 0) return deps.websocket.handleManagement(method, path.slice(management), read.body, res);
  if (invoke && method === 'POST') {
    if (req.headers['content-type']?.split(';')[0].trim().toLowerCase() !== 'application/json')
      return sendJson(res, 415, { message: 'Send the event as application/json' });
    const fn = path.slice('/_local/invoke/'.length) as FunctionName;
    let event: unknown;
    try {
      event = read.body.length ? JSON.parse(read.body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, { message: 'The event is not valid JSON' });
    }
    try {
      const result = await deps.functions.invoke(fn, event);
      return sendJson(res, 200, { functionName: fn, result: result ?? null });
    } catch (error) {
      if (error instanceof FunctionNotDeployedError) return sendJson(res, 404, { message: error.message });
      return sendJson(res, 500, { functionName: fn, error: (error as Error).message });
    }
  }
  sendJson(res, 404, { message: 'Not found' });
}
