import { Injectable } from '@nestjs/common';
import { KEEPER_ROWS, type KeeperRows, TABLES, type TableName } from '../../catalogue';
import { tableName } from '../../shared/aws/names';
import { queryAll } from '../../shared/aws/query-all';

type Item = Record<string, unknown>;

/** Whose rows to find: the keeper and the tanks they own. */
export interface KeeperRef {
  readonly userId: string;
  readonly email: string;
  readonly tankIds: readonly string[];
}

/** The values a table's keeper-row attribute takes for one keeper. */
export function keeperKeyValues(rows: Exclude<KeeperRows, { by: 'none' }>, keeper: KeeperRef): string[] {
  if (rows.by !== 'tank') return [rows.by === 'user' ? keeper.userId : keeper.email];
  const tanks = keeper.tankIds.map((tankId) => `${keeper.userId}#${tankId}`);
  const suffixes = rows.suffixes;
  return suffixes ? tanks.flatMap((t) => suffixes.map((s) => `${t}#${s}`)) : tanks;
}

/** The primary key of a row of a table. */
export function primaryKeyOf(table: TableName, item: Item): Item {
  const { partitionKey, sortKey } = TABLES[table];
  return sortKey
    ? { [partitionKey.name]: item[partitionKey.name], [sortKey.name]: item[sortKey.name] }
    : { [partitionKey.name]: item[partitionKey.name] };
}

/**
 * Finds every row of a keeper in every table, the way `KEEPER_ROWS` declares (queries on keys and
 * indexes, never a scan). Export reads the rows; account deletion deletes them by key.
 */
@Injectable()
export class KeeperRowFinder {
  /** The keeper's rows of one table (full items, or only keys where the index projects keys). */
  async rowsOf(table: TableName, keeper: KeeperRef): Promise<Item[]> {
    const rows = KEEPER_ROWS[table];
    if (rows.by === 'none') return [];
    const found = new Map<string, Item>();
    const add = (item: Item) => found.set(JSON.stringify(primaryKeyOf(table, item)), item);
    for (const value of keeperKeyValues(rows, keeper)) {
      const items = await queryAll({
        TableName: tableName(table),
        IndexName: rows.index,
        KeyConditionExpression: '#k = :v',
        ExpressionAttributeNames: { '#k': rows.attribute },
        ExpressionAttributeValues: { ':v': value },
        ...(rows.index ? {} : { ConsistentRead: true }),
      });
      items.forEach(add);
    }
    if (rows.by !== 'tank') return [...found.values()];
    const partition = TABLES[table].partitionKey.name;
    const foundPartitions = [...new Set([...found.values()].map((i) => i[partition] as string))];
    const extra = [
      ...(rows.wholePartition ? foundPartitions : []),
      ...(rows.companionSuffixes ?? []).flatMap((suffix) => foundPartitions.map((p) => `${p}${suffix}`)),
    ];
    for (const value of extra) {
      const items = await queryAll({
        TableName: tableName(table),
        KeyConditionExpression: '#p = :v',
        ExpressionAttributeNames: { '#p': partition },
        ExpressionAttributeValues: { ':v': value },
        ConsistentRead: true,
      });
      items.forEach(add);
    }
    return [...found.values()];
  }
}
