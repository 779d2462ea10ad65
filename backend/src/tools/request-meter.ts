import { dynamo } from '../shared/aws/clients';
import { s3Client } from '../shared/aws/s3';

/** What the in-process functions asked DynamoDB and S3 for, counted per item the way AWS bills. */
export interface RequestCounts {
  /** Items written: Put, Update, Delete 1 each, a BatchWrite its items, a transaction its items. */
  dynamoItemWrites: number;
  /** Of those, items written inside transactions (billed twice in write units). */
  dynamoTransactionalWrites: number;
  /** Read requests: GetItem, each BatchGet key, Query and Scan pages, transactional gets. */
  dynamoReads: number;
  /** S3 requests the functions sent (the browser's own PUT is not among them, nor presigning it). */
  s3Requests: number;
}

type Input = Record<string, unknown>;

function count(into: RequestCounts, commandName: string, input: Input): void {
  switch (commandName) {
    case 'PutItemCommand':
    case 'UpdateItemCommand':
    case 'DeleteItemCommand':
      into.dynamoItemWrites += 1;
      return;
    case 'BatchWriteItemCommand':
      for (const items of Object.values((input.RequestItems ?? {}) as Record<string, unknown[]>)) into.dynamoItemWrites += items.length;
      return;
    case 'TransactWriteItemsCommand': {
      const n = ((input.TransactItems ?? []) as unknown[]).length;
      into.dynamoItemWrites += n;
      into.dynamoTransactionalWrites += n;
      return;
    }
    case 'BatchGetItemCommand':
      for (const t of Object.values((input.RequestItems ?? {}) as Record<string, { Keys?: unknown[] }>))
        into.dynamoReads += t.Keys?.length ?? 0;
      return;
    case 'TransactGetItemsCommand':
      into.dynamoReads += ((input.TransactItems ?? []) as unknown[]).length;
      return;
    default:
      into.dynamoReads += 1;
  }
}

/**
 * Counts the requests of the shared DynamoDB and S3 clients every in-process function uses (the local
 * runtime runs them in this process), from now on. Attach after the runtime started: starting it
 * builds the clients anew.
 */
export function meterRequests(): { readonly counts: Readonly<RequestCounts>; snapshot(): RequestCounts } {
  const counts: RequestCounts = { dynamoItemWrites: 0, dynamoTransactionalWrites: 0, dynamoReads: 0, s3Requests: 0 };
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      count(counts, String(context.commandName), args.input as Input);
      return next(args);
    },
    { step: 'initialize', name: 'ramBenchDynamoMeter' },
  );
  s3Client().middlewareStack.add(
    (next, context) => async (args) => {
      // Presigning a PUT runs these middlewares too without sending anything, and the functions never
      // PUT an object themselves (the browser does, with the presigned URL): PutObject is not counted.
      if (context.commandName !== 'PutObjectCommand') counts.s3Requests += 1;
      return next(args);
    },
    { step: 'initialize', name: 'ramBenchS3Meter' },
  );
  return { counts, snapshot: () => ({ ...counts }) };
}
