import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue as LambdaAttributeValue, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ConnectionNotifier } from '../modules/realtime/connection-notifier';
import { ConnectionRepository } from '../modules/realtime/connection.repository';
import { type Addressed, messageFor, streamTableOf } from '../modules/realtime/realtime-message';
import { runtimeConfig } from '../shared/config';
import { logger } from '../shared/observability';

const notifier = new ConnectionNotifier(new ConnectionRepository());

const image = (value: Record<string, LambdaAttributeValue> | undefined) => (value ? unmarshall(value as Record<string, AttributeValue>) : undefined);

/**
 * History streams → owner-only WebSocket messages. Records are handled in order; the first one
 * that fails is reported with everything after it, so the batch resumes there, not from the start.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const env = runtimeConfig().env;
  for (let i = 0; i < event.Records.length; i++) {
    const record = event.Records[i];
    try {
      const table = streamTableOf(record.eventSourceARN ?? '', env);
      const addressed: Addressed | undefined = table && record.eventName ? messageFor(table, record.eventName, image(record.dynamodb?.NewImage), image(record.dynamodb?.OldImage)) : undefined;
      if (addressed) await notifier.notify(addressed.userId, [addressed.message], new Date());
    } catch (error) {
      logger.error('Realtime notification failed', { eventID: record.eventID, error: error as Error });
      return { batchItemFailures: event.Records.slice(i).map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  return { batchItemFailures: [] };
}
