import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';

/** Records what the Stripe webhook writes once a keeper has paid: an active subscription of `tier`. */
export async function recordPaidPlan(runtime: LocalRuntime, userId: string, tier: 'BASIC' | 'PRO'): Promise<void> {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1', endpoint: runtime.dynamoEndpoint }));
  try {
    await doc.send(
      new UpdateCommand({
        TableName: `${runtime.env}-user`,
        Key: { user_id: userId },
        UpdateExpression: 'SET subscription_status = :s, subscription_tier = :t',
        ExpressionAttributeValues: { ':s': 'active', ':t': tier },
      }),
    );
  } finally {
    doc.destroy();
  }
}
