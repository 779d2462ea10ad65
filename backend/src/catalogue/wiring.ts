import type { BucketName, FunctionName, QueueName } from './functions';
import type { TableName } from './tables';

/**
 * How events reach functions: queues, the upload bucket notification, table streams, the schedule,
 * the WebSocket routes and the identity triggers. Infra and the local runtime both read this.
 */

export interface QueueDefinition {
  readonly name: QueueName;
  readonly fifo: boolean;
  readonly consumer: FunctionName;
  /** Messages a consumer gets at once (a FIFO queue allows at most 10); the event source mapping and the local engine both use it. */
  readonly batchSize: number;
  /**
   * Batches handled at once (the mapping's maximum concurrency, at least 2). In a FIFO queue one
   * message group is in flight at a time, so this bounds how many groups (tests) run side by side.
   * Omitted: Lambda's default scaling in AWS, 2 (FIFO) or 4 batches at once locally.
   */
  readonly maximumConcurrency?: number;
  readonly visibilityTimeoutSeconds: number;
  /** Receives before a message moves to `<name>-dlq`. */
  readonly maxReceiveCount: number;
  readonly messageRetentionSeconds: number;
  /** FIFO only: derive the deduplication id from the body when the sender gives none. */
  readonly contentBasedDeduplication?: boolean;
}

export const QUEUES: Readonly<Record<QueueName, QueueDefinition>> = {
  'upload-results.fifo': {
    name: 'upload-results.fifo',
    fifo: true,
    consumer: 'icp-evaluate',
    // Ten elements of one test a batch, one transaction each; up to ten tests evaluated side by side (ADR 0130).
    batchSize: 10,
    maximumConcurrency: 10,
    visibilityTimeoutSeconds: 360,
    maxReceiveCount: 5,
    messageRetentionSeconds: 4 * 24 * 3600,
  },
  'icp-correction.fifo': {
    name: 'icp-correction.fifo',
    fifo: true,
    consumer: 'correction-dose-writer',
    batchSize: 10,
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    messageRetentionSeconds: 4 * 24 * 3600,
  },
  'dose-save-daily-dose': {
    name: 'dose-save-daily-dose',
    fifo: false,
    consumer: 'daily-dose-save',
    batchSize: 10,
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    messageRetentionSeconds: 4 * 24 * 3600,
  },
  'dose-generate-past-dose': {
    name: 'dose-generate-past-dose',
    fifo: false,
    consumer: 'program-backfill',
    batchSize: 5,
    visibilityTimeoutSeconds: 720,
    maxReceiveCount: 3,
    messageRetentionSeconds: 4 * 24 * 3600,
  },
};

/**
 * The dead-letter queue of a queue.
 *
 * @example deadLetterQueueName('upload-results.fifo') // 'upload-results-dlq.fifo'
 */
export function deadLetterQueueName(queue: QueueName): string {
  return queue.endsWith('.fifo') ? `${queue.slice(0, -'.fifo'.length)}-dlq.fifo` : `${queue}-dlq`;
}

export interface BucketNotification {
  readonly bucket: BucketName;
  readonly events: readonly string[];
  readonly prefix: string;
  readonly suffix: string;
  readonly target: FunctionName;
}

/** Upload keys are `uploads/<userId>/<tankId>/<testId>.pdf`. */
export const BUCKET_NOTIFICATIONS: readonly BucketNotification[] = [
  { bucket: 'upload', events: ['s3:ObjectCreated:*'], prefix: 'uploads/', suffix: '.pdf', target: 'upload-convert' },
];

/**
 * A Lambda event filter pattern: nested fields whose leaves list the allowed values (a string, a
 * number, `{ prefix }` or `{ exists }`).
 *
 * @example { dynamodb: { Keys: { item: { S: ['HEADER'] } } } }
 */
export type FilterPattern = { readonly [field: string]: FilterPattern | readonly FilterValue[] };
export type FilterValue = string | number | { readonly prefix: string } | { readonly exists: boolean };

export interface StreamSubscription {
  readonly table: TableName;
  readonly target: FunctionName;
  readonly batchSize: number;
  readonly maximumRetryAttempts: number;
  readonly bisectBatchOnFunctionError: boolean;
  readonly maximumBatchingWindowSeconds: number;
  /**
   * Lambda event filter (the mapping's filter criteria; the local stream poller applies it too):
   * records that cannot matter to the function never invoke it.
   */
  readonly filterPattern?: FilterPattern;
}

/** A test's header row only: element rows change with their header, and no consumer reads them from the stream. */
const TEST_HEADERS: FilterPattern = { dynamodb: { Keys: { item: { S: ['HEADER'] } } } };

const notifyFrom = (table: TableName, filterPattern?: FilterPattern): StreamSubscription => ({
  table,
  target: 'realtime-notify',
  batchSize: 25,
  maximumRetryAttempts: 3,
  bisectBatchOnFunctionError: true,
  maximumBatchingWindowSeconds: 0,
  ...(filterPattern ? { filterPattern } : {}),
});

export const STREAM_SUBSCRIPTIONS: readonly StreamSubscription[] = [
  notifyFrom('test-history', TEST_HEADERS),
  notifyFrom('dose-history'),
  notifyFrom('program-history'),
  // Keeper alerts by mail: finished reports and readings that need attention, once per test.
  {
    table: 'test-history',
    target: 'alert-notify',
    batchSize: 25,
    maximumRetryAttempts: 5,
    bisectBatchOnFunctionError: true,
    maximumBatchingWindowSeconds: 0,
    // Only a header that is DONE can set off a mail (the handler still checks it just turned DONE).
    filterPattern: { dynamodb: { NewImage: { item: { S: ['HEADER'] }, status: { S: ['DONE'] } } } },
  },
];

export interface ScheduleDefinition {
  readonly name: string;
  /** EventBridge cron expression (UTC). */
  readonly cron: string;
  readonly utcHour: number;
  readonly utcMinute: number;
  /** Weekly schedules only: 0 = Sunday … 6 = Saturday (UTC). */
  readonly utcWeekday?: number;
  readonly target: FunctionName;
  readonly description: string;
}

export const SCHEDULES: readonly ScheduleDefinition[] = [
  {
    name: 'apply-daily-dose',
    cron: 'cron(0 1 * * ? *)',
    utcHour: 1,
    utcMinute: 0,
    target: 'apply-daily-dose',
    description: 'Queue the program doses due today on each tank’s local date.',
  },
  {
    name: 'weekly-summary',
    cron: 'cron(0 7 ? * MON *)',
    utcHour: 7,
    utcMinute: 0,
    utcWeekday: 1,
    target: 'weekly-summary',
    description: 'Mail each keeper who asked for it a summary of the tank’s past week.',
  },
];

export const WEBSOCKET = {
  authorizer: 'ws-authorizer',
  routes: { $connect: 'ws-connect', $disconnect: 'ws-disconnect' },
  /** API Gateway closes WebSocket connections after 2 hours; rows live a little longer. */
  connectionTtlSeconds: 2 * 3600 + 15 * 60,
} as const satisfies {
  authorizer: FunctionName;
  routes: Record<'$connect' | '$disconnect', FunctionName>;
  connectionTtlSeconds: number;
};

export const IDENTITY_TRIGGERS = {
  preSignUp: 'cognito-pre-signup',
  postConfirmation: 'cognito-post-confirmation',
} as const satisfies Record<string, FunctionName>;

/** Functions run once per deploy (and on every local start). */
export const DEPLOY_HOOKS: readonly FunctionName[] = ['seed-loader'];
