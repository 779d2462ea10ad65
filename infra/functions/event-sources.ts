import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import {
  BUCKET_NAMES,
  BUCKET_NOTIFICATIONS,
  FUNCTIONS,
  QUEUE_NAMES,
  QUEUES,
  STREAM_SUBSCRIPTIONS,
  type BucketName,
  type FunctionName,
  type QueueName,
  type TableName,
} from '../../backend/src/catalogue';
import type { TableRef } from '../data/data';
import { logicalName } from '../naming';
import type { QueueRef } from '../queues/queues';
import type { BucketRef } from '../storage/storage';
import { moduleTags } from '../tags';
import type { FunctionSet } from './groups';

export interface EventSourcesArgs {
  readonly functions: FunctionSet;
  readonly tables: Readonly<Record<TableName, TableRef>>;
  readonly queues: Readonly<Record<QueueName, QueueRef>>;
  readonly streamFailureQueues: Readonly<Partial<Record<FunctionName, QueueRef>>>;
  readonly buckets: Readonly<Record<BucketName, BucketRef>>;
}

/** Consumers report failed records one by one, so one bad message never replays its whole batch. */
const PARTIAL_BATCH_FAILURES = ['ReportBatchItemFailures'];

/** Connects queues, table streams and bucket notifications to the functions the catalogue names. */
export class EventSources extends pulumi.ComponentResource {
  constructor(name: string, args: EventSourcesArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:compute:EventSources', name, {}, opts);
    this.subscribeQueues(name, args);
    this.subscribeStreams(name, args);
    this.notifyOnUploads(name, args);
    this.registerOutputs({});
  }

  private subscribeQueues(name: string, args: EventSourcesArgs): void {
    for (const queue of QUEUE_NAMES) {
      const definition = QUEUES[queue];
      new aws.lambda.EventSourceMapping(
        logicalName(name, queue),
        {
          eventSourceArn: args.queues[queue].arn,
          functionName: args.functions[definition.consumer].arn,
          batchSize: definition.batchSize,
          ...(definition.maximumConcurrency ? { scalingConfig: { maximumConcurrency: definition.maximumConcurrency } } : {}),
          functionResponseTypes: PARTIAL_BATCH_FAILURES,
          tags: moduleTags(FUNCTIONS[definition.consumer].module),
        },
        { parent: this },
      );
    }
  }

  private subscribeStreams(name: string, args: EventSourcesArgs): void {
    for (const subscription of STREAM_SUBSCRIPTIONS) {
      const streamArn = args.tables[subscription.table].streamArn;
      const failures = args.streamFailureQueues[subscription.target];
      if (!streamArn) throw new Error(`Table ${subscription.table} has no stream to subscribe to`);
      if (!failures) throw new Error(`Stream consumer ${subscription.target} has no failure queue`);
      new aws.lambda.EventSourceMapping(
        `${name}-${subscription.table}-stream-${subscription.target}`,
        {
          eventSourceArn: streamArn,
          functionName: args.functions[subscription.target].arn,
          startingPosition: 'LATEST',
          batchSize: subscription.batchSize,
          maximumBatchingWindowInSeconds: subscription.maximumBatchingWindowSeconds,
          maximumRetryAttempts: subscription.maximumRetryAttempts,
          bisectBatchOnFunctionError: subscription.bisectBatchOnFunctionError,
          ...(subscription.filterPattern ? { filterCriteria: { filters: [{ pattern: JSON.stringify(subscription.filterPattern) }] } } : {}),
          functionResponseTypes: PARTIAL_BATCH_FAILURES,
          destinationConfig: { onFailure: { destinationArn: failures.arn } },
          tags: moduleTags(FUNCTIONS[subscription.target].module),
        },
        { parent: this },
      );
    }
  }

  private notifyOnUploads(name: string, args: EventSourcesArgs): void {
    // S3 keeps one notification configuration per bucket, so all of a bucket's targets go in one resource.
    for (const bucket of BUCKET_NAMES) {
      const notifications = BUCKET_NOTIFICATIONS.filter((n) => n.bucket === bucket);
      if (notifications.length === 0) continue;
      const permissions = notifications.map(
        (n) =>
          new aws.lambda.Permission(
            `${name}-${bucket}-invokes-${n.target}`,
            {
              action: 'lambda:InvokeFunction',
              function: args.functions[n.target].name,
              principal: 's3.amazonaws.com',
              sourceArn: args.buckets[bucket].arn,
            },
            { parent: this },
          ),
      );
      new aws.s3.BucketNotification(
        `${name}-${bucket}-notifications`,
        {
          bucket: args.buckets[bucket].name,
          lambdaFunctions: notifications.map((n) => ({
            lambdaFunctionArn: args.functions[n.target].arn,
            events: [...n.events],
            filterPrefix: n.prefix,
            filterSuffix: n.suffix,
          })),
        },
        { parent: this, dependsOn: permissions },
      );
    }
  }
}
