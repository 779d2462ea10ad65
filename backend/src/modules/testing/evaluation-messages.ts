import { sendMessages } from '../../shared/aws/sqs';

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

/** Sends the evaluation messages (group = test, deduplication id = test + element). */
export function sendEvaluationMessages(messages: readonly ElementEvaluationMessage[]): Promise<void> {
  return sendMessages(
    'upload-results.fifo',
    messages.map((m) => ({ body: m, groupId: m.testId, deduplicationId: `${m.testId}#${m.elementId}` })),
  );
}
