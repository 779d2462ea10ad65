import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { DashboardChart } from '../../domain/dashboards/dashboard';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';

/** A saved dashboard as stored. `legacyDoseElementIds` is set only on rows saved before charts existed. */
export interface StoredDashboard {
  readonly dashboardId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly name: string;
  readonly charts: readonly DashboardChart[];
  readonly legacyDoseElementIds?: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The dashboard changed (or was deleted) between read and write. */
export class DashboardChangedError extends Error {}

type Item = Record<string, unknown>;
const indexKey = (userId: string, tankId: string) => `${userId}#${tankId}`;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

const toItem = (d: StoredDashboard): Item => ({
  dashboard_id: d.dashboardId,
  user_id: d.userId,
  tank_id: d.tankId,
  user_id_tank_id: indexKey(d.userId, d.tankId),
  name: d.name,
  charts: d.charts.map((c) => ({ test_element_id: c.testElementId, dose_element_ids: [...c.doseElementIds] })),
  created_at: d.createdAt,
  updated_at: d.updatedAt,
});

const toDashboard = (i: Item): StoredDashboard => {
  const charts = Array.isArray(i.charts)
    ? (i.charts as Item[]).map((c) => ({ testElementId: String(c.test_element_id), doseElementIds: strings(c.dose_element_ids) }))
    : [];
  const legacy = strings(i.selected_element_ids);
  return {
    dashboardId: i.dashboard_id as string,
    userId: i.user_id as string,
    tankId: i.tank_id as string,
    name: typeof i.name === 'string' ? i.name : 'Dashboard',
    charts,
    ...(charts.length === 0 && legacy.length > 0 ? { legacyDoseElementIds: legacy } : {}),
    createdAt: i.created_at as string,
    updatedAt: (i.updated_at as string | undefined) ?? (i.created_at as string),
  };
};

/** The `user-dashboard` table: one row per dashboard, listed per keeper and tank through its index. */
@Injectable()
export class DashboardRepository {
  async get(dashboardId: string): Promise<StoredDashboard | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('user-dashboard'), Key: { dashboard_id: dashboardId }, ConsistentRead: true }),
    );
    return Item ? toDashboard(Item) : undefined;
  }

  /** A tank's dashboards, oldest first (bounded by `limit`). */
  async list(userId: string, tankId: string, limit: number): Promise<StoredDashboard[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('user-dashboard'),
        IndexName: 'user_id_tank_id-index',
        KeyConditionExpression: 'user_id_tank_id = :k',
        ExpressionAttributeValues: { ':k': indexKey(userId, tankId) },
        Limit: limit,
      }),
    );
    return Items.map(toDashboard);
  }

  /** New (`previous` undefined) or replacing exactly the version read. */
  async put(dashboard: StoredDashboard, previous: StoredDashboard | undefined): Promise<void> {
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName('user-dashboard'),
          Item: toItem(dashboard),
          ...(previous
            ? {
                ConditionExpression: 'updated_at = :seen OR attribute_not_exists(updated_at)',
                ExpressionAttributeValues: { ':seen': previous.updatedAt },
              }
            : { ConditionExpression: 'attribute_not_exists(dashboard_id)' }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new DashboardChangedError();
      throw error;
    }
  }

  async delete(dashboardId: string): Promise<void> {
    await dynamo().send(new DeleteCommand({ TableName: tableName('user-dashboard'), Key: { dashboard_id: dashboardId } }));
  }
}
