import { BatchGetCommand, type BatchGetCommandOutput, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';

export interface StoredSetting {
  readonly key: string;
  readonly value: unknown;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
  /** Written by a feature with its default, not by an admin. */
  readonly seeded: boolean;
}

/** A cached answer kept in app-config under a key no setting uses. */
export interface CachedValue<T> {
  readonly value: T;
  readonly cachedAt: string;
}

const CACHE_PREFIX = 'cache#';

/** `app-config` rows: admin settings (who changed them and when) and cached answers of paid APIs. */
@Injectable()
export class ConfigStoreRepository {
  async getMany(keys: readonly string[]): Promise<Map<string, StoredSetting>> {
    const table = tableName('app-config');
    const found = new Map<string, StoredSetting>();
    let pending: Record<string, unknown>[] | undefined = keys.map((key) => ({ config_key: key }));
    while (pending && pending.length > 0) {
      const out: BatchGetCommandOutput = await dynamo().send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
      for (const i of out.Responses?.[table] ?? []) {
        found.set(i.config_key as string, {
          key: i.config_key as string,
          value: i.value,
          updatedAt: i.updated_at as string | undefined,
          updatedBy: i.updated_by as string | undefined,
          seeded: i.seeded === true,
        });
      }
      pending = out.UnprocessedKeys?.[table]?.Keys;
    }
    return found;
  }

  async save(key: string, value: number | string, by: string, now: Date): Promise<StoredSetting> {
    const updatedAt = now.toISOString();
    await dynamo().send(
      new PutCommand({
        TableName: tableName('app-config'),
        Item: { config_key: key, value, updated_at: updatedAt, updated_by: by, seeded: false },
      }),
    );
    return { key, value, updatedAt, updatedBy: by, seeded: false };
  }

  async cached<T>(name: string): Promise<CachedValue<T> | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('app-config'), Key: { config_key: `${CACHE_PREFIX}${name}` } }),
    );
    return Item ? { value: JSON.parse(Item.value as string) as T, cachedAt: Item.cached_at as string } : undefined;
  }

  async cache<T>(name: string, value: T, now: Date): Promise<void> {
    await dynamo().send(
      new PutCommand({
        TableName: tableName('app-config'),
        Item: { config_key: `${CACHE_PREFIX}${name}`, value: JSON.stringify(value), cached_at: now.toISOString() },
      }),
    );
  }
}
