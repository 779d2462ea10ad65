import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';

export type UsageResource = 'S3_STORAGE_GB_MONTH' | 'LAMBDA_GB_SECONDS' | 'BEDROCK_INPUT_TOKENS' | 'BEDROCK_OUTPUT_TOKENS' | 'SQS_REQUESTS';

/** Activity the admin overview counts (no cost of its own): an app session per keeper and day, a manual test. */
export type ActivityKind = 'APP_SESSION' | 'MANUAL_TEST';

export interface UsageEvent {
  readonly userId: string;
  readonly tankId: string;
  /** Groups the costs of one piece of work (an ICP PDF's test id). */
  readonly correlationId: string;
  readonly resourceType: UsageResource;
  readonly quantity: number;
  readonly estimatedUsd: number;
  readonly operation: string;
}

/** List prices (eu-central-1, arm64) used for per-PDF estimates; Cost Explorer has the actual bill. */
export const UNIT_PRICES_USD: Readonly<Record<UsageResource, number>> = {
  S3_STORAGE_GB_MONTH: 0.0245,
  LAMBDA_GB_SECONDS: 0.0000133334,
  BEDROCK_INPUT_TOKENS: 0.000003,
  BEDROCK_OUTPUT_TOKENS: 0.000015,
  SQS_REQUESTS: 0.0000005,
};

/**
 * A metered usage event priced at list price.
 *
 * @example priced('LAMBDA_GB_SECONDS', 1.5) // { quantity: 1.5, estimatedUsd: 0.00002 }
 */
export function priced(resourceType: UsageResource, quantity: number): { quantity: number; estimatedUsd: number } {
  return { quantity, estimatedUsd: Math.round(quantity * UNIT_PRICES_USD[resourceType] * 1e8) / 1e8 };
}

/** The partition of the per-day activity roll-ups in `usage-event` (sort key: the day). */
export const ROLLUP_PARTITION = 'ROLLUP';

/** Cost attribution rows: per user (PK), per correlation id and per day (indexes). */
@Injectable()
export class UsageEventRepository {
  async record(events: readonly UsageEvent[], now: Date): Promise<void> {
    for (let i = 0; i < events.length; i += 25) {
      const items = events.slice(i, i + 25).map((e) => ({
        PutRequest: {
          Item: {
            user_id: e.userId,
            event_id: `${now.toISOString()}#${randomUUID()}`,
            event_day: now.toISOString().slice(0, 10),
            tank_id: e.tankId,
            correlation_id: e.correlationId,
            resource_type: e.resourceType,
            operation: e.operation,
            quantity: e.quantity,
            estimated_usd: e.estimatedUsd,
            created_at: now.toISOString(),
          },
        },
      }));
      await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName('usage-event')]: items } }));
    }
    const byUser = new Map<string, boolean>();
    for (const e of events) byUser.set(e.userId, (byUser.get(e.userId) ?? false) || e.operation === 'upload-convert');
    for (const [userId, upload] of byUser) await this.rollUp(userId, now, upload ? 'uploads' : undefined);
  }

  /**
   * Adds to the day's activity roll-up (one row per day under the partition `ROLLUP`): the keeper
   * joins the day's set of active keepers, and a counter goes up by one. The admin overview reads
   * 30 days of these with one Query instead of every event.
   */
  private async rollUp(userId: string, now: Date, counter?: 'uploads' | 'manual_tests'): Promise<void> {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName('usage-event'),
        Key: { user_id: ROLLUP_PARTITION, event_id: now.toISOString().slice(0, 10) },
        UpdateExpression: counter ? 'ADD active_users :u, #c :one' : 'ADD active_users :u',
        ...(counter ? { ExpressionAttributeNames: { '#c': counter } } : {}),
        ExpressionAttributeValues: { ':u': new Set([userId]), ...(counter ? { ':one': 1 } : {}) },
      }),
    );
  }

  /**
   * Counts one piece of activity. An APP_SESSION is kept once per keeper and day (its id is the
   * day), so reconnects change nothing; a MANUAL_TEST is keyed by the test id, so a retry repeats safely.
   */
  async recordActivity(kind: ActivityKind, activity: { userId: string; tankId?: string; correlationId: string }, now: Date): Promise<void> {
    const day = now.toISOString().slice(0, 10);
    const eventId = kind === 'APP_SESSION' ? `${day}T00:00:00.000Z#APP_SESSION` : `${now.toISOString()}#${kind}#${activity.correlationId}`;
    await dynamo()
      .send(
        new PutCommand({
          TableName: tableName('usage-event'),
          Item: {
            user_id: activity.userId,
            event_id: eventId,
            event_day: day,
            tank_id: activity.tankId,
            correlation_id: activity.correlationId,
            resource_type: kind,
            operation: kind === 'APP_SESSION' ? 'ws-connect' : 'test-save-test-history',
            quantity: 1,
            estimated_usd: 0,
            created_at: now.toISOString(),
          },
          ...(kind === 'APP_SESSION' ? { ConditionExpression: 'attribute_not_exists(event_id)' } : {}),
        }),
      )
      .then(
        () => this.rollUp(activity.userId, now, kind === 'MANUAL_TEST' ? 'manual_tests' : undefined),
        (error: unknown) => {
          // A second session of the day is already counted.
          if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        },
      );
  }
}
