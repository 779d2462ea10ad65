import { startDynamoDbLocal } from '../../src/local/dynamodb-local';
import { freePort } from '../../src/local/ports';

/** One in-memory DynamoDB Local for the whole `npm test` run; each test file uses its own table prefix. */
export default async function globalSetup(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  process.env.RAM_TEST_DYNAMO_ENDPOINT = dynamo.endpoint;
  (globalThis as { __ramDynamo?: { stop(): Promise<void> } }).__ramDynamo = dynamo;
}
