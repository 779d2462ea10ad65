import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi } from './test-runtime';

type Row = Record<string, unknown>;

/** Consistent reads of a test's rows in the runtime's `test-history` table: its header and all its rows. */
export function testHistoryRows(runtime: LocalRuntime, doc: DynamoDBDocumentClient) {
  const TableName = `${runtime.env}-test-history`;
  return {
    header: async (testId: string): Promise<Row> =>
      (await doc.send(new GetCommand({ TableName, Key: { test_id: testId, item: 'HEADER' }, ConsistentRead: true }))).Item!,
    rows: async (testId: string): Promise<Row[]> =>
      (
        await doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'test_id = :t',
            ExpressionAttributeValues: { ':t': testId },
            ConsistentRead: true,
          }),
        )
      ).Items ?? [],
  };
}

/** Starts an upload for the keeper's tank and PUTs the report to its presigned URL; answers the test id. */
export async function putIcpReport(
  runtime: LocalRuntime,
  keeper: SignedInUser,
  tankId: string,
  fixture: { fileName: string; bytes: Uint8Array },
  lab?: string,
): Promise<string> {
  const started = await postApi(runtime, '/test', { tankId, lab, fileName: fixture.fileName, fileSize: fixture.bytes.length }, keeper);
  await fetch(String(started.body.uploadUrl), {
    method: 'PUT',
    body: Buffer.from(fixture.bytes),
    headers: { 'content-type': 'application/pdf' },
  });
  return String(started.body.testId);
}
