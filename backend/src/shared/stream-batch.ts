import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { logger } from './observability';

type Item = Record<string, unknown>;

/** A stream record's new or old image as a plain object. */
export const streamImage = (value: Record<string, LambdaAttributeValue> | undefined): Item | undefined =>
  value ? unmarshall(value as Record<string, AttributeValue>) : undefined;

/**
 * Handles stream records in order; the first one that fails is reported with everything after it
 * (`batchItemFailures`), so the shard resumes there, never from the start of the batch.
 *
 * @example export const handler = (event: DynamoDBStreamEvent) => processStreamInOrder(event, 'Alert', (r) => alerts.handle(r));
 */
export async function processStreamInOrder(
  event: DynamoDBStreamEvent,
  what: string,
  handle: (record: DynamoDBRecord) => Promise<void>,
): Promise<DynamoDBBatchResponse> {
  for (let i = 0; i < event.Records.length; i++) {
    const record = event.Records[i];
    try {
      await handle(record);
    } catch (error) {
      logger.error(`${what} failed`, { eventID: record.eventID, error: error as Error });
      return { batchItemFailures: event.Records.slice(i).map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  return { batchItemFailures: [] };
}
