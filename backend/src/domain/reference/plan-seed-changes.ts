import { TABLES } from '../../catalogue/tables';
import { SeedPlanError } from './seed-errors';
import { SeedRow } from './to-rows';

/** What a seed run has to write: new or changed rows, rows to retire, and rows left as they are. */
export interface SeedPlan {
  readonly puts: readonly SeedRow[];
  readonly retirements: readonly SeedRow[];
  readonly unchanged: readonly SeedRow[];
}

/**
 * The table key of a row, from the table catalogue's partition and sort key names.
 *
 * @example rowKey({ table: 'test-element', item: { panel: 'ATI', element_id: 'zinc' } }) // 'test-element|ATI|zinc'
 */
export function rowKey(row: SeedRow): string {
  const { partitionKey, sortKey } = TABLES[row.table];
  const parts = [row.table, row.item[partitionKey.name], ...(sortKey ? [row.item[sortKey.name]] : [])];
  return parts.map(String).join('|');
}

function byKey(rows: readonly SeedRow[], what: string): Map<string, SeedRow> {
  const index = new Map<string, SeedRow>();
  for (const row of rows) {
    const key = rowKey(row);
    if (index.has(key)) throw new SeedPlanError(`${what} rows repeat the key ${key}`);
    index.set(key, row);
  }
  return index;
}

/**
 * Compares the rows the seeds want with the rows the tables hold. A row whose stored content hash
 * matches and that is not retired is left alone; any other desired row is put whole. A stored row
 * the seeds no longer mention is retired (written back with `retired: true`), never deleted, so
 * history that points at it keeps its label. Rows retired earlier stay as they are.
 *
 * @example planSeedChanges(toRows(seeds), rowsReadFromTables) // { puts: [], retirements: [], unchanged: [...] }
 */
export function planSeedChanges(desiredRows: readonly SeedRow[], existingRows: readonly SeedRow[]): SeedPlan {
  const existing = byKey(existingRows, 'existing');
  const desired = byKey(desiredRows, 'desired');
  const puts: SeedRow[] = [];
  const unchanged: SeedRow[] = [];
  for (const [key, row] of desired) {
    const stored = existing.get(key)?.item;
    const same = stored !== undefined && stored.content_hash === row.item.content_hash && stored.retired !== true;
    (same ? unchanged : puts).push(row);
  }
  const retirements = [...existing]
    .filter(([key, row]) => !desired.has(key) && row.item.retired !== true)
    .map(([, row]) => ({ table: row.table, item: { ...row.item, retired: true } }));
  return { puts, retirements, unchanged };
}
