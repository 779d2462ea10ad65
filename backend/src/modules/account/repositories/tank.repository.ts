import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import type { TankRecord } from '../account.types';

type TankItem = Record<string, unknown>;

const toRecord = (i: TankItem): TankRecord => ({
  userId: i.user_id as string,
  tankId: i.tank_id as string,
  name: i.name as string,
  volumeLitres: i.volume_litres as number,
  volumeUnit: (i.volume_unit as TankRecord['volumeUnit'] | undefined) ?? 'L',
  dosingMethod: i.dosing_method as TankRecord['dosingMethod'],
  defaultLab: i.default_lab as TankRecord['defaultLab'],
  timezone: i.timezone as string,
  // Tanks stored before set-up confirmation existed were all chosen by their keeper.
  setupConfirmed: i.setup_confirmed !== false,
  createdAt: i.created_at as string,
  updatedAt: i.updated_at as string,
});

export const toTankItem = (r: TankRecord): TankItem => ({
  user_id: r.userId,
  tank_id: r.tankId,
  name: r.name,
  volume_litres: r.volumeLitres,
  volume_unit: r.volumeUnit,
  dosing_method: r.dosingMethod,
  default_lab: r.defaultLab,
  timezone: r.timezone,
  setup_confirmed: r.setupConfirmed,
  created_at: r.createdAt,
  updated_at: r.updatedAt,
});

export abstract class TankRepository {
  abstract listForUser(userId: string): Promise<TankRecord[]>;
  /** The tank if it belongs to the user. */
  abstract get(userId: string, tankId: string): Promise<TankRecord | undefined>;
  /** Writes the display name and the tanks in one transaction: all of it or none of it. */
  abstract saveProfile(userId: string, changes: { displayName?: string; tanks: readonly TankRecord[] }, now: Date): Promise<void>;
}

@Injectable()
export class DynamoTankRepository extends TankRepository {
  async listForUser(userId: string): Promise<TankRecord[]> {
    const items: TankItem[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName('user-tank'),
          KeyConditionExpression: 'user_id = :u',
          ExpressionAttributeValues: { ':u': userId },
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items.map(toRecord);
  }

  async get(userId: string, tankId: string): Promise<TankRecord | undefined> {
    const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('user-tank'), Key: { user_id: userId, tank_id: tankId } }));
    return Item ? toRecord(Item) : undefined;
  }

  async saveProfile(userId: string, changes: { displayName?: string; tanks: readonly TankRecord[] }, now: Date): Promise<void> {
    const items = [
      ...(changes.displayName !== undefined
        ? [
            {
              Update: {
                TableName: tableName('user'),
                Key: { user_id: userId },
                UpdateExpression: 'SET display_name = :name, updated_at = :now',
                ConditionExpression: 'attribute_exists(user_id)',
                ExpressionAttributeValues: { ':name': changes.displayName, ':now': now.toISOString() },
              },
            },
          ]
        : []),
      ...changes.tanks.map((tank) => ({ Put: { TableName: tableName('user-tank'), Item: toTankItem(tank) } })),
    ];
    if (items.length > 0) await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
  }
}
