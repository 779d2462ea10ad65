import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { DEPLOY_HOOKS, type FunctionName, QUEUES, QUEUE_NAMES, STREAM_SUBSCRIPTIONS, physicalTableName } from '../catalogue';
import { publicBillingCatalog } from '../domain/billing/plan-catalog';
import { stripeSettingsFrom, useLocalBillingGateway } from '../modules/billing';
import { registerLocalIdentityDirectory } from '../shared/identity/identity-directory';
import { logger } from '../shared/observability';
import { collectBuildMetadata } from './build-metadata';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local';
import { applyEnvironment, localEnvironment } from './environment';
import { FunctionHost } from './function-host';
import { appSecurityHeaders } from '../shared/http/security-headers';
import { createGateway } from './http/gateway';
import { createOperatorServer } from './http/operator-server';
import { LocalIdentityProvider } from './identity/local-identity';
import { OutboxMailSender } from '../shared/mail/mail-sender';
import { LocalSetupError, freePort, isPortTaken } from './ports';
import { LOCAL_S3_CREDENTIALS, type LocalS3, startLocalS3 } from './s3/s3-server';
import { DeliveryJournal } from './s3/delivery-journal';
import { LocalScheduler } from './scheduler';
import { QueueEngine } from './sqs/queue-engine';
import { SqsApi } from './sqs/sqs-api';
import { StreamPoller } from './streams/stream-poller';
import { LocalStripe } from './stripe/local-stripe';
import { ensureTables } from './table-setup';
import { WebSocketGateway } from './websocket/ws-gateway';

