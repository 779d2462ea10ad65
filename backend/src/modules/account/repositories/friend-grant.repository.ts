import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';

export interface FriendGrant {
  readonly email: string;
  readonly grantedAt: string;
  readonly grantedBy: string;
  readonly note?: string;
}

const toGrant = (i: Record<string, unknown>): FriendGrant => ({
  email: i.email as string,
  grantedAt: i.granted_at as string,
  grantedBy: i.granted_by as string,
  note: i.note as string | undefined,
});

/** Friend (free Pro) grants by email; the table name carries the environment, so grants never cross it. */
@Injectable()
export class FriendGrantRepository {
  async get(email: string): Promise<FriendGrant | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('friend-access-grant'), Key: { email: email.toLowerCase() } }),
    );
    return Item ? toGrant(Item) : undefined;
  }

  async put(grant: FriendGrant): Promise<void> {
    await dynamo().send(
      new PutCommand({
        TableName: tableName('friend-access-grant'),
        Item: {
          email: grant.email.toLowerCase(),
          entity_type: 'FRIEND_GRANT',
          granted_at: grant.grantedAt,
          granted_by: grant.grantedBy,
          note: grant.note,
        },
      }),
    );
  }

  async remove(email: string): Promise<boolean> {
    const { Attributes } = await dynamo().send(
      new DeleteCommand({ TableName: tableName('friend-access-grant'), Key: { email: email.toLowerCase() }, ReturnValues: 'ALL_OLD' }),
    );
    return Attributes !== undefined;
  }

  /** Newest first. */
  async list(limit = 200): Promise<FriendGrant[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('friend-access-grant'),
        IndexName: 'recent-index',
        KeyConditionExpression: 'entity_type = :t',
        ExpressionAttributeValues: { ':t': 'FRIEND_GRANT' },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(toGrant);
  }
}
