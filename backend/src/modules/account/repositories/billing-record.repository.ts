import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { BillingRecord } from '../../../domain/billing/billing-state';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';

export interface VersionedBillingRecord {
  readonly record: BillingRecord;
  /** Bumped by every write; a write made from an older read fails and is retried from a fresh read. */
  readonly version: number;
}

/** The keeper's billing facts, kept as one map on their user row (the account context owns the table). */
export function billingRecordOf(item: Record<string, unknown> | undefined): BillingRecord {
  const billing = (item?.billing ?? {}) as Partial<BillingRecord>;
  return { ...billing, eventIds: billing.eventIds ?? [] };
}

@Injectable()
export class BillingRecordRepository {
  async get(userId: string): Promise<VersionedBillingRecord | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({
        TableName: tableName('user'),
        Key: { user_id: userId },
        ConsistentRead: true,
        ProjectionExpression: 'user_id, billing, billing_version',
      }),
    );
    if (!Item) return undefined;
    return { record: billingRecordOf(Item), version: (Item.billing_version as number | undefined) ?? 0 };
  }

  /** Saves the record if nobody wrote since `expectedVersion` was read; false when someone did. */
  async save(userId: string, record: BillingRecord, expectedVersion: number, now: Date): Promise<boolean> {
    try {
      await dynamo().send(
        new UpdateCommand({
          TableName: tableName('user'),
          Key: { user_id: userId },
          UpdateExpression: 'SET billing = :billing, billing_version = :next, updated_at = :now',
          ConditionExpression:
            expectedVersion === 0 ? 'attribute_exists(user_id) AND attribute_not_exists(billing_version)' : 'billing_version = :expected',
          ExpressionAttributeValues: {
            ':billing': JSON.parse(JSON.stringify(record)) as Record<string, unknown>, // drops undefined fields
            ':next': expectedVersion + 1,
            ':now': now.toISOString(),
            ...(expectedVersion === 0 ? {} : { ':expected': expectedVersion }),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
