import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import { queryAll } from '../../../shared/aws/query-all';
import { HEADER_ITEM, tankKey } from '../test-history.types';
import { elementItem } from './test-element-rows.repository';

export type Item = Record<string, unknown>;

/** One test as stored: its HEADER row and its `ELEMENT#<id>` rows. */
export interface StoredTest {
  readonly header: Item;
  readonly elements: Item[];
}

/** Most tests a trend reads (about ten years of weekly tests). */
export const MAX_TREND_TESTS = 520;

/** Reads whole tests and the tank's test headers by date, always through keys and the tank index. */
@Injectable()
export class TestRowsRepository {
  /** A test with all its element rows, or undefined when it has no header. */
  async test(testId: string): Promise<StoredTest | undefined> {
    const items = await queryAll({
      TableName: tableName('test-history'),
      KeyConditionExpression: 'test_id = :t',
      ExpressionAttributeValues: { ':t': testId },
      ConsistentRead: true,
    });
    const header = items.find((i) => i.item === HEADER_ITEM);
    return header && { header, elements: items.filter((i) => i !== header) };
  }

  /** Headers of the tank's tests dated strictly before `date`, newest first, at most `limit`. */
  async headersBefore(userId: string, tankId: string, date: string, limit: number): Promise<Item[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('test-history'),
        IndexName: 'user_id_tank_id-index',
        // `<date>#` sorts after every id of an earlier date and before any id of the same date.
        KeyConditionExpression: 'user_id_tank_id = :k AND test_date_id < :d',
        ExpressionAttributeValues: { ':k': tankKey(userId, tankId), ':d': `${date}#` },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items;
  }

  /** Headers of the tank's tests dated on or after `from` (all of them without it), newest first, bounded. */
  async headersSince(userId: string, tankId: string, from: string | undefined): Promise<Item[]> {
    return queryAll(
      {
        TableName: tableName('test-history'),
        IndexName: 'user_id_tank_id-index',
        KeyConditionExpression: from ? 'user_id_tank_id = :k AND test_date_id >= :d' : 'user_id_tank_id = :k',
        ExpressionAttributeValues: { ':k': tankKey(userId, tankId), ...(from ? { ':d': from } : {}) },
        ScanIndexForward: false,
      },
      MAX_TREND_TESTS,
    );
  }

  /** One element's row in each of the given tests (tests without that element are absent), in batches of 100. */
  async elementRows(testIds: readonly string[], elementId: string): Promise<Map<string, Item>> {
    const rows = new Map<string, Item>();
    const table = tableName('test-history');
    for (let i = 0; i < testIds.length; i += 100) {
      let keys: Item[] = testIds.slice(i, i + 100).map((testId) => ({ test_id: testId, item: elementItem(elementId) }));
      for (let attempt = 0; keys.length > 0; attempt++) {
        if (attempt > 8) throw new Error('DynamoDB kept leaving keys unprocessed');
        if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const { Responses, UnprocessedKeys } = await dynamo().send(new BatchGetCommand({ RequestItems: { [table]: { Keys: keys } } }));
        for (const row of Responses?.[table] ?? []) rows.set(String(row.test_id), row);
        keys = UnprocessedKeys?.[table]?.Keys ?? [];
      }
    }
    return rows;
  }

  /** The Reef Review made from a test, if the tank has one. */
  async reviewIdOf(userId: string, tankId: string, testId: string): Promise<string | undefined> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('reef-review'),
        IndexName: 'test_id-index',
        KeyConditionExpression: 'test_id = :t',
        ExpressionAttributeValues: { ':t': testId },
      }),
    );
    const review = Items.find((i) => i.user_id_tank_id === undefined || i.user_id_tank_id === tankKey(userId, tankId));
    return review ? String(review.review_id) : undefined;
  }
}
