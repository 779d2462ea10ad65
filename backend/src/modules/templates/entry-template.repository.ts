import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { TemplateElement, TemplateType } from '../../domain/templates/entry-template';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';

export interface EntryTemplate {
  readonly templateId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly type: TemplateType;
  readonly name: string;
  readonly elements: readonly TemplateElement[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The template changed (or was deleted) between read and write. */
export class TemplateChangedError extends Error {}

type Item = Record<string, unknown>;
const indexKey = (userId: string, tankId: string, type: TemplateType) => `${userId}#${tankId}#${type}`;

const toItem = (t: EntryTemplate): Item => ({
  template_id: t.templateId,
  user_id: t.userId,
  tank_id: t.tankId,
  template_type: t.type,
  user_id_tank_id_template_type: indexKey(t.userId, t.tankId, t.type),
  name: t.name,
  elements: t.elements,
  created_at: t.createdAt,
  updated_at: t.updatedAt,
});

const toTemplate = (i: Item): EntryTemplate => ({
  templateId: i.template_id as string,
  userId: i.user_id as string,
  tankId: i.tank_id as string,
  type: i.template_type as TemplateType,
  name: i.name as string,
  elements: (i.elements ?? []) as TemplateElement[],
  createdAt: i.created_at as string,
  updatedAt: i.updated_at as string,
});

@Injectable()
export class EntryTemplateRepository {
  async get(templateId: string): Promise<EntryTemplate | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('user-entry-template'), Key: { template_id: templateId }, ConsistentRead: true }),
    );
    return Item ? toTemplate(Item) : undefined;
  }

  /** A tank's templates of one type, newest first (bounded by the per-type limit). */
  async list(userId: string, tankId: string, type: TemplateType, limit: number): Promise<EntryTemplate[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('user-entry-template'),
        IndexName: 'user_id_tank_id_template_type-index',
        KeyConditionExpression: 'user_id_tank_id_template_type = :k',
        ExpressionAttributeValues: { ':k': indexKey(userId, tankId, type) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(toTemplate);
  }

  /** New (`previous` undefined) or replacing exactly the version read. */
  async put(template: EntryTemplate, previous: EntryTemplate | undefined): Promise<void> {
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName('user-entry-template'),
          Item: toItem(template),
          ...(previous
            ? { ConditionExpression: 'updated_at = :seen', ExpressionAttributeValues: { ':seen': previous.updatedAt } }
            : { ConditionExpression: 'attribute_not_exists(template_id)' }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new TemplateChangedError();
      throw error;
    }
  }

  async delete(templateId: string): Promise<void> {
    await dynamo().send(new DeleteCommand({ TableName: tableName('user-entry-template'), Key: { template_id: templateId } }));
  }
}
