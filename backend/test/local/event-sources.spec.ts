import { createHmac } from 'node:crypto';
import { ApiGatewayManagementApiClient, GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { GetQueueAttributesCommand, SQSClient, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { DynamoDBStreamEvent, S3Event, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import WebSocket from 'ws';
import type { LocalRuntime } from '../../src/local/runtime';
import { eventually, signUpAndIn, startTestRuntime } from '../support/test-runtime';

describe('local event sources deliver real AWS event shapes to registered handlers', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    // Visibility timeouts shortened so redelivery happens within the test.
    runtime = await startTestRuntime({ visibilityTimeoutScale: 0.001 });
  });
  afterAll(() => runtime.stop());

  it('delivers an S3Event to upload-convert when a file is PUT to a presigned URL', async () => {
    const events: S3Event[] = [];
    runtime.functions.register('upload-convert', async (event: S3Event) => void events.push(event));
    const s3 = new S3Client({ region: 'eu-central-1', forcePathStyle: true });
    const bucket = `${runtime.env}-reef-a-matic-upload`;
    const url = await getSignedUrl(
      s3,
      new PutObjectCommand({ Bucket: bucket, Key: 'uploads/u1/t1/test-1.pdf', ContentType: 'application/pdf' }),
      { expiresIn: 60 },
    );

    const put = await fetch(url, { method: 'PUT', body: '%PDF-1.4 fake', headers: { 'content-type': 'application/pdf' } });

    expect(put.status).toBe(200);
    const [event] = await eventually(() => (events.length ? events : undefined), 5000, 'S3 event');
    expect(event.Records[0]).toMatchObject({
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: bucket }, object: { key: 'uploads/u1/t1/test-1.pdf', size: 13 } },
    });
    s3.destroy();
  });

  it('does not notify for keys outside the subscribed prefix and suffix', async () => {
    const events: S3Event[] = [];
    runtime.functions.register('upload-convert', async (event: S3Event) => void events.push(event));
    const s3 = new S3Client({ region: 'eu-central-1', forcePathStyle: true });

    await s3.send(new PutObjectCommand({ Bucket: `${runtime.env}-reef-a-matic-upload`, Key: 'other/notes.txt', Body: 'x' }));
    await new Promise((r) => setTimeout(r, 300));

    expect(events).toHaveLength(0);
    s3.destroy();
  });

  it('redelivers only the failed FIFO record, then moves it to the DLQ after max receives', async () => {
    const deliveries: string[] = [];
    runtime.functions.register('icp-evaluate', async (event: SQSEvent): Promise<SQSBatchResponse> => {
      deliveries.push(...event.Records.map((r) => r.body));
      return { batchItemFailures: event.Records.filter((r) => r.body === 'bad').map((r) => ({ itemIdentifier: r.messageId })) };
    });
    const sqs = new SQSClient({ region: 'eu-central-1' });
    const queueUrl = process.env.QUEUE_URL_UPLOAD_RESULTS!;

    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: ['good-1', 'bad', 'good-2'].map((body) => ({
          Id: body,
          MessageBody: body,
          MessageGroupId: body,
          MessageDeduplicationId: body,
        })),
      }),
    );

    const dlqUrl = queueUrl.replace('upload-results.fifo', 'upload-results-dlq.fifo');
    await eventually(
      async () => {
        const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['All'] }));
        return Attributes?.ApproximateNumberOfMessages === '1' ? true : undefined;
      },
      10_000,
      'the poison message in the DLQ',
    );
    expect(deliveries.filter((b) => b === 'good-1')).toHaveLength(1);
    expect(deliveries.filter((b) => b === 'good-2')).toHaveLength(1);
    expect(deliveries.filter((b) => b === 'bad')).toHaveLength(5); // maxReceiveCount of upload-results.fifo
    sqs.destroy();
  });

  it('delivers an INSERT then a REMOVE with images from a streamed table', async () => {
    const records: DynamoDBStreamEvent['Records'] = [];
    runtime.functions.register('realtime-notify', async (event: DynamoDBStreamEvent) => void records.push(...event.Records));
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    const TableName = `${runtime.env}-test-history`;

    await doc.send(new PutCommand({ TableName, Item: { test_id: 't-1', item: 'HEADER', status: 'PROCESSING', user_id: 'u1' } }));
    await doc.send(new DeleteCommand({ TableName, Key: { test_id: 't-1', item: 'HEADER' } }));

    await eventually(() => (records.length >= 2 ? true : undefined), 5000, 'two stream records');
    expect(records.map((r) => r.eventName)).toEqual(['INSERT', 'REMOVE']);
    expect(records[0].dynamodb?.NewImage).toMatchObject({ status: { S: 'PROCESSING' }, user_id: { S: 'u1' } });
    expect(records[1].dynamodb?.OldImage).toMatchObject({ test_id: { S: 't-1' }, user_id: { S: 'u1' } });
    expect(records[0].eventSourceARN).toContain(TableName);
    doc.destroy();
  });

  it('gives an empty map back as { M: {} } in stream images, as DynamoDB does, so unmarshall reads it', async () => {
    const records: DynamoDBStreamEvent['Records'] = [];
    runtime.functions.register('realtime-notify', async (event: DynamoDBStreamEvent) => void records.push(...event.Records));
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    const TableName = `${runtime.env}-test-history`;

    // An ICP report that prints no tank measurements stores them as an empty map.
    await doc.send(
      new PutCommand({
        TableName,
        Item: {
          test_id: 't-2',
          item: 'HEADER',
          status: 'IN_PROGRESS',
          user_id: 'u1',
          tank_measurements: {},
          nested: { inner: {}, list: [{}] },
        },
      }),
    );

    const [record] = await eventually(() => (records.length ? records : undefined), 5000, 'the stream record');
    expect(record.dynamodb?.NewImage?.tank_measurements).toEqual({ M: {} });
    expect(unmarshall(record.dynamodb!.NewImage as never)).toMatchObject({ tank_measurements: {}, nested: { inner: {}, list: [{}] } });
    doc.destroy();
  });

  describe('WebSocket gateway', () => {
    const open = (url: string) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(url);
        ws.once('open', () => resolve(ws));
        ws.once('error', reject);
        ws.once('unexpected-response', (_req, res) => reject(new Error(`rejected with ${res.statusCode}`)));
      });

    it('authorizes ?token=, runs $connect (storing the connection) and lets the Management API post to it', async () => {
      const keeper = await signUpAndIn(runtime);
      const ws = await open(`${runtime.wsUrl}?token=${keeper.idToken}`);
      const received = new Promise<string>((resolve) => ws.once('message', (data) => resolve(data.toString())));
      const dynamo = new DynamoDBClient({ region: 'eu-central-1' });
      const rows = await eventually(
        async () => {
          const { QueryCommand } = await import('@aws-sdk/client-dynamodb');
          const page = await dynamo.send(
            new QueryCommand({
              TableName: `${runtime.env}-websocket-connections`,
              IndexName: 'user_id-index',
              KeyConditionExpression: 'user_id = :u',
              ExpressionAttributeValues: { ':u': { S: keeper.userId } },
            }),
          );
          return page.Items?.length ? page.Items : undefined;
        },
        3000,
        'the connection row',
      );
      const connectionId = rows[0].connection_id.S!;
      const management = new ApiGatewayManagementApiClient({ region: 'eu-central-1', endpoint: process.env.WS_MANAGEMENT_ENDPOINT });

      await management.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: Buffer.from('{"type":"TEST"}') }));

      expect(await received).toBe('{"type":"TEST"}');
      ws.close();
      await eventually(
        async () => {
          const { Item } = await dynamo.send(
            new GetItemCommand({ TableName: `${runtime.env}-websocket-connections`, Key: { connection_id: { S: connectionId } } }),
          );
          return Item ? undefined : true;
        },
        3000,
        '$disconnect to remove the row',
      );
      management.destroy();
      dynamo.destroy();
    });

    it('rejects a connection with a bad token or none', async () => {
      await expect(open(`${runtime.wsUrl}?token=not-a-token`)).rejects.toThrow(/403/);
      await expect(open(runtime.wsUrl)).rejects.toThrow(/403/);
      const forged = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.${createHmac('sha256', 'k').update('x').digest('base64url')}`;
      await expect(open(`${runtime.wsUrl}?token=${forged}`)).rejects.toThrow(/403/);
    });

    it('answers GoneException for a connection id that is not open', async () => {
      const management = new ApiGatewayManagementApiClient({ region: 'eu-central-1', endpoint: process.env.WS_MANAGEMENT_ENDPOINT });

      await expect(
        management.send(new PostToConnectionCommand({ ConnectionId: 'nobody=', Data: Buffer.from('x') })),
      ).rejects.toBeInstanceOf(GoneException);
      management.destroy();
    });
  });
});
