import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import {
  physicalTableName,
  TABLE_NAMES,
  TABLES,
  type KeyAttribute,
  type TableDefinition,
  type TableName,
} from '../../backend/src/catalogue';
import { moduleTags } from '../tags';

export interface DataArgs {
  readonly environment: string;
  /** Refuse to delete tables (prod). */
  readonly deletionProtection: boolean;
}

/** What other components need to know about a table. */
export interface TableRef {
  readonly name: pulumi.Output<string>;
  readonly arn: pulumi.Output<string>;
  /** Only for tables the catalogue streams. */
  readonly streamArn?: pulumi.Output<string>;
}

/** Every key attribute of a table and its indexes, once each (DynamoDB rejects duplicates). */
export function keyAttributes(table: TableDefinition): aws.types.input.dynamodb.TableAttribute[] {
  const keys: KeyAttribute[] = [table.partitionKey];
  if (table.sortKey) keys.push(table.sortKey);
  for (const index of table.indexes ?? []) {
    keys.push(index.partitionKey);
    if (index.sortKey) keys.push(index.sortKey);
  }
  const byName = new Map(keys.map((k) => [k.name, { name: k.name, type: k.type }]));
  return [...byName.values()];
}

function globalSecondaryIndexes(table: TableDefinition): aws.types.input.dynamodb.TableGlobalSecondaryIndex[] {
  return (table.indexes ?? []).map((index) => ({
    name: index.name,
    hashKey: index.partitionKey.name,
    rangeKey: index.sortKey?.name,
    projectionType: index.projection ?? 'ALL',
  }));
}

/** Every DynamoDB table of the catalogue: on demand, point-in-time recovery, encrypted, streamed where declared. */
export class Data extends pulumi.ComponentResource {
  readonly tables: Readonly<Record<TableName, TableRef>>;

  constructor(name: string, args: DataArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:data:Tables', name, {}, opts);
    const tables = {} as Record<TableName, TableRef>;
    for (const tableName of TABLE_NAMES) {
      const definition = TABLES[tableName];
      const table = new aws.dynamodb.Table(
        `${name}-${tableName}`,
        {
          name: physicalTableName(args.environment, tableName),
          billingMode: 'PAY_PER_REQUEST',
          hashKey: definition.partitionKey.name,
          rangeKey: definition.sortKey?.name,
          attributes: keyAttributes(definition),
          globalSecondaryIndexes: globalSecondaryIndexes(definition),
          pointInTimeRecovery: { enabled: true },
          serverSideEncryption: { enabled: true },
          ttl: definition.ttlAttribute ? { attributeName: definition.ttlAttribute, enabled: true } : undefined,
          streamEnabled: definition.stream !== undefined,
          streamViewType: definition.stream,
          deletionProtectionEnabled: args.deletionProtection,
          tags: moduleTags(definition.module),
        },
        { parent: this, protect: args.deletionProtection },
      );
      tables[tableName] = {
        name: table.name,
        arn: table.arn,
        streamArn: definition.stream ? table.streamArn : undefined,
      };
    }
    this.tables = tables;
    this.registerOutputs({ tableNames: Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].name])) });
  }
}
