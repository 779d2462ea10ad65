import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { ElementEvaluationMessage } from '../modules/testing/evaluation-messages';
import { EvaluationModule } from '../modules/testing/evaluation.module';
import { IcpEvaluationService } from '../modules/testing/icp-evaluation.service';
import { eventContext } from '../shared/event-context';
import { recordRecordFailure } from '../shared/sqs-batch';

const context = eventContext(EvaluationModule);
const OPERATION = 'corrections-eval-element-test-result';

function parseMessage(body: string): ElementEvaluationMessage {
  const parsed = JSON.parse(body) as Partial<Record<keyof ElementEvaluationMessage, unknown>>;
  const fields = ['testId', 'userId', 'tankId', 'elementId'] as const;
  if (!parsed || fields.some((f) => typeof parsed[f] !== 'string' || parsed[f] === ''))
    throw new Error(`An evaluation message needs ${fields.join(', ')} as strings`);
  return parsed as ElementEvaluationMessage;
}

/**
 * `upload-results.fifo`: one ICP element per message, up to ten a batch. The messages of each test
 * in the batch are evaluated together (one transaction, one DONE check), tests side by side; only
 * the messages that failed are reported (`batchItemFailures`), each with a support reference.
 */
export async function handler(event: SQSEvent, lambda?: Context): Promise<SQSBatchResponse> {
  const service = (await context()).get(IcpEvaluationService);
  const failed: string[] = [];
  const fail = async (record: SQSRecord, error: unknown) => {
    failed.push(record.messageId);
    await recordRecordFailure(error, record, lambda, OPERATION);
  };
  const byTest = new Map<string, { record: SQSRecord; message: ElementEvaluationMessage }[]>();
  for (const record of event.Records) {
    try {
      const message = parseMessage(record.body);
      byTest.set(message.testId, [...(byTest.get(message.testId) ?? []), { record, message }]);
    } catch (error) {
      await fail(record, error);
    }
  }
  await Promise.all(
    [...byTest.values()].map(async (entries) => {
      try {
        const outcomes = await service.evaluateTest(
          entries.map((e) => e.message),
          new Date(),
        );
        for (const [i, outcome] of outcomes.entries()) if (outcome instanceof Error) await fail(entries[i].record, outcome);
      } catch (error) {
        for (const { record } of entries) await fail(record, error);
      }
    }),
  );
  const order = new Map(event.Records.map((r, i) => [r.messageId, i]));
  return { batchItemFailures: failed.sort((a, b) => order.get(a)! - order.get(b)!).map((itemIdentifier) => ({ itemIdentifier })) };
}
