import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { ElementEvaluationMessage } from '../modules/testing/evaluation-messages';
import { EvaluationModule } from '../modules/testing/evaluation.module';
import { IcpEvaluationService } from '../modules/testing/icp-evaluation.service';
import { eventContext } from '../shared/event-context';
import { processSqsBatch } from '../shared/sqs-batch';

const context = eventContext(EvaluationModule);

/** `upload-results.fifo`: one ICP element per message; partial batch failures keep group order. */
export async function handler(event: SQSEvent, lambda?: Context): Promise<SQSBatchResponse> {
  const service = (await context()).get(IcpEvaluationService);
  return processSqsBatch(event, lambda, (record) => service.evaluate(JSON.parse(record.body) as ElementEvaluationMessage, new Date()), {
    operation: 'corrections-eval-element-test-result',
    fifo: true,
  });
}
