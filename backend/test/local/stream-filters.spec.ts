import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { LocalRuntime } from '../../src/local/runtime';
import { eventually, startTestRuntime } from '../support/test-runtime';

describe('the local stream poller applies the catalogue’s filter patterns, as Lambda does', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;
  const got: Record<'realtime-notify' | 'alert-notify', string[]> = { 'realtime-notify': [], 'alert-notify': [] };

  beforeAll(async () => {
    runtime = await startTestRuntime();
    for (const name of ['realtime-notify', 'alert-notify'] as const)
      runtime.functions.register(name, async (event: DynamoDBStreamEvent) => {
        for (const r of event.Records) got[name].push(`${r.dynamodb?.Keys?.item?.S} ${r.dynamodb?.NewImage?.status?.S ?? '-'}`);
      });
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  });
  afterAll(async () => {
    doc.destroy();
    await runtime.stop();
  });

  it('gives test-history element rows to neither notifier, headers to realtime-notify, DONE headers to alert-notify', async () => {
    const TableName = `${runtime.env}-test-history`;
    const put = (item: string, status: string) =>
      doc.send(new PutCommand({ TableName, Item: { test_id: 'f-1', item, status, user_id: 'u1', tank_id: 'k1' } }));
    await put('HEADER', 'IN_PROGRESS');
    await put('ELEMENT#calcium', 'PENDING');
    await doc.send(
      new UpdateCommand({
        TableName,
        Key: { test_id: 'f-1', item: 'ELEMENT#calcium' },
        UpdateExpression: 'SET evaluated_at = :now',
        ExpressionAttributeValues: { ':now': 'now' },
      }),
    );
    await put('HEADER', 'DONE');
    // Records of a shard arrive in order: once a later record arrived, every earlier one was looked at.
    await put('HEADER', 'ERROR');

    await eventually(
      () => (got['realtime-notify'].includes('HEADER ERROR') && got['alert-notify'].length > 0 ? true : undefined),
      5000,
      'the last header to realtime-notify and the DONE header to alert-notify',
    );
    expect(got['realtime-notify']).toEqual(['HEADER IN_PROGRESS', 'HEADER DONE', 'HEADER ERROR']);
    expect(got['alert-notify']).toEqual(['HEADER DONE']);
  });
});
