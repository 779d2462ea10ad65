import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients';

type PutRequests = Record<string, { PutRequest: { Item: Record<string, unknown> } }[]>;

/**
 * Puts items in batches of 25, retrying with backoff whatever DynamoDB leaves unprocessed.
 *
 * @example await batchPutAll([{ table: 'dev-test-element', item: { panel: 'ATI', element_id: 'zinc' } }]);
 */
export async function batchPutAll(items: readonly { table: string; item: Record<string, unknown> }[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let requests: PutRequests = {};
    for (const { table, item } of items.slice(i, i + 25)) (requests[table] ??= []).push({ PutRequest: { Item: { ...item } } });
    for (let attempt = 0; Object.keys(requests).length > 0; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB kept leaving items unprocessed');
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const { UnprocessedItems } = await dynamo().send(new BatchWriteCommand({ RequestItems: requests }));
      requests = (UnprocessedItems ?? {}) as PutRequests;
    }
  }
}
