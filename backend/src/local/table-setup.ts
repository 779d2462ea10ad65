import {
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE_NAMES, TABLES, type TableDefinition, physicalTableName } from '../catalogue';

/** The CreateTable request for a catalogue table (on-demand, streams and GSIs as declared). */
export function createTableInput(env: string, table: TableDefinition): CreateTableCommandInput {
  const attributes = new Map<string, 'S' | 'N'>();
  const keys = [table.partitionKey, table.sortKey, ...(table.indexes ?? []).flatMap((i) => [i.partitionKey, i.sortKey])];
  for (const key of keys) if (key) attributes.set(key.name, key.type);
  const keySchema = (pk: { name: string }, sk?: { name: string }) => [
    { AttributeName: pk.name, KeyType: 'HASH' as const },
    ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : []),
  ];
  return {
    TableName: physicalTableName(env, table.name),
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    GlobalSecondaryIndexes: table.indexes?.length
      ? table.indexes.map((i) => ({
          IndexName: i.name,
          KeySchema: keySchema(i.partitionKey, i.sortKey),
          Projection: { ProjectionType: i.projection ?? 'ALL' },
        }))
      : undefined,
    StreamSpecification: table.stream ? { StreamEnabled: true, StreamViewType: table.stream } : undefined,
  };
}

async function listAllTables(client: DynamoDBClient): Promise<Set<string>> {
  const names = new Set<string>();
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    page.TableNames?.forEach((n) => names.add(n));
    start = page.LastEvaluatedTableName;
  } while (start);
  return names;
}

/** Creates every catalogue table that does not exist yet in the environment; returns the names created. */
export async function ensureTables(client: DynamoDBClient, env: string): Promise<string[]> {
  const existing = await listAllTables(client);
  const created: string[] = [];
  for (const name of TABLE_NAMES) {
    const table = TABLES[name];
    const physical = physicalTableName(env, name);
    if (existing.has(physical)) continue;
    await client.send(new CreateTableCommand(createTableInput(env, table)));
    if (table.ttlAttribute) {
      await client.send(
        new UpdateTimeToLiveCommand({ TableName: physical, TimeToLiveSpecification: { AttributeName: table.ttlAttribute, Enabled: true } }),
      );
    }
    created.push(physical);
  }
  return created;
}
