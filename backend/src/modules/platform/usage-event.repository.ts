import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';

export type UsageResource = 'S3_STORAGE_GB_MONTH' | 'LAMBDA_GB_SECONDS' | 'BEDROCK_INPUT_TOKENS' | 'BEDROCK_OUTPUT_TOKENS' | 'SQS_REQUESTS';

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
  }
}
