import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients';

type Item = Record<string, unknown>;
type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } };
type WriteRequests = Record<string, WriteRequest[]>;

/** Writes requests in batches of 25, retrying with backoff whatever DynamoDB leaves unprocessed. */
async function batchWriteAll(writes: readonly { table: string; request: WriteRequest }[]): Promise<void> {
  for (let i = 0; i < writes.length; i += 25) {
    let requests: WriteRequests = {};
    for (const { table, request } of writes.slice(i, i + 25)) (requests[table] ??= []).push(request);
    for (let attempt = 0; Object.keys(requests).length > 0; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB kept leaving items unprocessed');
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const { UnprocessedItems } = await dynamo().send(new BatchWriteCommand({ RequestItems: requests }));
      requests = (UnprocessedItems ?? {}) as WriteRequests;
    }
  }
}

/**
 * Puts items in batches of 25, retrying with backoff whatever DynamoDB leaves unprocessed.
 *
 * @example await batchPutAll([{ table: 'dev-test-element', item: { panel: 'ATI', element_id: 'zinc' } }]);
 */
export function batchPutAll(items: readonly { table: string; item: Item }[]): Promise<void> {
  return batchWriteAll(items.map(({ table, item }) => ({ table, request: { PutRequest: { Item: { ...item } } } })));
}

/**
 * Deletes items by key in batches of 25, with the same retries.
 *
 * @example await batchDeleteAll([{ table: 'dev-user-tank', key: { user_id: 'u1', tank_id: 't1' } }]);
 */
export function batchDeleteAll(keys: readonly { table: string; key: Item }[]): Promise<void> {
  return batchWriteAll(keys.map(({ table, key }) => ({ table, request: { DeleteRequest: { Key: key } } })));
}
