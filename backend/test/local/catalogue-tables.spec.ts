import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TABLE_NAMES, TABLES } from '../../src/catalogue';
import type { LocalRuntime } from '../../src/local/runtime';
import { startTestRuntime } from '../support/test-runtime';

describe('tables created by the local runtime from the catalogue', () => {
  let runtime: LocalRuntime;
  let dynamo: DynamoDBClient;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    dynamo = new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: 'eu-central-1' });
  });
  afterAll(async () => {
    dynamo.destroy();
    await runtime.stop();
  });

  it.each(TABLE_NAMES)('creates %s with its keys, indexes, stream and TTL', async (name) => {
    const def = TABLES[name];
    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: `${runtime.env}-${name}` }));

    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual([def.partitionKey.name, ...(def.sortKey ? [def.sortKey.name] : [])]);
    expect((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort()).toEqual((def.indexes ?? []).map((i) => i.name).sort());
    expect(Table?.StreamSpecification?.StreamViewType).toBe(def.stream);
    const ttl = await dynamo.send(new DescribeTimeToLiveCommand({ TableName: `${runtime.env}-${name}` }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(def.ttlAttribute);
  });

  it('keeps existing tables and data when the runtime starts again on the same prefix', async () => {
    const again = await startTestRuntime({ env: runtime.env });
    const health = await again.health();
    await again.stop();

    expect(health.components.dynamodb.up).toBe(true);
  });

  it('reports every component up on /api/health', async () => {
    const response = await fetch(`${runtime.url}/api/health`);
    const body = (await response.json()) as { status: string; components: Record<string, { up: boolean }> };

    expect(response.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(Object.keys(body.components)).toEqual(
      expect.arrayContaining(['gateway', 'dynamodb', 's3', 'queues', 'streams', 'websocket', 'identity']),
    );
  });
});
