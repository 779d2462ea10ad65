import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';

/**
 * Stamps when a keeper last opened the app (each app session opens a WebSocket), for the admin's
 * users table. Does nothing for a user without a row yet.
 */
export async function markLastSeen(userId: string, now: Date): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName('user'),
        Key: { user_id: userId },
        UpdateExpression: 'SET last_seen_at = :now',
        ConditionExpression: 'attribute_exists(user_id)',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
