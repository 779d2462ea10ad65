import { type ModuleName, TABLE_NAMES, type TableName } from './tables';

/**
 * Every Lambda function of Reef-A-Matic, declared once: what triggers it, which tables,
 * queues and buckets it may touch (infra scopes IAM from this), and its sizing.
 */

export type TableAccess = 'read' | 'write';

export type FunctionKind = 'http' | 'event';

export interface FunctionDefinition {
  readonly name: FunctionName;
  readonly kind: FunctionKind;
  readonly module: ModuleName;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly tables: Partial<Record<TableName, TableAccess>>;
  /**
   * Tables this function reads whole with `Scan`: deploy-time work and the admin console only (no Scan
   * on a keeper's path); infra grants `dynamodb:Scan` on exactly these.
   */
  readonly scans?: readonly TableName[];
  /** Queues this function sends to. */
  readonly sendsTo?: readonly QueueName[];
  readonly buckets?: Partial<Record<BucketName, TableAccess>>;
  /** May post to WebSocket connections. */
  readonly manageConnections?: boolean;
  /** Reserved concurrency where it protects a dependency. */
  readonly reservedConcurrency?: number;
  readonly costExplorer?: boolean;
  readonly bedrock?: boolean;
  /** Sends mail through the mail port (SES in AWS, the outbox locally). */
  readonly sendsMail?: boolean;
  /** May delete identities from the user pool (account deletion). */
  readonly deletesIdentities?: boolean;
  /** Deletes objects it may write (a failed upload's PDF, a keeper's uploads on erasure). */
  readonly deletesObjects?: boolean;
}

