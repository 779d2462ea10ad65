import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { queueUrl } from '../../shared/aws/names';
import { sqsClient } from '../../shared/aws/sqs';

/**
 * One message per tank element of an ICP test on `upload-results.fifo`, consumed by `icp-evaluate`.
 * The group is the test (its elements are evaluated in order) and the deduplication id is
 * test + element, so a retried conversion cannot queue an element twice.
 *
 * @example { testId: 't1', userId: 'u1', tankId: 'k1', elementId: 'calcium' }
 */
export interface ElementEvaluationMessage {
  readonly testId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly elementId: string;
}

/** Sends the evaluation messages, ten per request; fails if SQS refuses any of them. */
export async function sendEvaluationMessages(messages: readonly ElementEvaluationMessage[]): Promise<void> {
  const url = queueUrl('upload-results.fifo');
  for (let i = 0; i < messages.length; i += 10) {
    const batch = messages.slice(i, i + 10);
    const { Failed = [] } = await sqsClient().send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: batch.map((m, n) => ({ Id: String(n), MessageBody: JSON.stringify(m), MessageGroupId: m.testId, MessageDeduplicationId: `${m.testId}#${m.elementId}` })),
      }),
    );
    if (Failed.length > 0) throw new Error(`SQS refused ${Failed.length} evaluation messages: ${Failed[0].Message ?? Failed[0].Code}`);
  }
}
