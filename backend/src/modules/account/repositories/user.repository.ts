import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import type { UserRecord } from '../account.types';

interface UserItem {
  user_id: string;
  email: string;
  display_name: string;
  plan: UserRecord['plan'];
  trial_started_at: string;
  trial_ends_at: string;
  billing_exempt: boolean;
  created_at: string;
  updated_at: string;
}

const toRecord = (i: UserItem): UserRecord => ({
  userId: i.user_id,
  email: i.email,
  displayName: i.display_name,
  plan: i.plan,
  trialStartedAt: i.trial_started_at,
  trialEndsAt: i.trial_ends_at,
  billingExempt: i.billing_exempt ?? false,
  createdAt: i.created_at,
  updatedAt: i.updated_at,
});

const toItem = (r: UserRecord): UserItem => ({
  user_id: r.userId,
  email: r.email,
  display_name: r.displayName,
  plan: r.plan,
  trial_started_at: r.trialStartedAt,
  trial_ends_at: r.trialEndsAt,
  billing_exempt: r.billingExempt,
  created_at: r.createdAt,
  updated_at: r.updatedAt,
});

export abstract class UserRepository {
  abstract get(userId: string): Promise<UserRecord | undefined>;
  /** Creates the user unless it exists; returns the stored row either way. */
  abstract createIfAbsent(user: UserRecord): Promise<UserRecord>;
  abstract updateDisplayName(userId: string, displayName: string, now: Date): Promise<UserRecord>;
}

@Injectable()
export class DynamoUserRepository extends UserRepository {
  async get(userId: string): Promise<UserRecord | undefined> {
    const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('user'), Key: { user_id: userId }, ConsistentRead: true }));
    return Item ? toRecord(Item as UserItem) : undefined;
  }

  async createIfAbsent(user: UserRecord): Promise<UserRecord> {
    try {
      await dynamo().send(
        new PutCommand({ TableName: tableName('user'), Item: toItem(user), ConditionExpression: 'attribute_not_exists(user_id)' }),
      );
      return user;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(user.userId);
      if (!existing) throw error;
      return existing;
    }
  }

  async updateDisplayName(userId: string, displayName: string, now: Date): Promise<UserRecord> {
    const { Attributes } = await dynamo().send(
      new UpdateCommand({
        TableName: tableName('user'),
        Key: { user_id: userId },
        UpdateExpression: 'SET display_name = :name, updated_at = :now',
        ConditionExpression: 'attribute_exists(user_id)',
        ExpressionAttributeValues: { ':name': displayName, ':now': now.toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toRecord(Attributes as UserItem);
  }
}
