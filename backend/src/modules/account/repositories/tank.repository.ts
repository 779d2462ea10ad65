import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import type { TankRecord } from '../account.types';

interface TankItem {
  user_id: string;
  tank_id: string;
  name: string;
  volume_litres: number;
  dosing_method: string;
  default_lab: string;
  timezone: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (i: TankItem): TankRecord => ({
  userId: i.user_id,
  tankId: i.tank_id,
  name: i.name,
  volumeLitres: i.volume_litres,
  dosingMethod: i.dosing_method,
  defaultLab: i.default_lab,
  timezone: i.timezone,
  createdAt: i.created_at,
  updatedAt: i.updated_at,
});

export abstract class TankRepository {
  abstract listForUser(userId: string): Promise<TankRecord[]>;
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
      items.push(...((page.Items ?? []) as TankItem[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items.map(toRecord);
  }
}
