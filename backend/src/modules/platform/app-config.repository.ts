import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';

/** Known admin settings, with the value used while the admin has not set one. */
export const APP_CONFIG_DEFAULTS = {
  /** Basic plan: one ICP upload per this many minutes (a week). */
  basic_upload_window_minutes: 7 * 24 * 60,
} as const;

export type AppConfigKey = keyof typeof APP_CONFIG_DEFAULTS;

/** Reads admin-managed settings from `app-config`, falling back to the defaults. */
@Injectable()
export class AppConfigRepository {
  async number(key: AppConfigKey): Promise<number> {
    const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('app-config'), Key: { config_key: key } }));
    const value = Number(Item?.value);
    return Item && Number.isFinite(value) && value > 0 ? value : APP_CONFIG_DEFAULTS[key];
  }

  /**
   * A text setting (e.g. a Bedrock prompt template). When the admin has none yet, the default is
   * stored, so the admin console shows what is in use and can edit it.
   */
  async textSeeded(key: string, fallback: string): Promise<string> {
    const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('app-config'), Key: { config_key: key } }));
    if (typeof Item?.value === 'string' && Item.value.trim()) return Item.value;
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName('app-config'),
          Item: { config_key: key, value: fallback, seeded: true, updated_at: new Date().toISOString() },
          ConditionExpression: 'attribute_not_exists(config_key)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    return fallback;
  }
}
