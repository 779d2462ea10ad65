import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { type AlertPreferences, DEFAULT_ALERT_PREFERENCES } from '../../domain/alerts/alert-rules';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { queryAll } from '../../shared/aws/query-all';

export interface StoredAlertPreferences extends AlertPreferences {
  readonly tankId: string;
  /** False until the keeper saves: the defaults apply. */
  readonly saved: boolean;
  readonly updatedAt?: string;
}

/** Alert preferences per keeper and tank (`alert-preference`); a tank without a row has the defaults. */
@Injectable()
export class AlertPreferenceRepository {
  async get(userId: string, tankId: string): Promise<StoredAlertPreferences> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('alert-preference'), Key: { user_id: userId, tank_id: tankId } }),
    );
    if (!Item) return { tankId, saved: false, ...DEFAULT_ALERT_PREFERENCES };
    return {
      tankId,
      saved: true,
      reportFinished: Item.report_finished === true,
      critical: Item.critical === true,
      outOfRange: Item.out_of_range === true,
      weeklySummary: Item.weekly_summary !== undefined,
      updatedAt: Item.updated_at as string,
    };
  }

  async save(userId: string, tankId: string, prefs: AlertPreferences, now: Date): Promise<StoredAlertPreferences> {
    await dynamo().send(
      new PutCommand({
        TableName: tableName('alert-preference'),
        Item: {
          user_id: userId,
          tank_id: tankId,
          report_finished: prefs.reportFinished,
          critical: prefs.critical,
          out_of_range: prefs.outOfRange,
          // Sparse: only tanks with the summary on are in the weekly index.
          ...(prefs.weeklySummary ? { weekly_summary: 'ON', user_id_tank_id: `${userId}#${tankId}` } : {}),
          updated_at: now.toISOString(),
        },
      }),
    );
    return { tankId, saved: true, ...prefs, updatedAt: now.toISOString() };
  }

  /** Every tank whose keeper asked for the weekly summary. */
  async weeklySubscribers(): Promise<{ userId: string; tankId: string }[]> {
    const items = await queryAll({
      TableName: tableName('alert-preference'),
      IndexName: 'weekly-index',
      KeyConditionExpression: 'weekly_summary = :on',
      ExpressionAttributeValues: { ':on': 'ON' },
    });
    return items.map((i) => ({ userId: i.user_id as string, tankId: i.tank_id as string }));
  }
}
