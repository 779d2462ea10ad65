import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayAuthorizerResult } from 'aws-lambda';
import { type WebSocket, WebSocketServer } from 'ws';
import { WEBSOCKET } from '../../catalogue';
import type { FunctionHost } from '../function-host';

interface LiveConnection {
  readonly socket: WebSocket;
  readonly connectedAt: number;
  readonly sourceIp: string;
  lastActiveAt: number;
}

const connectionId = (): string => randomBytes(12).toString('base64url').replace(/[-_]/g, 'x') + '=';

/**
 * The WebSocket API on one machine: `$connect` runs the Lambda authorizer (token in `?token=`) and
 * the connect handler, `$disconnect` runs on close, and the Management API (`/@connections/{id}`)
 * lets handlers post with the real API Gateway Management API client.
 */
export class WebSocketGateway {
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly connections = new Map<string, LiveConnection>();

  constructor(
    private readonly functions: FunctionHost,
    private readonly stage: string,
    private readonly onError: (where: string, error: unknown) => void = () => undefined,
  ) {}

  get openConnections(): number {
    return this.connections.size;
  }

  private requestContext(id: string, routeKey: string, eventType: string, sourceIp: string) {
    return {
      routeKey,
      eventType,
      connectionId: id,
      stage: this.stage,
      apiId: 'local',
      domainName: 'localhost',
      requestId: randomBytes(8).toString('hex'),
      requestTimeEpoch: Date.now(),
      connectedAt: this.connections.get(id)?.connectedAt ?? Date.now(),
      identity: { sourceIp },
      messageDirection: 'IN',
      extendedRequestId: randomBytes(8).toString('hex'),
    };
  }

  /** Handles an HTTP upgrade on the WebSocket path. */
  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams);
    const sourceIp = req.socket.remoteAddress ?? '127.0.0.1';
    const id = connectionId();
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const reject = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    };
    try {
      const auth = await this.functions.invoke<APIGatewayAuthorizerResult>(WEBSOCKET.authorizer, {
        type: 'REQUEST',
        methodArn: `arn:aws:execute-api:local:000000000000:local/${this.stage}/$connect`,
        headers,
        queryStringParameters: query,
        requestContext: this.requestContext(id, '$connect', 'CONNECT', sourceIp),
      });
      const allowed = auth.policyDocument.Statement.some((s) => 'Effect' in s && s.Effect === 'Allow');
      if (!allowed) return reject(403, 'Forbidden');
      const connect = await this.functions.invoke<{ statusCode?: number }>(WEBSOCKET.routes.$connect, {
        headers,
        queryStringParameters: query,
        isBase64Encoded: false,
        requestContext: {
          ...this.requestContext(id, '$connect', 'CONNECT', sourceIp),
          authorizer: { principalId: auth.principalId, ...(auth.context ?? {}) },
        },
      });
      if ((connect?.statusCode ?? 200) >= 300) return reject(connect.statusCode ?? 500, 'Rejected');
    } catch (error) {
      this.onError('$connect', error);
      return reject(500, 'Internal Server Error');
    }
    this.server.handleUpgrade(req, socket, head, (ws) => {
      const now = Date.now();
      this.connections.set(id, { socket: ws, connectedAt: now, sourceIp, lastActiveAt: now });
      ws.on('message', () => {
        const live = this.connections.get(id);
        if (live) live.lastActiveAt = Date.now();
      });
      ws.on('close', () => {
        this.connections.delete(id);
        this.functions
          .invoke(WEBSOCKET.routes.$disconnect, {
            requestContext: this.requestContext(id, '$disconnect', 'DISCONNECT', sourceIp),
            isBase64Encoded: false,
          })
          .catch((error: unknown) => this.onError('$disconnect', error));
      });
    });
  }

  /** `POST|GET|DELETE /@connections/{id}` of the Management API; `path` starts at `/@connections`. */
  handleManagement(method: string, path: string, body: Buffer, res: ServerResponse): void {
    const id = decodeURIComponent(path.slice('/@connections/'.length));
    const live = this.connections.get(id);
    if (!live) {
      res.writeHead(410, { 'content-type': 'application/json', 'x-amzn-errortype': 'GoneException' });
      res.end(JSON.stringify({ message: null }));
      return;
    }
    if (method === 'POST') {
      live.socket.send(body.toString('utf8'));
      res.writeHead(200).end();
    } else if (method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          connectedAt: new Date(live.connectedAt).toISOString(),
          lastActiveAt: new Date(live.lastActiveAt).toISOString(),
          identity: { sourceIp: live.sourceIp },
        }),
      );
    } else if (method === 'DELETE') {
      live.socket.close(1000);
      res.writeHead(204).end();
    } else {
      res.writeHead(405).end();
    }
  }

  async stop(): Promise<void> {
    for (const { socket } of this.connections.values()) socket.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
