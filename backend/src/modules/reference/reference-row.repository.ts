import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { batchPutAll } from '../../shared/aws/batch-put';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import type { ReferenceTable, SeedRow } from '../../domain/reference';

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

  /** Puts rows in batches, retrying what DynamoDB leaves unprocessed. */
  async putAll(rows: readonly SeedRow[]): Promise<void> {
    await batchPutAll(rows.map((row) => ({ table: tableName(row.table), item: { ...row.item } })));
  }
}