export interface LocalRuntimeOptions {
  readonly env?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly s3Port?: number;
  /** The loopback port of the operator tools (SQS, Management API, invoke); 0 or omitted picks a free one. */
  readonly operatorPort?: number;
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
  /** The operator port: SQS and Management APIs, and `/_local/invoke` with the local-admin token. */
  readonly operatorUrl: string;
  /** The bearer token `/_local/invoke` requires (also in `<data>/operator.json`). */
  readonly localAdminToken: string;
  readonly env: string;
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  readonly functions: FunctionHost;
  readonly identity: LocalIdentityProvider;
  readonly queues: QueueEngine;
  readonly scheduler: LocalScheduler;
  readonly websocket: WebSocketGateway;
  /** The Stripe stand-in, unless real Stripe keys are set (test mode). */
  readonly localStripe?: LocalStripe;
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
      dynamo = await startDynamoDbLocal({
        port: options.dynamoPort || (await freePort()),
        dataDir: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined,
      });
      stops.push(() => dynamo!.stop());
      dynamoEndpoint = dynamo.endpoint;
    }

    const requestedPort = options.port ?? 3000;
    if (requestedPort !== 0 && (await isPortTaken(requestedPort))) {
      throw new LocalSetupError(`Port ${requestedPort} is taken. Stop what uses it or start with PORT=<free port> npm start.`);
    }
    const functions = new FunctionHost(env);
    // With a data folder, queue messages and S3 deliveries on their way survive a restart (ADR 0020).
    const queueState = options.dataDir ? join(options.dataDir, 'queues') : undefined;
    const queues = new QueueEngine({
      region,
      visibilityTimeoutScale: options.visibilityTimeoutScale,
      onConsumerError: (q, e) => onError(`queue ${q}`, e),
      stateDir: queueState,
    });
    const deliveries = new DeliveryJournal(queueState ? join(queueState, 's3-deliveries.json') : undefined);
    const deliver = (target: string, event: S3Event, id = deliveries.add(target, event)) =>
      void deliverS3(functions, target as FunctionName, event, onError).finally(() => deliveries.done(id));
    let gatewayUrl = '';
    let operatorUrl = '';
    const sqs = new SqsApi(queues, () => operatorUrl);
    const websocket = new WebSocketGateway(functions, stage, onError);
    // Without Stripe keys, checkout and portal are served by the stand-in, which posts signed events to the real webhook.
    const localStripe = stripeSettingsFrom(process.env)
      ? undefined
      : new LocalStripe(
          () => `${gatewayUrl}/api/user/billing/webhook`,
          options.dataDir ? join(options.dataDir, 'stripe', 'local-stripe.json') : undefined,
        );
    useLocalBillingGateway(localStripe);
    stops.push(() => useLocalBillingGateway(undefined));
    // eslint-disable-next-line prefer-const -- the gateway is created before the identity provider it serves
    let identity!: LocalIdentityProvider;
    // Until every component is up, health answers 503 "starting" rather than failing.
    let health: LocalRuntime['health'] = async () => ({ status: 'starting', components: {} });
    const localOrigins = () => {
      const port = new URL(gatewayUrl).port;
      return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
    };
    let s3Origin = '';
    const server = createGateway({
      functions,
      get identity() {
        return identity;
      },
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
        billing: publicBillingCatalog(),
        ...(options.demo && !options.cognitoEmulator ? { demo: options.demo } : {}),
      }),
      appHeaders: () =>
        appSecurityHeaders({
          // With a Cognito emulator the app talks to it directly, as it talks to cognito-idp in AWS.
          connect: [
            ...localOrigins(),
            s3Origin,
            options.cognitoEmulator ? new URL(options.cognitoEmulator.endpoint).origin : undefined,
          ].filter((origin): origin is string => Boolean(origin)),
          websocket: localOrigins().map((o) => o.replace(/^http/, 'ws')),
        }),
      health: () => health(),
      onError,
      localStripe,
      outboxDir: join(scratch, 'outbox'),
      appOrigins: localOrigins,
    });
    gatewayUrl = `http://127.0.0.1:${await listenOnLoopback(server, requestedPort, stops)}`;

    const localAdminToken = randomBytes(24).toString('base64url');
    const operator = createOperatorServer({ functions, sqs, websocket, adminToken: localAdminToken, onError });
    operatorUrl = `http://127.0.0.1:${await listenOnLoopback(operator, options.operatorPort ?? 0, stops)}`;
    if (options.dataDir) {
      // `npm run invoke` finds the operator port and token here; only this user can read it.
      mkdirSync(options.dataDir, { recursive: true });
      writeFileSync(join(options.dataDir, 'operator.json'), JSON.stringify({ url: operatorUrl, token: localAdminToken }), { mode: 0o600 });
    }

    const adminEmail = (options.adminEmail ?? 'admin@reefamatic.local').toLowerCase();
    const s3Port = options.s3Port || (await freePort());
    applyEnvironment(
      localEnvironment({
        env,
        region,
        gatewayUrl,
        operatorUrl,
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
        outboxDir: join(scratch, 'outbox'),
        build: collectBuildMetadata(env, join(__dirname, '..', 'functions', 'admin-api.js')),
      }),
    );
    // Stripe test mode sends the keeper back to this machine; the stand-in returns to the page's own origin.
    if (!localStripe && !process.env.APP_ORIGIN) applyEnvironment({ APP_ORIGIN: gatewayUrl.replace('127.0.0.1', 'localhost') });
    identity = new LocalIdentityProvider(
      `${gatewayUrl}/auth`,
      functions,
      `local_${env}`,
      {
        keyFile: options.dataDir ? join(options.dataDir, 'identity', 'signing-key.json') : undefined,
        usersFile: options.dataDir ? join(options.dataDir, 'identity', 'users.json') : undefined,
      },
      undefined,
      new OutboxMailSender(join(scratch, 'outbox')),
    );
    registerLocalIdentityDirectory(identity);
    stops.push(() => registerLocalIdentityDirectory(undefined));

    const admin = new DynamoDBClient({ endpoint: dynamoEndpoint, region });
    stops.push(() => admin.destroy());
    await ensureTables(admin, env);

    const s3: LocalS3 = await startLocalS3({
      port: s3Port,
      directory: join(scratch, 's3'),
      appOrigins: localOrigins(),
      region,
      bucketNames: { upload: `${env}-reef-a-matic-upload` },
      notify: (target, event) => deliver(target, event),
    });
    stops.push(() => s3.stop());
    s3Origin = s3.endpoint;
    const s3Probe = new S3Client({ endpoint: s3.endpoint, region, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
    stops.push(() => s3Probe.destroy());

    const localQueues = queues.createCatalogueQueues(env);
    for (const name of QUEUE_NAMES) {
      const def = QUEUES[name];
      queues.subscribe(localQueues.get(name)!, def.batchSize, (event) => functions.invoke(def.consumer, event), {
        ready: () => functions.has(def.consumer),
        concurrency: def.maximumConcurrency,
      });
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
        filter: s.filterPattern,
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
          Item: {
            email: options.demo.email,
            entity_type: 'FRIEND_GRANT',
            granted_at: new Date().toISOString(),
            granted_by: 'local-runtime',
            note: 'demo keeper',
          },
        }),
      );
      await identity.ensureUser(options.demo.email, options.demo.password, 'PRO');
    }

    // Uploads a previous run had not finished converting go on now that everything is up.
    for (const [id, { target, event }] of deliveries.unfinished()) deliver(target, event, id);

    health = async () => {
      const dynamoUp = await admin.send(new ListTablesCommand({ Limit: 1 })).then(
        () => true,
        () => false,
      );
      // A signed HeadBucket, as a handler would call it: true once the bucket answers, however full.
      const s3Up = await s3Probe.send(new HeadBucketCommand({ Bucket: `${env}-reef-a-matic-upload` })).then(
        () => true,
        () => false,
      );
      const components = {
        gateway: { up: true, detail: gatewayUrl },
        dynamodb: { up: dynamoUp, detail: dynamoEndpoint },
        s3: { up: s3Up, detail: s3.endpoint },
        queues: { up: true, detail: Object.fromEntries(queues.allQueues().map((q) => [q.name, q.counts()])) },
        streams: { up: true, detail: STREAM_SUBSCRIPTIONS.map((s) => `${s.table} → ${s.target}`) },
        websocket: { up: true, detail: { openConnections: websocket.openConnections } },
        scheduler: {
          up: true,
          detail:
            options.scheduler === false
              ? 'paused: fire schedules with `npm run invoke`'
              : Object.fromEntries([...scheduler.nextRuns].map(([k, v]) => [k, v.toISOString()])),
        },
        identity: { up: true, detail: `${gatewayUrl}/auth` },
        ...(options.spaRoot ? { spa: { up: existsSync(join(options.spaRoot, 'index.html')), detail: options.spaRoot } } : {}),
      };
      return { status: Object.values(components).every((c) => c.up) ? 'ok' : 'degraded', components };
    };

    return {
      url: gatewayUrl,
      operatorUrl,
      localAdminToken,
      wsUrl: `${gatewayUrl.replace(/^http/, 'ws')}/ws`,
      env,
      dynamoEndpoint,
      s3Endpoint: s3.endpoint,
      functions,
      identity,
      queues,
      scheduler,
      websocket,
      localStripe,
      health: () => health(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Listens on 127.0.0.1 only (0 = a free port) and registers the close; returns the port. */
async function listenOnLoopback(server: Server, port: number, stops: (() => Promise<void> | void)[]): Promise<number> {
  // Idle keep-alive sockets stay open longer than clients keep them (as behind API Gateway), so a
  // client never reuses a socket the server is closing at that moment: no reset connections.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  stops.push(() => server.closeAllConnections());
  return (server.address() as AddressInfo).port;
}

/** S3 → Lambda is asynchronous: a failure is retried twice with a pause, then logged. */
async function deliverS3(
  functions: FunctionHost,
  target: FunctionName,
  event: S3Event,
  onError: (w: string, e: unknown) => void,
): Promise<void> {
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
