import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import type { ReferenceTable, SeedRow } from '../../domain/reference';

const BATCH = 25;

/** Reads and writes whole reference tables; used by the seed loader at deploy time, never by a user request. */
export class ReferenceRowRepository {
  /** Every row of a reference table. A Scan is right here: small tables, read once per deploy. */
  async all(table: ReferenceTable): Promise<SeedRow[]> {
    const rows: SeedRow[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamo().send(new ScanCommand({ TableName: tableName(table), ExclusiveStartKey: startKey }));
      rows.push(...(page.Items ?? []).map((item) => ({ table, item })));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return rows;
  }

  /** Puts rows in batches of 25, retrying what DynamoDB leaves unprocessed. */
  async putAll(rows: readonly SeedRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      let requests: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> = {};
      for (const row of rows.slice(i, i + BATCH)) {
        (requests[tableName(row.table)] ??= []).push({ PutRequest: { Item: { ...row.item } } });
      }
      for (let attempt = 0; Object.keys(requests).length > 0; attempt++) {
        if (attempt > 8) throw new Error('DynamoDB kept leaving seed rows unprocessed');
        if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const { UnprocessedItems } = await dynamo().send(new BatchWriteCommand({ RequestItems: requests }));
        requests = (UnprocessedItems ?? {}) as typeof requests;
      }
    }
  }
}
