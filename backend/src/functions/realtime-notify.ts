import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ConnectionNotifier } from '../modules/realtime/connection-notifier';
import { ConnectionRepository } from '../modules/realtime/connection.repository';
import { type Addressed, messageFor, streamTableOf } from '../modules/realtime/realtime-message';
import { runtimeConfig } from '../shared/config';
import { processStreamInOrder, streamImage } from '../shared/stream-batch';

const notifier = new ConnectionNotifier(new ConnectionRepository());

/**
 * History streams → owner-only WebSocket messages. Records are handled in order; the first one
 * that fails is reported with everything after it, so the batch resumes there, not from the start.
 */
export function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const env = runtimeConfig().env;
  return processStreamInOrder(event, 'Realtime notification', async (record) => {
    const table = streamTableOf(record.eventSourceARN ?? '', env);
    const addressed: Addressed | undefined =
      table && record.eventName
        ? messageFor(table, record.eventName, streamImage(record.dynamodb?.NewImage), streamImage(record.dynamodb?.OldImage))
        : undefined;
    if (addressed) await notifier.notify(addressed.userId, [addressed.message], new Date());
  });
}
