import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { type DayPlan, type IsoDate, doseTotals, elementsWithChangedTotals } from '../../domain/dosing';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { type StoredDoseDay, emptyDoseDay, toEntryItem, toStoredDoseDay } from './dose-day.mapper';
import { type TankRef, tankKey } from './tank-ref';

export interface DoseDayRange {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Newest first, at most this many. */
  readonly limit?: number;
}

/** Another writer changed the day between read and write; read again and retry. */
export class DoseDayChangedError extends Error {
  constructor(date: IsoDate) {
    super(`Dose day ${date} changed while writing`);
    this.name = 'DoseDayChangedError';
  }
}

/** Dose days of a tank (`dose-history`) with their aggregates (`tank-dose-history`, `tank-dose-elements`). */
export abstract class DoseDayRepository {
  abstract get(tank: TankRef, date: IsoDate): Promise<StoredDoseDay>;
  /** Stored days in a range; dates without a row are absent. */
  abstract list(tank: TankRef, range: DoseDayRange): Promise<{ days: StoredDoseDay[]; hasMore: boolean }>;
  /** Writes a planned change and the aggregates it alters in one transaction, if the day is still as read. */
  abstract commit(tank: TankRef, read: StoredDoseDay, plan: DayPlan, now: string): Promise<void>;
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

function keyCondition(range: DoseDayRange): { expression: string; values: Record<string, string> } {
  if (range.from && range.to)
    return { expression: ' AND dose_date BETWEEN :from AND :to', values: { ':from': range.from, ':to': range.to } };
  if (range.from) return { expression: ' AND dose_date >= :from', values: { ':from': range.from } };
  if (range.to) return { expression: ' AND dose_date <= :to', values: { ':to': range.to } };
  return { expression: '', values: {} };
}

@Injectable()
export class DynamoDoseDayRepository extends DoseDayRepository {
  async get(tank: TankRef, date: IsoDate): Promise<StoredDoseDay> {
    const { Item } = await dynamo().send(
      new GetCommand({
        TableName: tableName('dose-history'),
        Key: { user_id_tank_id: tankKey(tank), dose_date: date },
        ConsistentRead: true,
      }),
    );
    return Item ? toStoredDoseDay(Item) : emptyDoseDay(date);
  }

  async list(tank: TankRef, range: DoseDayRange): Promise<{ days: StoredDoseDay[]; hasMore: boolean }> {
    const condition = keyCondition(range);
    const days: StoredDoseDay[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName('dose-history'),
          KeyConditionExpression: `user_id_tank_id = :tank${condition.expression}`,
          ExpressionAttributeValues: { ':tank': tankKey(tank), ...condition.values },
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: range.limit ? range.limit + 1 - days.length : undefined,
          ExclusiveStartKey: startKey,
        }),
      );
      days.push(...(page.Items ?? []).map(toStoredDoseDay));
      startKey = page.LastEvaluatedKey;
    } while (startKey && (!range.limit || days.length <= range.limit));
    const hasMore = range.limit !== undefined && days.length > range.limit;
    return { days: hasMore ? days.slice(0, range.limit) : days, hasMore };
  }

  async commit(tank: TankRef, read: StoredDoseDay, plan: DayPlan, now: string): Promise<void> {
    const key = tankKey(tank);
    const owner = { user_id_tank_id: key, user_id: tank.userId, tank_id: tank.tankId };
    const before = doseTotals(plan.before);
    const after = doseTotals(plan.after);
    const items: TransactItem[] = [this.dayWrite(tank, read, plan, now)];
    const empty = Object.keys(plan.after).length === 0;
    items.push(
      empty
        ? { Delete: { TableName: tableName('tank-dose-history'), Key: { user_id_tank_id: key, dose_date: read.date } } }
        : {
            Put: {
              TableName: tableName('tank-dose-history'),
              Item: { ...owner, dose_date: read.date, entry_count: Object.keys(plan.after).length, elements: after, updated_at: now },
            },
          },
    );
    for (const elementId of elementsWithChangedTotals(before, after)) {
      const elementKey = { user_id_tank_id: key, element_date: `${elementId}#${read.date}` };
      items.push(
        after[elementId]
          ? {
              Put: {
                TableName: tableName('tank-dose-elements'),
                Item: { ...owner, ...elementKey, element_id: elementId, dose_date: read.date, totals: after[elementId], updated_at: now },
              },
            }
          : { Delete: { TableName: tableName('tank-dose-elements'), Key: elementKey } },
      );
    }
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new DoseDayChangedError(read.date);
      throw error;
    }
  }

  /** The dose row itself: created, changed entry by entry (`SET entries.#id`), or deleted when empty. */
  private dayWrite(tank: TankRef, read: StoredDoseDay, plan: DayPlan, now: string): TransactItem {
    const TableName = tableName('dose-history');
    const Key = { user_id_tank_id: tankKey(tank), dose_date: read.date };
    const unchanged =
      read.version === undefined
        ? { ConditionExpression: 'attribute_exists(user_id_tank_id) AND attribute_not_exists(version)' }
        : { ConditionExpression: 'version = :seen', ExpressionAttributeValues: { ':seen': read.version } };
    if (!read.exists) {
      const entries = Object.fromEntries(plan.written.map((e) => [e.entryId, toEntryItem(e)]));
      return {
        Put: {
          TableName,
          Item: { ...Key, user_id: tank.userId, tank_id: tank.tankId, entries, version: 1, created_at: now, updated_at: now },
          ConditionExpression: 'attribute_not_exists(user_id_tank_id)',
        },
      };
    }
    if (Object.keys(plan.after).length === 0) return { Delete: { TableName, Key, ...unchanged } };
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {
      ...(unchanged.ExpressionAttributeValues ?? {}),
      ':next': (read.version ?? 0) + 1,
      ':now': now,
      ':user': tank.userId,
      ':tank': tank.tankId,
    };
    const sets = plan.written.map((e, i) => {
      names[`#w${i}`] = e.entryId;
      values[`:w${i}`] = toEntryItem(e);
      return `entries.#w${i} = :w${i}`;
    });
    const removes = plan.removed.map((id, i) => {
      names[`#r${i}`] = id;
      return `entries.#r${i}`;
    });
    return {
      Update: {
        TableName,
        Key,
        UpdateExpression: `SET ${[...sets, 'version = :next', 'updated_at = :now', 'user_id = :user', 'tank_id = :tank'].join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: unchanged.ConditionExpression,
        ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
        ExpressionAttributeValues: values,
      },
    };
  }
}
