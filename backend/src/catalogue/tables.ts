/**
 * Every DynamoDB table of Reef-A-Matic, declared once.
 *
 * `infra/` turns each entry into an `aws.dynamodb.Table`; the local runtime creates the same
 * tables in DynamoDB Local. Physical names are `<env>-<name>` (see {@link physicalTableName}).
 */

export type AttributeType = 'S' | 'N';

export interface KeyAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  /** ALL unless the index only needs keys. */
  readonly projection?: 'ALL' | 'KEYS_ONLY';
}

export type StreamView = 'NEW_AND_OLD_IMAGES';

export interface TableDefinition {
  readonly name: TableName;
  /** Bounded context that owns the table; becomes the `Module` cost tag. */
  readonly module: ModuleName;
  readonly description: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly indexes?: readonly IndexDefinition[];
  readonly stream?: StreamView;
  /** Attribute holding an epoch-seconds expiry. */
  readonly ttlAttribute?: string;
}

export type ModuleName = 'account' | 'admin' | 'billing' | 'testing' | 'dosing' | 'realtime' | 'platform';

const s = (name: string): KeyAttribute => ({ name, type: 'S' });

export const TABLE_NAMES = [
  'user',
  'user-tank',
  'app-config',
  'app-error',
  'usage-event',
  'friend-access-grant',
  'user-dashboard',
  'user-entry-template',
  'test-element',
  'test-history',
  'reef-review',
  'batch-history',
  'element-correction',
  'element-target-override',
  'dose-element',
  'dose-history',
  'program-history',
  'daily-dose',
  'program-draft-feedback',
  'tank-dose-history',
  'tank-dose-elements',
  'websocket-connections',
  'alert-preference',
  'alert-delivery',
  'account-erasure',
  'revoked-identity',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export const TABLES: Readonly<Record<TableName, TableDefinition>> = {
  user: {
    name: 'user',
    module: 'account',
    description: 'Keeper profile, plan, trial window, Stripe ids, billing and friend-access state.',
    partitionKey: s('user_id'),
    indexes: [{ name: 'email-index', partitionKey: s('email') }],
  },
  'user-tank': {
    name: 'user-tank',
    module: 'account',
    description: 'Tanks of a keeper: volume (litres), dosing method, default ICP lab, timezone.',
    partitionKey: s('user_id'),
    sortKey: s('tank_id'),
  },
  'app-config': {
    name: 'app-config',
    module: 'admin',
    description: 'Admin-managed runtime settings (basic upload window, Bedrock prompt templates).',
    partitionKey: s('config_key'),
  },
  'app-error': {
    name: 'app-error',
    module: 'platform',
    description: 'Unexpected failures keyed by support reference id, with request ids, user, tank and stack.',
    partitionKey: s('reference_id'),
    indexes: [
      { name: 'recent-index', partitionKey: s('entity_type'), sortKey: s('created_at') },
      { name: 'user_id-index', partitionKey: s('user_id'), sortKey: s('created_at'), projection: 'KEYS_ONLY' },
    ],
    ttlAttribute: 'expires_at',
  },
  'usage-event': {
    name: 'usage-event',
    module: 'admin',
    description: 'Metered cost attribution per user, tank and correlation id (one ICP PDF = one id).',
    partitionKey: s('user_id'),
    sortKey: s('event_id'),
    indexes: [
      { name: 'correlation_id-index', partitionKey: s('correlation_id'), sortKey: s('event_id') },
      { name: 'day-index', partitionKey: s('event_day'), sortKey: s('event_id') },
    ],
  },
  'friend-access-grant': {
    name: 'friend-access-grant',
    module: 'billing',
    description: 'Admin-granted free Pro access by email, applied now or at sign-up / next profile load.',
    partitionKey: s('email'),
    indexes: [{ name: 'recent-index', partitionKey: s('entity_type'), sortKey: s('granted_at') }],
  },
  'user-dashboard': {
    name: 'user-dashboard',
    module: 'account',
    description: 'Saved custom dashboards per tank, with chart definitions.',
    partitionKey: s('dashboard_id'),
    indexes: [{ name: 'user_id_tank_id-index', partitionKey: s('user_id_tank_id'), sortKey: s('created_at') }],
  },
  'user-entry-template': {
    name: 'user-entry-template',
    module: 'account',
    description: 'Manual entry templates for tests, doses and programs, per tank and template type.',
    partitionKey: s('template_id'),
    indexes: [
      {
        name: 'user_id_tank_id_template_type-index',
        partitionKey: s('user_id_tank_id_template_type'),
        sortKey: s('created_at'),
      },
    ],
  },
  'test-element': {
    name: 'test-element',
    module: 'testing',
    description: 'Reference panels: ICP panels per lab brand and the manual test catalogue.',
    partitionKey: s('panel'),
    sortKey: s('element_id'),
  },
  'test-history': {
    name: 'test-history',
    module: 'testing',
    description:
      'Manual and ICP tests. One HEADER row per test plus one ELEMENT#<name> row per measured element; ' +
      'only header rows carry the tank index attributes.',
    partitionKey: s('test_id'),
    sortKey: s('item'),
    indexes: [{ name: 'user_id_tank_id-index', partitionKey: s('user_id_tank_id'), sortKey: s('test_date_id') }],
    stream: 'NEW_AND_OLD_IMAGES',
  },
  'reef-review': {
    name: 'reef-review',
    module: 'testing',
    description: 'Reef Review per test: findings, actions, decisions, link to the draft program.',
    partitionKey: s('review_id'),
    indexes: [
      { name: 'user_id_tank_id-index', partitionKey: s('user_id_tank_id'), sortKey: s('created_at') },
      { name: 'test_id-index', partitionKey: s('test_id') },
      { name: 'draft_program_id-index', partitionKey: s('draft_program_id') },
    ],
  },
  'batch-history': {
    name: 'batch-history',
    module: 'testing',
    description: 'Upload batches: which test ids one multi-file upload created.',
    partitionKey: s('batch_id'),
    indexes: [{ name: 'user_id_tank_id-index', partitionKey: s('user_id_tank_id'), sortKey: s('created_at') }],
  },
  'element-correction': {
    name: 'element-correction',
    module: 'testing',
    description: 'Correction metadata per method (Moonshiners): target, product strength, max change per day.',
    partitionKey: s('method'),
    sortKey: s('element_id'),
  },
  'element-target-override': {
    name: 'element-target-override',
    module: 'testing',
    description: 'Versioned custom target ranges per tank and element; active rows carry active_tank_key.',
    partitionKey: s('user_id_tank_id'),
    sortKey: s('element_version'),
    indexes: [{ name: 'active-index', partitionKey: s('active_tank_key'), sortKey: s('element') }],
  },
  'dose-element': {
    name: 'dose-element',
    module: 'dosing',
    description: 'Dose catalogs per dosing method (Triton, Fauna Marin, Custom / No Method).',
    partitionKey: s('method'),
    sortKey: s('element_id'),
  },
  'dose-history': {
    name: 'dose-history',
    module: 'dosing',
    description: 'One row per tank and date; entries keyed by a deterministic id so writers merge and repeat safely.',
    partitionKey: s('user_id_tank_id'),
    sortKey: s('dose_date'),
    stream: 'NEW_AND_OLD_IMAGES',
  },
  'program-history': {
    name: 'program-history',
    module: 'dosing',
    description: 'Dosing programs (active, draft, inactive) with per-element amount, unit and weekdays.',
    partitionKey: s('program_id'),
    indexes: [
      { name: 'user_id_tank_id-index', partitionKey: s('user_id_tank_id'), sortKey: s('start_date') },
      { name: 'status-index', partitionKey: s('status'), sortKey: s('user_id_tank_id') },
    ],
    stream: 'NEW_AND_OLD_IMAGES',
  },
  'daily-dose': {
    name: 'daily-dose',
    module: 'dosing',
    description: 'Legacy daily-dose projection; due entries are derived from active programs.',
    partitionKey: s('user_id_tank_id'),
    sortKey: s('dose_key'),
    ttlAttribute: 'expires_at',
  },
  'program-draft-feedback': {
    name: 'program-draft-feedback',
    module: 'dosing',
    description: 'What the keeper changed in a RaM draft before activating it (suggested vs activated).',
    partitionKey: s('feedback_id'),
    indexes: [
      { name: 'user_id_tank_id-index', partitionKey: s('user_id_tank_id'), sortKey: s('created_at') },
      { name: 'recent-index', partitionKey: s('entity_type'), sortKey: s('created_at') },
    ],
  },
  'tank-dose-history': {
    name: 'tank-dose-history',
    module: 'dosing',
    description: 'Per tank and date: totals of what was dosed.',
    partitionKey: s('user_id_tank_id'),
    sortKey: s('dose_date'),
  },
  'tank-dose-elements': {
    name: 'tank-dose-elements',
    module: 'dosing',
    description: 'Per tank, element and date: the dosed amount, for trend overlays.',
    partitionKey: s('user_id_tank_id'),
    sortKey: s('element_date'),
  },
  'websocket-connections': {
    name: 'websocket-connections',
    module: 'realtime',
    description: 'Open WebSocket connections with their user; expire a little after the 2-hour API limit.',
    partitionKey: s('connection_id'),
    indexes: [{ name: 'user_id-index', partitionKey: s('user_id'), sortKey: s('connected_at') }],
    ttlAttribute: 'ttl',
  },
  'alert-preference': {
    name: 'alert-preference',
    module: 'account',
    description: 'What each keeper wants to hear about per tank (report finished, critical, out of range, correction due, weekly summary).',
    partitionKey: s('user_id'),
    sortKey: s('tank_id'),
    indexes: [{ name: 'weekly-index', partitionKey: s('weekly_summary'), sortKey: s('user_id_tank_id'), projection: 'KEYS_ONLY' }],
  },
  'alert-delivery': {
    name: 'alert-delivery',
    module: 'account',
    description: 'One row per alert sent (test and kind, or tank and week), so a redelivered stream record mails nothing twice.',
    partitionKey: s('delivery_key'),
    indexes: [{ name: 'user_id-index', partitionKey: s('user_id'), sortKey: s('sent_at'), projection: 'KEYS_ONLY' }],
    ttlAttribute: 'expires_at',
  },
  'account-erasure': {
    name: 'account-erasure',
    module: 'account',
    description: 'Anonymised audit of account deletions: when, how many rows per table, files removed; no user id or email.',
    partitionKey: s('erasure_id'),
  },
  'revoked-identity': {
    name: 'revoked-identity',
    module: 'account',
    description: 'Hashed subjects of deleted accounts, so their unexpired tokens get 401; expire after the longest token life.',
    partitionKey: s('subject_hash'),
    ttlAttribute: 'expires_at',
  },
};

/**
 * The physical name of a table in an environment.
 *
 * @example physicalTableName('dev', 'test-history') // 'dev-test-history'
 */
export function physicalTableName(env: string, table: TableName): string {
  return `${env}-${table}`;
}

export const STREAMED_TABLES: readonly TableName[] = TABLE_NAMES.filter((t) => TABLES[t].stream);
