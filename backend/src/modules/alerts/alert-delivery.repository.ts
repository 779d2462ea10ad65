import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';

const KEEP_DAYS = 90;

/** The ledger that makes alert mails idempotent: a key is claimed before its mail goes out. */
@Injectable()
export class AlertDeliveryRepository {
  /** True when this call claimed the delivery; false when it was sent (or is being sent) already. */
  async claim(deliveryKey: string, userId: string, now: Date): Promise<boolean> {
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName('alert-delivery'),
          Item: {
            delivery_key: deliveryKey,
            user_id: userId,
            sent_at: now.toISOString(),
            expires_at: Math.floor(now.getTime() / 1000) + KEEP_DAYS * 86_400,
          },
          ConditionExpression: 'attribute_not_exists(delivery_key)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Gives a claim back after the mail failed, so the retry sends it. */
  async release(deliveryKey: string): Promise<void> {
    await dynamo().send(new DeleteCommand({ TableName: tableName('alert-delivery'), Key: { delivery_key: deliveryKey } }));
  }
}
