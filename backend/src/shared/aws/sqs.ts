import { SQSClient, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { QueueName } from '../../catalogue';
import { queueUrl } from './names';
import { runtimeConfig } from '../config';
import { onClientReset } from './clients';
import { sdkClient } from './sdk-client';

let sqs: SQSClient | undefined;
onClientReset(() => (sqs = undefined));

export function sqsClient(): SQSClient {
  sqs ??= sdkClient(SQSClient, { region: runtimeConfig().region });
  return sqs;
}

/** One message to send: its JSON body and, for FIFO queues, its group and deduplication id. */
export interface OutgoingMessage {
  readonly body: unknown;
  readonly groupId?: string;
  readonly deduplicationId?: string;
}

const BATCH = 10;
const SEND_ATTEMPTS = 3;

/**
 * Sends messages ten per request. Entries SQS reports as failed are sent again (up to three
 * attempts), then the call fails naming the first reason, so the caller's retry covers them.
 */
export async function sendMessages(queue: QueueName, messages: readonly OutgoingMessage[]): Promise<void> {
  const url = queueUrl(queue);
  for (let i = 0; i < messages.length; i += BATCH) {
    let pending = messages.slice(i, i + BATCH).map((m, n) => ({
      Id: String(n),
      MessageBody: JSON.stringify(m.body),
      ...(m.groupId ? { MessageGroupId: m.groupId } : {}),
      ...(m.deduplicationId ? { MessageDeduplicationId: m.deduplicationId } : {}),
    }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      const { Failed = [] } = await sqsClient().send(new SendMessageBatchCommand({ QueueUrl: url, Entries: pending }));
      if (Failed.length > 0 && attempt >= SEND_ATTEMPTS)
        throw new Error(
          `SQS refused ${Failed.length} ${queue} messages after ${SEND_ATTEMPTS} attempts: ${Failed[0].Message ?? Failed[0].Code}`,
        );
      const failed = new Set(Failed.map((f) => f.Id));
      pending = pending.filter((e) => failed.has(e.Id));
    }
  }
}
