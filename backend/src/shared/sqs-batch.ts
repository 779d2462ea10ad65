import { BatchProcessor, EventType, SqsFifoPartialProcessorAsync, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { recordFailure } from './errors/support-reference';

export interface SqsBatchOptions {
  /** The operation named in the support record of a failed message. */
  readonly operation: string;
  /** FIFO queues stop at the first failure so a message group keeps its order. */
  readonly fifo?: boolean;
}

function ownerOf(body: string): { userId?: string; tankId?: string } {
  try {
    const { userId, tankId } = JSON.parse(body) as { userId?: unknown; tankId?: unknown };
    return { userId: typeof userId === 'string' ? userId : undefined, tankId: typeof tankId === 'string' ? tankId : undefined };
  } catch {
    return {};
  }
}

/** Records a record's failure with a support reference (its owner read from the body when it names one). */
export async function recordRecordFailure(
  error: unknown,
  record: SQSRecord,
  context: Context | undefined,
  operation: string,
): Promise<void> {
  await recordFailure(error, { operation, ...ownerOf(record.body), subjectId: record.messageId, lambdaRequestId: context?.awsRequestId });
}

/**
 * Runs a record handler over an SQS batch and reports only the failed records back
 * (`batchItemFailures`), each failure recorded with a support reference. A processor is made per
 * invocation because the local runtime delivers several batches to one process at once.
 *
 * @example export const handler = (event: SQSEvent, context: Context) => processSqsBatch(event, context, handleOne, { operation: 'daily-dose-save' });
 */
export function processSqsBatch(
  event: SQSEvent,
  context: Context | undefined,
  handle: (record: SQSRecord) => Promise<unknown>,
  options: SqsBatchOptions,
): Promise<SQSBatchResponse> {
  const processor = options.fifo ? new SqsFifoPartialProcessorAsync() : new BatchProcessor(EventType.SQS);
  const handleRecord = async (record: SQSRecord): Promise<void> => {
    try {
      await handle(record);
    } catch (error) {
      await recordRecordFailure(error, record, context, options.operation);
      throw error;
    }
  };
  return processPartialResponse(event, handleRecord, processor, { context, throwOnFullBatchFailure: false });
}
