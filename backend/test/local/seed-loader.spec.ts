import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SeedLoadResult } from '../../src/functions/seed-loader';
import type { LocalRuntime } from '../../src/local/runtime';
import { startTestRuntime } from '../support/test-runtime';

describe('seed-loader against DynamoDB Local', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;

  beforeAll(async () => {
    runtime = await startTestRuntime(); // the runtime runs the loader once on start, like a deploy
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  });
  afterAll(async () => {
    doc.destroy();
    await runtime.stop();
  });

  it('has loaded every lab panel, dose catalog and correction method on start', async () => {
    for (const [table, key, value] of [
      ['test-element', 'panel', 'OCEAMO'],
      ['test-element', 'panel', 'TRITON'],
      ['test-element', 'panel', 'ATI'],
      ['test-element', 'panel', 'FAUNA_MARIN'],
      ['test-element', 'panel', 'MANUAL'],
      ['dose-element', 'method', 'TRITON'],
      ['dose-element', 'method', 'FAUNA_MARIN'],
      ['dose-element', 'method', 'CUSTOM'],
      ['element-correction', 'method', 'MOONSHINERS'],
    ]) {
      const { Items = [] } = await doc.send(
        new QueryCommand({
          TableName: `${runtime.env}-${table}`,
          KeyConditionExpression: '#k = :v',
          ExpressionAttributeNames: { '#k': key },
          ExpressionAttributeValues: { ':v': value },
        }),
      );
      expect(Items.length).toBeGreaterThan(10);
    }
  });

  it('writes nothing when run again with the same seeds', async () => {
    const sut = await runtime.functions.invoke<SeedLoadResult>('seed-loader', {});

    expect(sut).toMatchObject({ written: 0, retired: 0 });
    expect(sut.unchanged).toBeGreaterThan(300);
  });

  it('rewrites only a row whose stored content drifted, and retires a row no seed mentions', async () => {
    const TableName = `${runtime.env}-test-element`;
    const { Item } = await doc.send(new GetCommand({ TableName, Key: { panel: 'ATI', element_id: 'zinc' } }));
    await doc.send(new PutCommand({ TableName, Item: { ...Item, unit: 'mg/l', content_hash: 'edited-by-hand' } }));
    await doc.send(new PutCommand({ TableName, Item: { panel: 'ATI', element_id: 'unobtainium', retired: false, content_hash: 'x' } }));

    const sut = await runtime.functions.invoke<SeedLoadResult>('seed-loader', {});

    expect(sut).toMatchObject({ written: 1, retired: 1 });
    expect((await doc.send(new GetCommand({ TableName, Key: { panel: 'ATI', element_id: 'zinc' } }))).Item).toMatchObject({
      unit: Item!.unit,
      retired: false,
    });
    expect((await doc.send(new GetCommand({ TableName, Key: { panel: 'ATI', element_id: 'unobtainium' } }))).Item).toMatchObject({
      retired: true,
    });
  });
});
