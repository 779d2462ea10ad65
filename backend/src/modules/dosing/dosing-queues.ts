import { SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { Injectable } from '@nestjs/common';
import { queueUrl } from '../../shared/aws/names';
import { sqsClient } from '../../shared/aws/sqs';
import type { BackfillMessage, DailyDoseMessage } from './dosing-messages';

const BATCH = 10;
const SEND_ATTEMPTS = 3;

/** Sends to the dosing queues with the real SQS client (the local runtime serves the same API). */
@Injectable()
export class DosingQueues {
  async requestBackfill(message: BackfillMessage): Promise<void> {
    await sqsClient().send(new SendMessageCommand({ QueueUrl: queueUrl('dose-generate-past-dose'), MessageBody: JSON.stringify(message) }));
  }

  /** Ten messages per call; entries SQS reports failed are sent again, then the call fails. */
  async sendDailyDoses(messages: readonly DailyDoseMessage[]): Promise<void> {
    for (let i = 0; i < messages.length; i += BATCH) {
      let pending = messages.slice(i, i + BATCH).map((m, n) => ({ Id: String(n), MessageBody: JSON.stringify(m) }));
      for (let attempt = 1; pending.length > 0; attempt++) {
        if (attempt > SEND_ATTEMPTS) throw new Error(`SQS refused ${pending.length} daily dose messages after ${SEND_ATTEMPTS} attempts`);
        const { Failed } = await sqsClient().send(
          new SendMessageBatchCommand({ QueueUrl: queueUrl('dose-save-daily-dose'), Entries: pending }),
        );
        const failed = new Set((Failed ?? []).map((f) => f.Id));
        pending = pending.filter((e) => failed.has(e.Id));
      }
    }
  }
}