export const QUEUE_NAMES = ['upload-results.fifo', 'icp-correction.fifo', 'dose-save-daily-dose', 'dose-generate-past-dose'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const BUCKET_NAMES = ['ui', 'api', 'upload', 'docs'] as const;
export type BucketName = (typeof BUCKET_NAMES)[number];

export const FUNCTION_NAMES = [
  'account-api',
  'admin-api',
  'billing-webhook',
  'testing-api',
  'dosing-api',
  'upload-convert',
  'icp-evaluate',
  'correction-dose-writer',
  'daily-dose-save',
  'program-backfill',
  'apply-daily-dose',
  'realtime-notify',
  'ws-connect',
  'ws-disconnect',
  'ws-authorizer',
  'cognito-pre-signup',
  'cognito-post-confirmation',
  'seed-loader',
  'privacy-api',
  'alert-notify',
  'weekly-summary',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

const account: Partial<Record<TableName, TableAccess>> = {
  user: 'write',
  'user-tank': 'write',
  'app-config': 'read',
  'app-error': 'write',
  'usage-event': 'read',
  'friend-access-grant': 'write',
  'user-dashboard': 'write',
  'user-entry-template': 'write',
  'test-element': 'read',
  // Confirming the first tank sizes the corrections its earlier ICP tests left waiting (#15).
  'test-history': 'write',
  'reef-review': 'write',
  'element-correction': 'read',
  'element-target-override': 'write',
  'dose-element': 'read',
  'dose-history': 'read',
  'program-history': 'read',
  'alert-preference': 'write',
  'revoked-identity': 'read',
};

export const FUNCTIONS: Readonly<Record<FunctionName, FunctionDefinition>> = {
  'account-api': {
    name: 'account-api',
    kind: 'http',
    module: 'account',
    description: 'Profile, tanks, dashboards, templates, target ranges, Reef Reviews, checkout and portal.',
    memoryMb: 1024,
    timeoutSeconds: 29,
    tables: account,
  },
  'privacy-api': {
    name: 'privacy-api',
    kind: 'http',
    module: 'account',
    description: 'The keeper’s own data: export as JSON or CSV, and deleting the account with everything in it.',
    memoryMb: 1024,
    timeoutSeconds: 29,
    // Deletion must reach every table a keeper has rows in; KEEPER_ROWS says which ones and how.
    tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, 'write'])) as Record<TableName, TableAccess>,
    buckets: { upload: 'write' },
    deletesIdentities: true,
  },
  'admin-api': {
    name: 'admin-api',
    kind: 'http',
    module: 'admin',
    description: 'Admin console: config, errors, overview, costs, friend access. Bootstrap admin only.',
    memoryMb: 1024,
    timeoutSeconds: 29,
    tables: {
      user: 'write',
      'user-tank': 'read',
      'app-config': 'write',
      'app-error': 'write',
      'usage-event': 'read',
      'friend-access-grant': 'write',
      'test-history': 'read',
      'dose-history': 'read',
      'program-history': 'read',
      'program-draft-feedback': 'read',
      'websocket-connections': 'read',
      'revoked-identity': 'read',
    },
    scans: ['user', 'websocket-connections'],
    costExplorer: true,
  },
  'billing-webhook': {
    name: 'billing-webhook',
    kind: 'http',
    module: 'billing',
    description: 'Stripe webhook: verifies the signature and records subscription state.',
    memoryMb: 512,
    timeoutSeconds: 29,
    tables: { user: 'write', 'app-error': 'write' },
  },
  'testing-api': {
    name: 'testing-api',
    kind: 'http',
    module: 'testing',
    description: 'Upload presign, test history, ICP detail and trends, manual tests, corrections.',
    memoryMb: 1024,
    timeoutSeconds: 29,
    tables: {
      user: 'read',
      'user-tank': 'read',
      'app-config': 'write',
      'app-error': 'write',
      'usage-event': 'write',
      'test-element': 'read',
      'test-history': 'write',
      'reef-review': 'write',
      'batch-history': 'write',
      'element-correction': 'read',
      'element-target-override': 'read',
      'dose-element': 'read',
      'dose-history': 'read',
      'program-history': 'write',
      'revoked-identity': 'read',
    },
    sendsTo: ['icp-correction.fifo', 'upload-results.fifo'],
    // Deleting a failed upload removes its PDF.
    deletesObjects: true,
    buckets: { upload: 'write' },
    bedrock: true,
  },
  'dosing-api': {
    name: 'dosing-api',
    kind: 'http',
    module: 'dosing',
    description: 'Dose history and dosing programs.',
    memoryMb: 1024,
    timeoutSeconds: 29,
    tables: {
      user: 'read',
      'user-tank': 'read',
      'app-error': 'write',
      'dose-element': 'read',
      'dose-history': 'write',
      'program-history': 'write',
      'program-draft-feedback': 'write',
      'reef-review': 'write',
      'tank-dose-history': 'write',
      'tank-dose-elements': 'write',
      'revoked-identity': 'read',
    },
    sendsTo: ['dose-generate-past-dose', 'dose-save-daily-dose'],
  },
  'upload-convert': {
    name: 'upload-convert',
    kind: 'event',
    module: 'testing',
    description: 'Reads an uploaded ICP PDF, parses it, validates it and fans out one message per element.',
    memoryMb: 1536,
    timeoutSeconds: 120,
    tables: {
      user: 'write',
      'user-tank': 'read',
      'app-config': 'write',
      'app-error': 'write',
      'usage-event': 'write',
      'test-element': 'read',
      'test-history': 'write',
    },
    sendsTo: ['upload-results.fifo'],
    buckets: { upload: 'read' },
    bedrock: true,
    reservedConcurrency: 10,
  },
  'icp-evaluate': {
    name: 'icp-evaluate',
    kind: 'event',
    module: 'testing',
    description: 'Evaluates each ICP element, then drafts the program and the Reef Review.',
    memoryMb: 1024,
    timeoutSeconds: 60,
    tables: {
      user: 'read',
      'user-tank': 'read',
      'app-config': 'write',
      'app-error': 'write',
      'usage-event': 'write',
      'test-element': 'read',
      'test-history': 'write',
      'reef-review': 'write',
      'element-correction': 'read',
      'element-target-override': 'read',
      'dose-element': 'read',
      'dose-history': 'read',
      'program-history': 'write',
      'program-draft-feedback': 'read',
    },
    bedrock: true,
  },
  'correction-dose-writer': {
    name: 'correction-dose-writer',
    kind: 'event',
    module: 'dosing',
    description: 'Writes ICP correction doses into dose history, one row per day.',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: {
      'app-error': 'write',
      'dose-history': 'write',
      'tank-dose-history': 'write',
      'tank-dose-elements': 'write',
      'reef-review': 'write',
    },
  },
  'daily-dose-save': {
    name: 'daily-dose-save',
    kind: 'event',
    module: 'dosing',
    description: 'Writes one due program dose idempotently and updates the tank aggregates.',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: {
      'app-error': 'write',
      'dose-history': 'write',
      'daily-dose': 'write',
      'tank-dose-history': 'write',
      'tank-dose-elements': 'write',
    },
  },
  'program-backfill': {
    name: 'program-backfill',
    kind: 'event',
    module: 'dosing',
    description: 'Generates past dose records for a saved program, honouring weekdays.',
    memoryMb: 512,
    timeoutSeconds: 120,
    tables: {
      'app-error': 'write',
      'user-tank': 'read',
      'program-history': 'read',
      'dose-history': 'write',
      'tank-dose-history': 'write',
      'tank-dose-elements': 'write',
    },
  },
  'apply-daily-dose': {
    name: 'apply-daily-dose',
    kind: 'event',
    module: 'dosing',
    description: 'Nightly: finds program elements due on each tank’s local date and queues them.',
    memoryMb: 512,
    timeoutSeconds: 300,
    tables: { 'app-error': 'write', 'user-tank': 'read', 'program-history': 'read' },
    sendsTo: ['dose-save-daily-dose'],
  },
  'realtime-notify': {
    name: 'realtime-notify',
    kind: 'event',
    module: 'realtime',
    description: 'Turns history stream records into owner-only WebSocket messages.',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { 'app-error': 'write', 'websocket-connections': 'write' },
    manageConnections: true,
  },
  'ws-connect': {
    name: 'ws-connect',
    kind: 'event',
    module: 'realtime',
    description: 'Stores a new WebSocket connection for its user; notes the app session for the admin.',
    memoryMb: 256,
    timeoutSeconds: 10,
    tables: { 'websocket-connections': 'write', user: 'write', 'usage-event': 'write' },
  },
  'ws-disconnect': {
    name: 'ws-disconnect',
    kind: 'event',
    module: 'realtime',
    description: 'Removes a closed WebSocket connection.',
    memoryMb: 256,
    timeoutSeconds: 10,
    tables: { 'websocket-connections': 'write' },
  },
  'ws-authorizer': {
    name: 'ws-authorizer',
    kind: 'event',
    module: 'realtime',
    description: 'Verifies the token query parameter on $connect.',
    memoryMb: 256,
    timeoutSeconds: 10,
    tables: { 'revoked-identity': 'read' },
  },
  'cognito-pre-signup': {
    name: 'cognito-pre-signup',
    kind: 'event',
    module: 'account',
    description: 'Validates a sign-up request and its plan choice.',
    memoryMb: 256,
    timeoutSeconds: 10,
    tables: {},
  },
  'cognito-post-confirmation': {
    name: 'cognito-post-confirmation',
    kind: 'event',
    module: 'account',
    description: 'Creates the user row, its first tank, and applies a pending friend-access grant.',
    memoryMb: 512,
    timeoutSeconds: 10,
    tables: { user: 'write', 'user-tank': 'write', 'friend-access-grant': 'read', 'app-config': 'read' },
  },
  'alert-notify': {
    name: 'alert-notify',
    kind: 'event',
    module: 'account',
    description: 'Mails keepers about finished reports and readings that need attention, once per test.',
    memoryMb: 512,
    timeoutSeconds: 60,
    tables: {
      'app-error': 'write',
      user: 'read',
      'user-tank': 'read',
      'test-history': 'read',
      'alert-preference': 'read',
      'alert-delivery': 'write',
    },
    sendsMail: true,
  },
  'weekly-summary': {
    name: 'weekly-summary',
    kind: 'event',
    module: 'account',
    description: 'Weekly: mails each keeper who asked for it the past week of a tank.',
    memoryMb: 512,
    timeoutSeconds: 300,
    tables: {
      'app-error': 'write',
      user: 'read',
      'user-tank': 'read',
      'test-history': 'read',
      'dose-history': 'read',
      'alert-preference': 'read',
      'alert-delivery': 'write',
    },
    sendsMail: true,
  },
  'seed-loader': {
    name: 'seed-loader',
    kind: 'event',
    module: 'platform',
    description: 'Upserts the reference data from seeds/ and retires rows no longer seeded.',
    memoryMb: 512,
    timeoutSeconds: 300,
    tables: {
      'test-element': 'write',
      'dose-element': 'write',
      'element-correction': 'write',
      'app-config': 'write',
    },
    // The loader compares what is seeded with what the tables hold, to retire rows no longer seeded.
    scans: ['test-element', 'dose-element', 'element-correction'],
  },
};
