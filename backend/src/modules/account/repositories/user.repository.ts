import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import type { UserRecord } from '../account.types';
import { billingRecordOf } from './billing-record.repository';

type UserItem = Record<string, unknown>;

export function toUserRecord(i: UserItem): UserRecord {
  return {
    userId: i.user_id as string,
    email: i.email as string,
    displayName: i.display_name as string,
    plan: i.plan as UserRecord['plan'],
    trialStartedAt: i.trial_started_at as string,
    trialEndsAt: i.trial_ends_at as string,
    billingExempt: (i.billing_exempt as boolean | undefined) ?? false,
    friendGrantedAt: i.friend_granted_at as string | undefined,
    subscription: subscriptionOf(i),
    billing: i.billing ? billingRecordOf(i) : undefined,
    icpUploadsTotal: (i.icp_uploads_total as number | undefined) ?? 0,
    lastIcpUploadAt: i.last_icp_upload_at as string | undefined,
    createdAt: i.created_at as string,
    updatedAt: i.updated_at as string,
  };
}

/** The subscription the entitlements see: the webhook's billing record, else the older flat attributes. */
function subscriptionOf(i: UserItem): UserRecord['subscription'] {
  const sub = billingRecordOf(i).subscription;
  if (sub) {
    return {
      status: sub.status,
      tier: sub.plan,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd || Boolean(sub.cancelAt),
      currentPeriodEnd: sub.cancelAt ?? sub.currentPeriodEnd,
    };
  }
  return i.subscription_status
    ? {
        status: i.subscription_status as NonNullable<UserRecord['subscription']>['status'],
        tier: (i.subscription_tier as 'BASIC' | 'PRO' | undefined) ?? (i.plan === 'PRO' ? 'PRO' : 'BASIC'),
        cancelAtPeriodEnd: (i.cancel_at_period_end as boolean | undefined) ?? false,
        currentPeriodEnd: i.current_period_end as string | undefined,
      }
    : undefined;
}

export function toUserItem(r: UserRecord): UserItem {
  return {
    user_id: r.userId,
    email: r.email,
    display_name: r.displayName,
    plan: r.plan,
    trial_started_at: r.trialStartedAt,
    trial_ends_at: r.trialEndsAt,
    billing_exempt: r.billingExempt,
    friend_granted_at: r.friendGrantedAt,
    icp_uploads_total: r.icpUploadsTotal,
    last_icp_upload_at: r.lastIcpUploadAt,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

export abstract class UserRepository {
  abstract get(userId: string): Promise<UserRecord | undefined>;
  abstract findByEmail(email: string): Promise<UserRecord | undefined>;
  /** Creates the user unless it exists; returns the stored row either way. */
  abstract createIfAbsent(user: UserRecord): Promise<UserRecord>;
  /** Sets or clears billing-exempt Pro (friend access). */
  abstract setFriendAccess(userId: string, granted: boolean, now: Date): Promise<UserRecord | undefined>;
  /** Stores the email the identity provider verified for the keeper (after a change of address). */
  abstract setEmail(userId: string, email: string, now: Date): Promise<UserRecord | undefined>;
}

@Injectable()
export class DynamoUserRepository extends UserRepository {
  async get(userId: string): Promise<UserRecord | undefined> {
    const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('user'), Key: { user_id: userId }, ConsistentRead: true }));
    return Item ? toUserRecord(Item) : undefined;
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('user'),
        IndexName: 'email-index',
        KeyConditionExpression: 'email = :e',
        ExpressionAttributeValues: { ':e': email.toLowerCase() },
        Limit: 1,
      }),
    );
    return Items[0] ? this.get(Items[0].user_id as string) : undefined;
  }

  async createIfAbsent(user: UserRecord): Promise<UserRecord> {
    try {
      await dynamo().send(
        new PutCommand({ TableName: tableName('user'), Item: toUserItem(user), ConditionExpression: 'attribute_not_exists(user_id)' }),
      );
      return user;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(user.userId);
      if (!existing) throw error;
      return existing;
    }
  }

  async setFriendAccess(userId: string, granted: boolean, now: Date): Promise<UserRecord | undefined> {
    try {
      const { Attributes } = await dynamo().send(
        new UpdateCommand({
          TableName: tableName('user'),
          Key: { user_id: userId },
          UpdateExpression: granted
            ? 'SET billing_exempt = :t, friend_granted_at = :now, updated_at = :now'
            : 'SET billing_exempt = :f, updated_at = :now REMOVE friend_granted_at',
          ConditionExpression: 'attribute_exists(user_id)',
          ExpressionAttributeValues: granted ? { ':t': true, ':now': now.toISOString() } : { ':f': false, ':now': now.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes ? toUserRecord(Attributes) : undefined;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async setEmail(userId: string, email: string, now: Date): Promise<UserRecord | undefined> {
    try {
      const { Attributes } = await dynamo().send(
        new UpdateCommand({
          TableName: tableName('user'),
          Key: { user_id: userId },
          UpdateExpression: 'SET email = :e, updated_at = :now',
          ConditionExpression: 'attribute_exists(user_id)',
          ExpressionAttributeValues: { ':e': email.toLowerCase(), ':now': now.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes ? toUserRecord(Attributes) : undefined;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }
}
