import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { S3Event } from 'aws-lambda';
import { DEPLOY_HOOKS, type FunctionName, QUEUES, QUEUE_NAMES, STREAM_SUBSCRIPTIONS, physicalTableName } from '../catalogue';
import { logger } from '../shared/observability';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local';
import { applyEnvironment, localEnvironment } from './environment';
import { FunctionHost } from './function-host';
import { createGateway } from './http/gateway';
import { LocalIdentityProvider } from './identity/local-identity';
import { LocalSetupError, freePort, isPortTaken } from './ports';
import { type LocalS3, startLocalS3 } from './s3/s3-server';
import { LocalScheduler } from './scheduler';
import { QueueEngine } from './sqs/queue-engine';
import { SqsApi } from './sqs/sqs-api';
import { StreamPoller } from './streams/stream-poller';
import { ensureTables } from './table-setup';
import { WebSocketGateway } from './websocket/ws-gateway';

export interface LocalRuntimeOptions {
  readonly env?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly s3Port?: number;
  /** Use an already running DynamoDB Local instead of starting one. */
  readonly dynamoEndpoint?: string;
  readonly dynamoPort?: number;
  /** Where tables, uploads and identities persist; omitted = a temporary folder and in-memory tables. */
  readonly dataDir?: string;
  readonly spaRoot?: string;
  readonly adminEmail?: string;
  readonly adminPassword?: string;
  readonly demo?: { email: string; password: string };
  readonly visibilityTimeoutScale?: number;
  readonly logLevel?: string;
  readonly scheduler?: boolean;
  /**
   * Sign people in with a Cognito API emulator (e.g. cognito-local) instead of the local provider: the
   * SPA gets a Cognito config and the gateway trusts that pool's tokens. Used by the browser suite.
   */
  readonly cognitoEmulator?: CognitoEmulatorIdentity;
}

export interface CognitoEmulatorIdentity {
  readonly endpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
}

export interface LocalRuntime {
  readonly url: string;
  readonly wsUrl: string;
  readonly env: string;
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  readonly functions: FunctionHost;
  readonly identity: LocalIdentityProvider;
  readonly queues: QueueEngine;
  readonly scheduler: LocalScheduler;
  readonly websocket: WebSocketGateway;
  health(): Promise<{ status: string; components: Record<string, { up: boolean; detail?: unknown }> }>;
  stop(): Promise<void>;
}

const S3_RETRIES = 2; // S3 invokes Lambda asynchronously: the first try plus two retries

