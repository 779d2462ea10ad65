import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { runtimeConfig } from '../config';

// One client of each kind per container. Endpoints come from the standard AWS_ENDPOINT_URL_* variables,
// which is how the local runtime points the same code at DynamoDB Local, the local S3 and queues.
let documentClient: DynamoDBDocumentClient | undefined;
let s3: S3Client | undefined;
let sqs: SQSClient | undefined;

export function dynamo(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({ region: runtimeConfig().region }), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
  return documentClient;
}

export function s3Client(): S3Client {
  const config = runtimeConfig();
  s3 ??= new S3Client({ region: config.region, forcePathStyle: config.s3ForcePathStyle });
  return s3;
}

export function sqsClient(): SQSClient {
  sqs ??= new SQSClient({ region: runtimeConfig().region });
  return sqs;
}

/** Drops the cached clients (used when the local runtime or a test changes endpoints). */
export function resetAwsClients(): void {
  documentClient = undefined;
  s3 = undefined;
  sqs = undefined;
}
