import type { TableName } from './tables';

/**
 * How a keeper's rows are found in each table, declared once so export and account deletion reach
 * every table, including ones added later: a new table does not compile until it says here where a
 * keeper's rows are (or why it holds none).
 *
 * - `user`: the key (or an index's partition key) is the keeper's user id;
 * - `tank`: the key is `<userId>#<tankId>` for each of the keeper's tanks, optionally followed by
 *   `#<suffix>` for each suffix; `wholePartition` also takes every row sharing the found rows'
 *   partition key (a test's element rows under its header); `companionSuffixes` also takes the
 *   partitions named by a found row's partition key plus a suffix (rows kept out of the indexes on
 *   purpose, such as a draft program's suggestions);
 * - `email`: the key is the keeper's email address;
 * - `none`: the table holds no keeper's rows, with the reason.
 *
 * `exportAs` names the table's rows in the keeper's export; tables without it are internal
 * (metering, connections, delivery ledgers) and only deleted.
 */
export type KeeperRows =
  | { readonly by: 'user' | 'email'; readonly attribute: string; readonly index?: string; readonly exportAs?: ExportKind }
  | {
      readonly by: 'tank';
      readonly attribute: string;
      readonly index?: string;
      readonly suffixes?: readonly string[];
      readonly wholePartition?: boolean;
      readonly companionSuffixes?: readonly string[];
      readonly exportAs?: ExportKind;
    }
  | { readonly by: 'none'; readonly why: string };

export const EXPORT_KINDS = [
  'profile',
  'tanks',
  'tests',
  'doses',
  'programs',
  'reviews',
  'targets',
  'templates',
  'dashboards',
  'alerts',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const byUser = (exportAs?: ExportKind, index?: string): KeeperRows => ({ by: 'user', attribute: 'user_id', index, exportAs });
const byTank = (
  options: { index?: string; exportAs?: ExportKind; wholePartition?: boolean; companionSuffixes?: readonly string[] } = {},
): KeeperRows => ({ by: 'tank', attribute: 'user_id_tank_id', ...options });
const reference: KeeperRows = { by: 'none', why: 'reference data shared by every keeper' };

export const KEEPER_ROWS: Readonly<Record<TableName, KeeperRows>> = {
  user: byUser('profile'),
  'user-tank': byUser('tanks'),
  'app-config': { by: 'none', why: 'admin settings' },
  'app-error': byUser(undefined, 'user_id-index'),
  'usage-event': byUser(),
  'friend-access-grant': { by: 'email', attribute: 'email' },
  'user-dashboard': byTank({ index: 'user_id_tank_id-index', exportAs: 'dashboards' }),
  'user-entry-template': {
    by: 'tank',
    attribute: 'user_id_tank_id_template_type',
    index: 'user_id_tank_id_template_type-index',
    suffixes: ['TEST', 'DOSE', 'PROGRAM'],
    exportAs: 'templates',
  },
  'test-element': reference,
  'test-history': byTank({ index: 'user_id_tank_id-index', wholePartition: true, exportAs: 'tests' }),
  'reef-review': byTank({ index: 'user_id_tank_id-index', exportAs: 'reviews' }),
  'batch-history': byTank({ index: 'user_id_tank_id-index' }),
  'element-correction': reference,
  'element-target-override': byTank({ exportAs: 'targets' }),
  'dose-element': reference,
  'dose-history': byTank({ exportAs: 'doses' }),
  // A draft's suggestions record sits outside every index under `<program_id>#suggestions`.
  'program-history': byTank({ index: 'user_id_tank_id-index', companionSuffixes: ['#suggestions'], exportAs: 'programs' }),
  'daily-dose': byTank(),
  'program-draft-feedback': byTank({ index: 'user_id_tank_id-index' }),
  'tank-dose-history': byTank(),
  'tank-dose-elements': byTank(),
  'websocket-connections': byUser(undefined, 'user_id-index'),
  'alert-preference': byUser('alerts'),
  'alert-delivery': byUser(undefined, 'user_id-index'),
  'account-erasure': { by: 'none', why: 'anonymised deletion audit: no user id, no email' },
  'revoked-identity': { by: 'none', why: 'a one-way hash of a deleted subject, expiring with its last token' },
};
