import { randomBytes } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/clients';
import { tableName } from '../aws/names';
import { logger } from '../observability';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RETENTION_DAYS = 90;

/**
 * A short id a keeper can read out to support, e.g. `RAM-7K2Q-M9XD`.
 *
 * @example newReferenceId() // 'RAM-7K2Q-M9XD'
 */
export function newReferenceId(): string {
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `RAM-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

export interface FailureContext {
  readonly operation: string;
  readonly userId?: string;
  readonly tankId?: string;
  readonly apiRequestId?: string;
  readonly lambdaRequestId?: string;
  /** A record the failure concerns (e.g. a test id), when not a request. */
  readonly subjectId?: string;
}

export interface RecordedFailure {
  readonly referenceId: string;
}

/**
 * Logs an unexpected failure with everything support needs and persists it to `app-error`.
 * Never throws: if the table write fails, the reference id is still returned and the log has it.
 */
export async function recordFailure(error: unknown, context: FailureContext, now = new Date()): Promise<RecordedFailure> {
  const referenceId = newReferenceId();
  const err = error instanceof Error ? error : new Error(String(error));
  logger.error('Unexpected failure', { referenceId, ...context, error: err });
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName('app-error'),
        Item: {
          reference_id: referenceId,
          entity_type: 'APP_ERROR',
          created_at: now.toISOString(),
          operation: context.operation,
          user_id: context.userId,
          tank_id: context.tankId,
          subject_id: context.subjectId,
          api_request_id: context.apiRequestId,
          lambda_request_id: context.lambdaRequestId,
          error_name: err.name,
          error_message: err.message.slice(0, 2000),
          stack: err.stack?.slice(0, 8000),
          expires_at: Math.floor(now.getTime() / 1000) + RETENTION_DAYS * 86400,
        },
      }),
    );
  } catch (persistError) {
    logger.error('Could not persist support reference', { referenceId, error: persistError as Error });
  }
  return { referenceId };
}
