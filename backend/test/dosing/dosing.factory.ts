import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, eventually, postApi, signUpAndIn } from '../support/test-runtime';

export interface KeeperTank {
  readonly keeper: SignedInUser;
  readonly tankId: string;
  readonly timezone: string;
}

/** A new keeper with a tank in the given time zone and dosing method. */
export async function keeperWithTank(runtime: LocalRuntime, tank: { timezone?: string; dosingMethod?: string } = {}): Promise<KeeperTank> {
  const keeper = await signUpAndIn(runtime);
  const name = `Reef ${randomUUID().slice(0, 8)}`;
  const timezone = tank.timezone ?? 'UTC';
  const { status, body } = await postApi(
    runtime,
    '/user/save',
    { tanks: [{ name, volume: 300, volumeUnit: 'L', dosingMethod: tank.dosingMethod ?? 'TRITON', defaultLab: 'TRITON', timezone }] },
    keeper,
  );
  if (status !== 200) throw new Error(`tank setup failed: ${status} ${JSON.stringify(body)}`);
  const created = (body.tanks as { tankId: string; name: string }[]).find((t) => t.name === name)!;
  return { keeper, tankId: created.tankId, timezone };
}

/** Today in a time zone, worked out here with Intl rather than with the code under test. */
export function todayIn(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A date `days` away from `date` (negative = earlier), by plain UTC arithmetic. */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const weekdayOfDate = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay();

export interface StoredRow {
  readonly dose_date: string;
  readonly version: number;
  readonly updated_at: string;
  readonly entries: Record<string, { element_id: string; amount: number; unit: string; source: string }>;
}

/** Reads a tank-keyed table straight from DynamoDB Local, to see versions and aggregates the API does not show. */
export async function tableRows<T = StoredRow>(runtime: LocalRuntime, table: string, tank: KeeperTank): Promise<T[]> {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: 'eu-central-1' }));
  try {
    const rows: T[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: `${runtime.env}-${table}`,
          KeyConditionExpression: 'user_id_tank_id = :k',
          ExpressionAttributeValues: { ':k': `${tank.keeper.userId}#${tank.tankId}` },
          ExclusiveStartKey: startKey,
        }),
      );
      rows.push(...((page.Items ?? []) as T[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return rows;
  } finally {
    client.destroy();
  }
}

export const doseRows = (runtime: LocalRuntime, tank: KeeperTank): Promise<StoredRow[]> => tableRows(runtime, 'dose-history', tank);

/** Waits until a queue holds no messages: everything sent to it has been handled and deleted. */
export async function queueDrained(runtime: LocalRuntime, queue: string, timeoutMs = 15_000): Promise<void> {
  await new Promise((r) => setTimeout(r, 60));
  await eventually(
    () => (runtime.queues.queue(`${runtime.env}-${queue}`)?.counts().total === 0 ? true : undefined),
    timeoutMs,
    `${queue} to drain`,
  );
}

/** An SQS event with the given message bodies, as Lambda delivers it. */
export function sqsEvent(queue: string, ...bodies: unknown[]): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}-${randomUUID()}`,
      receiptHandle: `r-${i}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(Date.now()),
        SenderId: 'TEST',
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:eu-central-1:000000000000:${queue}`,
      awsRegion: 'eu-central-1',
    })),
  };
}

export function programPayload(tankId: string, overrides: Record<string, unknown> = {}) {
  return {
    tankId,
    name: 'Trace program',
    status: 'active',
    startDate: todayIn('UTC'),
    elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] }],
    ...overrides,
  };
}
