import { GetCommand, QueryCommand, type QueryCommandInput, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { UserRecord } from '../../account/account.types';
import { toUserRecord } from '../../account/repositories/user.repository';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import { decodeCursor, encodeCursor } from './page-cursor';

export interface DirectoryUser {
  readonly user: UserRecord;
  /** When the keeper last opened the app (its WebSocket connected). */
  readonly lastSeenAt?: string;
}

export interface TankActivity {
  readonly tankId: string;
  readonly name: string;
  readonly volumeLitres: number;
  readonly dosingMethod: string;
  readonly createdAt: string;
  readonly tests: number;
  readonly doseDays: number;
  readonly programs: number;
}

const tankKey = (userId: string, tankId: string) => `${userId}#${tankId}`;

/** Counts what a query matches without reading the items (Select COUNT, page after page). */
async function count(input: Omit<QueryCommandInput, 'Select'>): Promise<number> {
  let total = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey }));
    total += page.Count ?? 0;
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return total;
}

/**
 * The admin's read model of keepers: the user list, each keeper's tanks with activity counts, and
 * live connections. The user list pages a Scan of the user table (admin only, never a keeper path);
 * everything else is a Query by key or index.
 */
@Injectable()
export class KeeperDirectoryRepository {
  /**
   * One page of keepers. A search (part of an email or name, any case) reads Scan pages until the
   * page is full or `maxReads` pages were read; the cursor continues from there.
   */
  async page(
    search: string | undefined,
    limit: number,
    cursor?: string,
    maxReads = 20,
  ): Promise<{ users: DirectoryUser[]; cursor: string | null }> {
    const users: DirectoryUser[] = [];
    const needle = search?.trim().toLowerCase();
    let startKey = decodeCursor(cursor, ['user_id']);
    for (let reads = 0; reads < maxReads; reads++) {
      const page = await dynamo().send(
        new ScanCommand({
          TableName: tableName('user'),
          // Emails are stored lower-case; names are matched as typed or in lower case.
          ...(needle
            ? {
                FilterExpression: 'contains(email, :q) OR contains(display_name, :q) OR contains(display_name, :raw)',
                ExpressionAttributeValues: { ':q': needle, ':raw': search!.trim() },
              }
            : {}),
          Limit: needle ? 200 : limit - users.length,
          ExclusiveStartKey: startKey,
        }),
      );
      const items = page.Items ?? [];
      const room = limit - users.length;
      // A search page may match more than fits: stop at the last item taken, so none is skipped.
      const taken = items.slice(0, room);
      users.push(...taken.map((i) => ({ user: toUserRecord(i), lastSeenAt: i.last_seen_at as string | undefined })));
      startKey = items.length > room ? { user_id: taken.at(-1)!.user_id } : page.LastEvaluatedKey;
      if (!startKey || users.length >= limit) break;
    }
    return { users, cursor: encodeCursor(startKey) };
  }

  async get(userId: string): Promise<DirectoryUser | undefined> {
    const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('user'), Key: { user_id: userId } }));
    return Item ? { user: toUserRecord(Item), lastSeenAt: Item.last_seen_at as string | undefined } : undefined;
  }

  /** The keeper's tanks with how many tests, dose days and programs each has. */
  async tanksOf(userId: string): Promise<TankActivity[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('user-tank'),
        KeyConditionExpression: 'user_id = :u',
        ExpressionAttributeValues: { ':u': userId },
      }),
    );
    return Promise.all(
      Items.map(async (t) => {
        const key = tankKey(userId, t.tank_id as string);
        const [tests, doseDays, programs] = await Promise.all([
          count({
            TableName: tableName('test-history'),
            IndexName: 'user_id_tank_id-index',
            KeyConditionExpression: 'user_id_tank_id = :k',
            ExpressionAttributeValues: { ':k': key },
          }),
          count({
            TableName: tableName('dose-history'),
            KeyConditionExpression: 'user_id_tank_id = :k',
            ExpressionAttributeValues: { ':k': key },
          }),
          count({
            TableName: tableName('program-history'),
            IndexName: 'user_id_tank_id-index',
            KeyConditionExpression: 'user_id_tank_id = :k',
            ExpressionAttributeValues: { ':k': key },
          }),
        ]);
        return {
          tankId: t.tank_id as string,
          name: t.name as string,
          volumeLitres: t.volume_litres as number,
          dosingMethod: t.dosing_method as string,
          createdAt: t.created_at as string,
          tests,
          doseDays,
          programs,
        };
      }),
    );
  }

  /**
   * Open connections per keeper, from one paged Scan of websocket-connections: the table holds only
   * connections of the last two hours, so it stays small. Admin only; keepers' paths query by user.
   */
  async liveConnectionsByUser(now: Date): Promise<Map<string, number>> {
    const live = new Map<string, number>();
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamo().send(
        new ScanCommand({
          TableName: tableName('websocket-connections'),
          ProjectionExpression: 'user_id',
          FilterExpression: '#ttl > :now',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
          ExclusiveStartKey,
        }),
      );
      for (const item of page.Items ?? []) live.set(item.user_id as string, (live.get(item.user_id as string) ?? 0) + 1);
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return live;
  }
}
