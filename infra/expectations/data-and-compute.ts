import { asyncInvokedFunctions, streamConsumers } from '../queues/queues';
import {
  BUCKET_NOTIFICATIONS,
  deadLetterQueueName,
  FUNCTION_NAMES,
  FUNCTIONS,
  IDENTITY_TRIGGERS,
  physicalTableName,
  QUEUE_NAMES,
  QUEUES,
  STREAM_SUBSCRIPTIONS,
  TABLE_NAMES,
  TABLES,
  type TableAccess,
} from '../../backend/src/catalogue';
import { TABLE_WRITE_ACTIONS } from '../functions/iam';
import { MANAGED_POLICIES } from '../managed-policies';
import { queueUrlVariable } from '../naming';
import { TEST_ACCOUNT, TEST_REGION } from '../testing/mocks';
import { named, statementsOf, TYPES } from '../testing/queries';
import { ofType, type ProgramRun, type StackName } from '../testing/run-program';

const tableArn = (env: string, table: string) => `arn:aws:dynamodb:${TEST_REGION}:${TEST_ACCOUNT}:table/${env}-${table}`;
const queueArn = (env: string, queue: string) => `arn:aws:sqs:${TEST_REGION}:${TEST_ACCOUNT}:${env}-${queue}`;

/** Tables, queues, functions and their event sources, as registered by one stack. */
export function describeDataAndCompute(env: StackName, run: () => Promise<ProgramRun>): void {
  describe('data', () => {
    it('creates exactly one table per catalogue table, named <env>-<table>', async () => {
      const names = ofType(await run(), TYPES.table).map((t) => t.props.name);
      expect(names.sort()).toEqual(TABLE_NAMES.map((t) => physicalTableName(env, t)).sort());
    });

    it.each(TABLE_NAMES)('builds %s from its catalogue entry: on demand, recoverable, encrypted', async (name) => {
      const definition = TABLES[name];
      const { props } = named(await run(), TYPES.table, physicalTableName(env, name));
      expect(props).toMatchObject({
        billingMode: 'PAY_PER_REQUEST',
        hashKey: definition.partitionKey.name,
        pointInTimeRecovery: { enabled: true },
        serverSideEncryption: { enabled: true },
        streamEnabled: definition.stream !== undefined,
        deletionProtectionEnabled: env === 'prod',
      });
      expect(props.rangeKey).toBe(definition.sortKey?.name);
      expect(props.streamViewType).toBe(definition.stream);
      expect(props.ttl).toEqual(definition.ttlAttribute ? { attributeName: definition.ttlAttribute, enabled: true } : undefined);
      expect((props.globalSecondaryIndexes ?? []).map((i: { name: string }) => i.name)).toEqual(
        (definition.indexes ?? []).map((i) => i.name),
      );
    });
  });

  describe('queues', () => {
    it.each(QUEUE_NAMES)('gives %s a dead-letter queue it redrives to after maxReceiveCount', async (queue) => {
      const definition = QUEUES[queue];
      const resources = await run();
      const main = named(resources, TYPES.queue, `${env}-${queue}`);
      const dlq = named(resources, TYPES.queue, `${env}-${deadLetterQueueName(queue)}`);
      expect(JSON.parse(main.props.redrivePolicy)).toEqual({
        deadLetterTargetArn: queueArn(env, deadLetterQueueName(queue)),
        maxReceiveCount: definition.maxReceiveCount,
      });
      expect(main.props.visibilityTimeoutSeconds).toBe(definition.visibilityTimeoutSeconds);
      expect(Boolean(main.props.fifoQueue)).toBe(definition.fifo);
      expect(Boolean(dlq.props.fifoQueue)).toBe(definition.fifo);
      expect(Boolean(main.props.contentBasedDeduplication)).toBe(Boolean(definition.contentBasedDeduplication));
    });

    it('creates no queues beyond the catalogue, its dead letters, the stream and the async failure queues', async () => {
      expect(ofType(await run(), TYPES.queue)).toHaveLength(
        QUEUE_NAMES.length * 2 + streamConsumers().length + asyncInvokedFunctions().length,
      );
    });
  });

  describe('functions', () => {
    it('deploys one function per catalogue entry from its built bundle, sized as declared', async () => {
      const resources = await run();
      expect(ofType(resources, TYPES.function)).toHaveLength(FUNCTION_NAMES.length);
      for (const fn of FUNCTION_NAMES) {
        const { props } = named(resources, TYPES.function, `${env}-${fn}`);
        expect(props).toMatchObject({
          handler: 'index.handler',
          runtime: 'nodejs22.x',
          architectures: ['arm64'],
          tracingConfig: { mode: 'Active' },
          memorySize: FUNCTIONS[fn].memoryMb,
          timeout: FUNCTIONS[fn].timeoutSeconds,
          loggingConfig: { logGroup: `/aws/lambda/${env}-${fn}` },
        });
        // Mocks hand the archive path over as a promise.
        expect(await props.code.path).toMatch(new RegExp(`backend/dist/bundles/${fn}$`));
        expect(props.reservedConcurrentExecutions).toBe(FUNCTIONS[fn].reservedConcurrency);
      }
    });

    it('lets every traced function write its X-Ray segments (the SDK clients are wrapped by the Tracer)', async () => {
      const attachments = ofType(await run(), 'aws:iam/rolePolicyAttachment:RolePolicyAttachment');
      for (const fn of FUNCTION_NAMES) {
        expect([
          fn,
          attachments.some((a) => a.props.role === `${env}-${fn}-role` && a.props.policyArn === MANAGED_POLICIES.xrayWrite),
        ]).toEqual([fn, true]);
      }
    });

    it('keeps function logs 14 days in dev and 90 in prod', async () => {
      const retention = ofType(await run(), TYPES.logGroup)
        .filter((g) => g.props.name.startsWith('/aws/lambda/'))
        .map((g) => g.props.retentionInDays);
      expect(retention).toEqual(FUNCTION_NAMES.map(() => (env === 'dev' ? 14 : 90)));
    });

    it('hands each function its service name and the URLs of exactly the queues it sends to', async () => {
      const resources = await run();
      for (const fn of FUNCTION_NAMES) {
        const variables: Record<string, string> = named(resources, TYPES.function, `${env}-${fn}`).props.environment.variables;
        expect(variables).toMatchObject({ RAM_ENV: env, POWERTOOLS_SERVICE_NAME: fn, UPLOAD_BUCKET: `${env}-reef-a-matic-upload` });
        const queueVariables = Object.keys(variables).filter((v) => v.startsWith('QUEUE_URL_'));
        expect(queueVariables.sort()).toEqual((FUNCTIONS[fn].sendsTo ?? []).map(queueUrlVariable).sort());
      }
      const convert = named(resources, TYPES.function, `${env}-upload-convert`).props.environment.variables;
      expect(convert.QUEUE_URL_UPLOAD_RESULTS).toBe(`https://sqs.${TEST_REGION}.amazonaws.com/${TEST_ACCOUNT}/${env}-upload-results.fifo`);
    });

    it('gives every function but the identity triggers the user pool, and only notifiers the WebSocket endpoint', async () => {
      const resources = await run();
      const triggers: string[] = Object.values(IDENTITY_TRIGGERS);
      for (const fn of FUNCTION_NAMES) {
        const variables = named(resources, TYPES.function, `${env}-${fn}`).props.environment.variables;
        expect(variables.COGNITO_USER_POOL_ID !== undefined).toBe(!triggers.includes(fn));
        expect(variables.COGNITO_CLIENT_ID !== undefined).toBe(!triggers.includes(fn));
        expect(variables.WS_MANAGEMENT_ENDPOINT !== undefined).toBe(FUNCTIONS[fn].manageConnections === true);
      }
      const notify = named(resources, TYPES.function, `${env}-realtime-notify`).props.environment.variables;
      expect(notify.WS_MANAGEMENT_ENDPOINT).toMatch(new RegExp(`^https://\\w+\\.execute-api\\.${TEST_REGION}\\.amazonaws\\.com/${env}$`));
    });

    it.each(FUNCTION_NAMES)('scopes the role of %s to exactly the tables it reads and writes', async (fn) => {
      const policy = named(await run(), TYPES.rolePolicy, `${env}-${fn}-role`, 'role');
      const statements = statementsOf(policy);
      const expected = (access: TableAccess) =>
        Object.entries(FUNCTIONS[fn].tables)
          .filter(([, a]) => a === access)
          .flatMap(([t]) => [tableArn(env, t), `${tableArn(env, t)}/index/*`])
          .sort();
      const granted = (sid: string) => (statements.find((s) => s.Sid === sid)?.Resource ?? []).slice().sort();
      expect(granted('ReadTables')).toEqual(expected('read'));
      expect(granted('WriteTables')).toEqual(expected('write'));
      const readStatement = statements.find((s) => s.Sid === 'ReadTables');
      expect(readStatement?.Action.filter((a) => TABLE_WRITE_ACTIONS.includes(a)) ?? []).toEqual([]);
      const costs = statements.filter((s) => s.Action.includes('ce:GetCostAndUsage'));
      expect(costs.length > 0).toBe(FUNCTIONS[fn].costExplorer === true);
      const scans = statements.filter((s) => s.Action.includes('dynamodb:Scan'));
      expect(scans.flatMap((s) => s.Resource).sort()).toEqual((FUNCTIONS[fn].scans ?? []).map((t) => tableArn(env, t)).sort());
    });
  });

  describe('event sources', () => {
    it('subscribes each queue consumer with its batch size, concurrency and partial batch failures', async () => {
      const mappings = ofType(await run(), TYPES.eventSourceMapping);
      for (const queue of QUEUE_NAMES) {
        const mapping = mappings.filter((m) => m.props.eventSourceArn === queueArn(env, queue));
        expect(mapping).toHaveLength(1);
        expect(mapping[0].props).toMatchObject({
          functionName: expect.stringContaining(`:function:${env}-${QUEUES[queue].consumer}`),
          batchSize: QUEUES[queue].batchSize,
          functionResponseTypes: ['ReportBatchItemFailures'],
        });
        expect(mapping[0].props.scalingConfig?.maximumConcurrency).toBe(QUEUES[queue].maximumConcurrency);
      }
      expect(QUEUES['upload-results.fifo']).toMatchObject({ batchSize: 10, maximumConcurrency: 10 });
      expect(mappings).toHaveLength(QUEUE_NAMES.length + STREAM_SUBSCRIPTIONS.length);
    });

    it('subscribes to each streamed table from LATEST, bisecting failures and parking them in a queue', async () => {
      const mappings = ofType(await run(), TYPES.eventSourceMapping);
      for (const subscription of STREAM_SUBSCRIPTIONS) {
        const stream = mappings.find(
          (m) =>
            m.props.eventSourceArn.startsWith(`${tableArn(env, subscription.table)}/stream/`) &&
            String(m.props.functionName).endsWith(`:function:${env}-${subscription.target}`),
        );
        expect(stream?.props).toMatchObject({
          functionName: expect.stringContaining(`:function:${env}-${subscription.target}`),
          startingPosition: 'LATEST',
          batchSize: subscription.batchSize,
          maximumRetryAttempts: subscription.maximumRetryAttempts,
          bisectBatchOnFunctionError: subscription.bisectBatchOnFunctionError,
          functionResponseTypes: ['ReportBatchItemFailures'],
          destinationConfig: { onFailure: { destinationArn: queueArn(env, `${subscription.target}-stream-dlq`) } },
        });
        expect(stream?.props.filterCriteria).toEqual(
          subscription.filterPattern ? { filters: [{ pattern: JSON.stringify(subscription.filterPattern) }] } : undefined,
        );
      }
    });

    it('notifies the catalogue target of new uploads, with permission to invoke it', async () => {
      const resources = await run();
      const [notification] = ofType(resources, TYPES.bucketNotification);
      const [expected] = BUCKET_NOTIFICATIONS;
      expect(notification.props.bucket).toBe(`${env}-reef-a-matic-${expected.bucket}`);
      expect(notification.props.lambdaFunctions).toEqual([
        expect.objectContaining({ events: expected.events, filterPrefix: expected.prefix, filterSuffix: expected.suffix }),
      ]);
      const s3Invokes = ofType(resources, TYPES.permission).filter((p) => p.props.principal === 's3.amazonaws.com');
      expect(s3Invokes.map((p) => p.props.function)).toEqual([`${env}-${expected.target}`]);
    });
  });
}
