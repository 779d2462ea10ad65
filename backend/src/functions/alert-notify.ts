import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { AlertNotifierService, AlertSendersModule } from '../modules/alerts';
import { eventContext } from '../shared/event-context';
import { processStreamInOrder, streamImage } from '../shared/stream-batch';

const context = eventContext(AlertSendersModule);

/**
 * test-history stream → alert mails. A header turning DONE mails what the keeper's preferences ask
 * for, once per test and kind (a redelivered record finds its deliveries claimed); a failed record
 * is reported with the ones after it, so the shard resumes there.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const alerts = (await context()).get(AlertNotifierService);
  return processStreamInOrder(event, 'Alert mail', async (record) => {
    await alerts.onTestChange(streamImage(record.dynamodb?.NewImage), streamImage(record.dynamodb?.OldImage));
  });
}
