import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config';
import { sdkClient } from './sdk-client';

// One client per container. Endpoints come from the standard AWS_ENDPOINT_URL_* variables, which is
// how the local runtime points the same code at DynamoDB Local, the local S3 and the local queues.
// S3 and SQS clients live in their own files so a function bundles only the clients it uses.
let documentClient: DynamoDBDocumentClient | undefined;
const resetters: (() => void)[] = [() => (documentClient = undefined)];

export function dynamo(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(sdkClient(DynamoDBClient, { region: runtimeConfig().region }), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
  return documentClient;
}

/** Lets another client module drop its cached client on reset. */
export function onClientReset(reset: () => void): void {
  resetters.push(reset);
}

/** Drops the cached clients (used when the local runtime or a test changes endpoints). */
export function resetAwsClients(): void {
  for (const reset of resetters) reset();
}
