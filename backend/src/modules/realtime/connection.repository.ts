import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { WEBSOCKET } from '../../catalogue';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';

export interface ConnectionRecord {
  readonly connectionId: string;
  readonly userId: string;
  readonly connectedAt: string;
  /** Epoch seconds after which the row is stale even if $disconnect never arrived. */
  readonly ttl: number;
}

/** Stores open WebSocket connections; always read per user through the user index, never scanned. */
export class ConnectionRepository {
  async save(connectionId: string, userId: string, now: Date): Promise<ConnectionRecord> {
    const record: ConnectionRecord = {
      connectionId,
      userId,
      connectedAt: now.toISOString(),
      ttl: Math.floor(now.getTime() / 1000) + WEBSOCKET.connectionTtlSeconds,
    };
    await dynamo().send(
      new PutCommand({
        TableName: tableName('websocket-connections'),
        Item: { connection_id: connectionId, user_id: userId, connected_at: record.connectedAt, ttl: record.ttl },
      }),
    );
    return record;
  }

  async remove(connectionId: string): Promise<void> {
    await dynamo().send(new DeleteCommand({ TableName: tableName('websocket-connections'), Key: { connection_id: connectionId } }));
  }

  /** The user's live connections; rows past their TTL are ignored (DynamoDB deletes them lazily). */
  async listLiveForUser(userId: string, now: Date): Promise<ConnectionRecord[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('websocket-connections'),
        IndexName: 'user_id-index',
        KeyConditionExpression: 'user_id = :u',
        FilterExpression: '#ttl > :now',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':u': userId, ':now': Math.floor(now.getTime() / 1000) },
      }),
    );
    return Items.map((i) => ({ connectionId: i.connection_id, userId: i.user_id, connectedAt: i.connected_at, ttl: i.ttl }));
  }
}
