import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type QueryCommandInput, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { Range } from '../../domain/corrections/target-range';
import { withoutUndefined } from '../../domain/extraction/without-undefined';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { type TankRef, tankKey } from '../dosing/tank-ref';
import { queryAll } from '../../shared/aws/query-all';

/** One saved custom range of a tank's element; `activeTo` is absent while it is in use. */
export interface RangeVersionRow extends Range {
  readonly elementId: string;
  readonly version: number;
  readonly unit: string;
  readonly activeFrom: string;
  readonly activeTo?: string;
  readonly active: boolean;
}

/** What a writer saw of an element's versions before changing them. */
export interface SeenVersions {
  readonly latestVersion: number;
  readonly activeVersion?: number;
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The sort key of a version: `<element>#<version, zero-padded>`, so one element's versions sort in
 * order and `begins_with('<element>#')` reads them (`copper#` never matches `copper-ro#`).
 *
 * @example elementVersionKey('calcium', 3) // 'calcium#000003'
 */
export const elementVersionKey = (elementId: string, version: number): string => `${elementId}#${String(version).padStart(6, '0')}`;

const toRow = (i: Record<string, unknown>): RangeVersionRow =>
  withoutUndefined({
    elementId: i.element as string,
    version: Number(i.version),
    low: i.low as number | undefined,
    high: i.high as number | undefined,
    target: i.target as number | undefined,
    unit: i.unit as string,
    activeFrom: i.active_from as string,
    activeTo: i.active_to as string | undefined,
    active: typeof i.active_tank_key === 'string',
  });

/** The latest version number and the active one among an element's rows. */
export function seenVersions(rows: readonly RangeVersionRow[]): SeenVersions {
  return { latestVersion: Math.max(0, ...rows.map((r) => r.version)), activeVersion: rows.find((r) => r.active)?.version };
}

/**
 * Versioned custom target ranges (`element-target-override`). Only the active row of an element
 * carries `active_tank_key`, so the sparse `active-index` lists exactly what evaluation must use.
 * Changes are transactions conditioned on what the writer saw: the active row must still be active
 * and the next version must not exist yet, so two racing saves can never leave two active rows.
 */
@Injectable()
export class TargetOverrideRepository {
  /** Every version of every element of the tank (strongly consistent, for listing and history). */
  async allForTank(tank: TankRef): Promise<RangeVersionRow[]> {
    return this.query({
      KeyConditionExpression: 'user_id_tank_id = :k',
      ExpressionAttributeValues: { ':k': tankKey(tank) },
      ConsistentRead: true,
    });
  }

  /** Every version of one element, read consistently before a change. */
  async forElement(tank: TankRef, elementId: string): Promise<RangeVersionRow[]> {
    return this.query({
      KeyConditionExpression: 'user_id_tank_id = :k AND begins_with(element_version, :e)',
      ExpressionAttributeValues: { ':k': tankKey(tank), ':e': `${elementId}#` },
      ConsistentRead: true,
    });
  }

  /** The active custom ranges of the tank, through the sparse active index. */
  async active(tank: TankRef): Promise<RangeVersionRow[]> {
    return this.query({
      IndexName: 'active-index',
      KeyConditionExpression: 'active_tank_key = :k',
      ExpressionAttributeValues: { ':k': tankKey(tank) },
    });
  }

  /**
   * Closes the active version (if any) and makes `range` the next, active one. False when another
   * change got there first (the caller reads again and retries).
   */
  async replaceActive(
    tank: TankRef,
    elementId: string,
    seen: SeenVersions,
    range: Range & { unit: string },
    now: string,
  ): Promise<boolean> {
    const version = seen.latestVersion + 1;
    const put: TransactItem = {
      Put: {
        TableName: tableName('element-target-override'),
        Item: withoutUndefined({
          user_id_tank_id: tankKey(tank),
          element_version: elementVersionKey(elementId, version),
          element: elementId,
          version,
          user_id: tank.userId,
          tank_id: tank.tankId,
          low: range.low,
          high: range.high,
          target: range.target,
          unit: range.unit,
          active_from: now,
          active_tank_key: tankKey(tank),
          created_at: now,
        }),
        ConditionExpression: 'attribute_not_exists(element_version)',
      },
    };
    return this.transact(seen.activeVersion === undefined ? [put] : [this.close(tank, elementId, seen.activeVersion, now), put]);
  }

  /** Closes the active version so the method default applies again. False when it was no longer active. */
  async closeActive(tank: TankRef, elementId: string, activeVersion: number, now: string): Promise<boolean> {
    return this.transact([this.close(tank, elementId, activeVersion, now)]);
  }

  private close(tank: TankRef, elementId: string, version: number, now: string): TransactItem {
    return {
      Update: {
        TableName: tableName('element-target-override'),
        Key: { user_id_tank_id: tankKey(tank), element_version: elementVersionKey(elementId, version) },
        UpdateExpression: 'SET active_to = :now REMOVE active_tank_key',
        ConditionExpression: 'active_tank_key = :k',
        ExpressionAttributeValues: { ':now': now, ':k': tankKey(tank) },
      },
    };
  }

  private async transact(items: TransactItem[]): Promise<boolean> {
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed'))
        return false;
      throw error;
    }
  }

  private async query(input: Omit<QueryCommandInput, 'TableName'>): Promise<RangeVersionRow[]> {
    return (await queryAll({ ...input, TableName: tableName('element-target-override') })).map(toRow);
  }
}
