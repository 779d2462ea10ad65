import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { Injectable } from '@nestjs/common';
import { queueUrl } from '../../shared/aws/names';
import { sendMessages, sqsClient } from '../../shared/aws/sqs';
import type { BackfillMessage, DailyDoseMessage } from './dosing-messages';

/** Sends to the dosing queues with the real SQS client (the local runtime serves the same API). */
@Injectable()
export class DosingQueues {
  async requestBackfill(message: BackfillMessage): Promise<void> {
    await sqsClient().send(new SendMessageCommand({ QueueUrl: queueUrl('dose-generate-past-dose'), MessageBody: JSON.stringify(message) }));
  }

  /** Ten messages per call; entries SQS reports failed are sent again, then the call fails. */
  sendDailyDoses(messages: readonly DailyDoseMessage[]): Promise<void> {
    return sendMessages(
      'dose-save-daily-dose',
      messages.map((body) => ({ body })),
    );
  }
}