/** Starts the whole product on this machine and returns handles to every part. */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const env = options.env ?? 'local';
  const region = 'eu-central-1';
  const stage = env;
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
    stops.length = 0;
  };
  const onError = (where: string, error: unknown) => logger.error(`Local runtime: ${where} failed`, { error: error as Error });

  try {
    const scratch = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ram-local-'));
    if (!options.dataDir) stops.push(() => rmSync(scratch, { recursive: true, force: true }));

    let dynamo: DynamoDbLocal | undefined;
    let dynamoEndpoint = options.dynamoEndpoint;
    if (!dynamoEndpoint) {
      dynamo = await startDynamoDbLocal({ port: options.dynamoPort || (await freePort()), dataDir: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined });
      stops.push(() => dynamo!.stop());
      dynamoEndpoint = dynamo.endpoint;
    }

    const requestedPort = options.port ?? 3000;
    if (requestedPort !== 0 && (await isPortTaken(requestedPort))) {
      throw new LocalSetupError(`Port ${requestedPort} is taken. Stop what uses it or start with PORT=<free port> npm start.`);
    }
    const functions = new FunctionHost(env);
    const queues = new QueueEngine({ region, visibilityTimeoutScale: options.visibilityTimeoutScale, onConsumerError: (q, e) => onError(`queue ${q}`, e) });
    let gatewayUrl = '';
    const sqs = new SqsApi(queues, () => gatewayUrl);
    const websocket = new WebSocketGateway(functions, stage, onError);
    // eslint-disable-next-line prefer-const -- the gateway is created before the identity provider it serves
    let identity!: LocalIdentityProvider;
    // eslint-disable-next-line prefer-const -- filled in once every component is up
    let health!: LocalRuntime["health"];
    const server = createGateway({
      functions,
      get identity() {
        return identity;
      },
      sqs,
      websocket,
      stage,
      spaRoot: options.spaRoot ?? join(scratch, 'no-spa'),
      runtimeConfigJson: () => ({
        apiUrl: '/api',
        wsUrl: gatewayUrl.replace(/^http/, 'ws') + '/ws',
        identity: options.cognitoEmulator
          ? { kind: 'cognito', region, ...options.cognitoEmulator }
          : { kind: 'local', baseUrl: '/auth', clientId: identity.clientId },
        environment: 'local',
        ...(options.demo && !options.cognitoEmulator ? { demo: options.demo } : {}),
      }),
      health: () => health(),
      onError,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(requestedPort, '127.0.0.1', () => resolve());
    });
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    stops.push(() => server.closeAllConnections());
    gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const adminEmail = (options.adminEmail ?? 'admin@reefamatic.local').toLowerCase();
    const s3Port = options.s3Port || (await freePort());
    applyEnvironment(
      localEnvironment({
        env,
        region,
        gatewayUrl,
        dynamoEndpoint,
        s3Endpoint: `http://127.0.0.1:${s3Port}`,
        ...(options.cognitoEmulator
          ? {
              issuer: `${options.cognitoEmulator.endpoint}/${options.cognitoEmulator.userPoolId}`,
              jwksUri: `${options.cognitoEmulator.endpoint}/${options.cognitoEmulator.userPoolId}/.well-known/jwks.json`,
              clientId: options.cognitoEmulator.clientId,
            }
          : { issuer: `${gatewayUrl}/auth`, clientId: 'ram-local-client' }),
        adminEmail,
        stage,
        logLevel: options.logLevel ?? 'WARN',
      }),
    );
    identity = new LocalIdentityProvider(`${gatewayUrl}/auth`, functions, `local_${env}`, {
      keyFile: options.dataDir ? join(options.dataDir, 'identity', 'signing-key.json') : undefined,
      usersFile: options.dataDir ? join(options.dataDir, 'identity', 'users.json') : undefined,
    });

    const admin = new DynamoDBClient({ endpoint: dynamoEndpoint, region });
    stops.push(() => admin.destroy());
    await ensureTables(admin, env);

    const s3: LocalS3 = await startLocalS3({
      port: s3Port,
      directory: join(scratch, 's3'),
      region,
      bucketNames: { upload: `${env}-reef-a-matic-upload` },
      notify: (target, event) => void deliverS3(functions, target as FunctionName, event, onError),
    });
    stops.push(() => s3.stop());

    const localQueues = queues.createCatalogueQueues(env);
    for (const name of QUEUE_NAMES) {
      const def = QUEUES[name];
      queues.subscribe(localQueues.get(name)!, def.batchSize, (event) => functions.invoke(def.consumer, event), { ready: () => functions.has(def.consumer) });
    }
    queues.start();
    stops.push(() => queues.stop());

    const streamsClient = new DynamoDBStreamsClient({ endpoint: dynamoEndpoint, region });
    stops.push(() => streamsClient.destroy());
    const poller = new StreamPoller(
      admin,
      streamsClient,
      STREAM_SUBSCRIPTIONS.map((s) => ({
        tableName: physicalTableName(env, s.table),
        batchSize: s.batchSize,
        maximumRetryAttempts: s.maximumRetryAttempts,
        consumer: async (event) => (functions.has(s.target) ? functions.invoke(s.target, event) : undefined),
      })),
      {
        region,
        onDropped: (table, record) => logger.error('Stream record skipped after retries', { table, eventID: record.eventID }),
        onError: (error) => onError('stream poller', error),
      },
    );
    await poller.start();
    stops.push(() => poller.stop());

    stops.push(() => websocket.stop());

    const scheduler = new LocalScheduler(env, async (schedule, event) => {
      if (functions.has(schedule.target)) await functions.invoke(schedule.target, event).catch((e: unknown) => onError(schedule.name, e));
    });
    if (options.scheduler !== false) scheduler.start();
    stops.push(() => scheduler.stop());

    for (const hook of DEPLOY_HOOKS) if (functions.has(hook)) await functions.invoke(hook, { source: 'local-start' });
    await identity.ensureUser(adminEmail, options.adminPassword ?? 'ReefAdmin-2026', 'PRO');
    if (options.demo) {
      // Locally the demo keeper has friend access, so every feature shows without a checkout.
      await DynamoDBDocumentClient.from(admin).send(
        new PutCommand({
          TableName: physicalTableName(env, 'friend-access-grant'),
          Item: { email: options.demo.email, entity_type: 'FRIEND_GRANT', granted_at: new Date().toISOString(), granted_by: 'local-runtime', note: 'demo keeper' },
        }),
      );
      await identity.ensureUser(options.demo.email, options.demo.password, 'PRO');
    }

    health = async () => {
      const dynamoUp = await admin.send(new ListTablesCommand({ Limit: 1 })).then(() => true, () => false);
      const s3Up = await fetch(`${s3.endpoint}/${env}-reef-a-matic-upload?list-type=2&max-keys=1`).then((r) => r.status < 500, () => false);
      const components = {
        gateway: { up: true, detail: gatewayUrl },
        dynamodb: { up: dynamoUp, detail: dynamoEndpoint },
        s3: { up: s3Up, detail: s3.endpoint },
        queues: { up: true, detail: Object.fromEntries(queues.allQueues().map((q) => [q.name, q.counts()])) },
        streams: { up: true, detail: STREAM_SUBSCRIPTIONS.map((s) => `${s.table} → ${s.target}`) },
        websocket: { up: true, detail: { openConnections: websocket.openConnections } },
        scheduler: {
          up: true,
          detail: options.scheduler === false ? 'paused: fire schedules with `npm run invoke`' : Object.fromEntries([...scheduler.nextRuns].map(([k, v]) => [k, v.toISOString()])),
        },
        identity: { up: true, detail: `${gatewayUrl}/auth` },
        ...(options.spaRoot ? { spa: { up: existsSync(join(options.spaRoot, 'index.html')), detail: options.spaRoot } } : {}),
      };
      return { status: Object.values(components).every((c) => c.up) ? 'ok' : 'degraded', components };
    };

    return {
      url: gatewayUrl,
      wsUrl: `${gatewayUrl.replace(/^http/, 'ws')}/ws`,
      env,
      dynamoEndpoint,
      s3Endpoint: s3.endpoint,
      functions,
      identity,
      queues,
      scheduler,
      websocket,
      health: () => health(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** S3 → Lambda is asynchronous: a failure is retried twice with a pause, then logged. */
async function deliverS3(functions: FunctionHost, target: FunctionName, event: S3Event, onError: (w: string, e: unknown) => void): Promise<void> {
  if (!functions.has(target)) return;
  for (let attempt = 0; attempt <= S3_RETRIES; attempt++) {
    try {
      await functions.invoke(target, event);
      return;
    } catch (error) {
      if (attempt === S3_RETRIES) onError(`${target} (after ${S3_RETRIES + 1} attempts)`, error);
      else await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
}
