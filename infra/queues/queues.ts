import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import {
  BUCKET_NOTIFICATIONS,
  deadLetterQueueName,
  FUNCTIONS,
  QUEUE_NAMES,
  QUEUES,
  SCHEDULES,
  STREAM_SUBSCRIPTIONS,
  type FunctionName,
  type QueueName,
} from '../../backend/src/catalogue';
import { logicalName, queueName } from '../naming';
import { moduleTags } from '../tags';

export interface QueuesArgs {
  readonly environment: string;
}

export interface QueueRef {
  readonly name: pulumi.Output<string>;
  readonly url: pulumi.Output<string>;
  readonly arn: pulumi.Output<string>;
}

/** The longest SQS keeps a message; dead letters wait this long for someone to look at them. */
const DEAD_LETTER_RETENTION_SECONDS = 14 * 24 * 3600;

/**
 * Where a stream consumer's batches go after their last retry.
 *
 * @example streamFailureQueueName('realtime-notify') // 'realtime-notify-stream-dlq'
 */
export function streamFailureQueueName(fn: FunctionName): string {
  return `${fn}-stream-dlq`;
}

/** Functions that consume at least one table stream, once each. */
export function streamConsumers(): FunctionName[] {
  return [...new Set(STREAM_SUBSCRIPTIONS.map((s) => s.target))];
}

/**
 * Where an asynchronously invoked function's events go once Lambda gives up retrying them.
 *
 * @example asyncFailureQueueName('upload-convert') // 'upload-convert-async-dlq'
 */
export function asyncFailureQueueName(fn: FunctionName): string {
  return `${fn}-async-dlq`;
}

/**
 * Functions that S3 or EventBridge invoke asynchronously: nobody waits on their answer, so a failed event
 * would vanish after Lambda's retries without an on-failure destination.
 */
export function asyncInvokedFunctions(): FunctionName[] {
  return [...new Set([...BUCKET_NOTIFICATIONS.map((n) => n.target), ...SCHEDULES.map((s) => s.target)])];
}

/**
 * Every catalogue queue with its dead-letter queue, one failure queue per stream consumer, and one per
 * asynchronously invoked function.
 */
export class Queues extends pulumi.ComponentResource {
  readonly queues: Readonly<Record<QueueName, QueueRef>>;
  readonly deadLetterQueues: Readonly<Record<QueueName, QueueRef>>;
  readonly streamFailureQueues: Readonly<Partial<Record<FunctionName, QueueRef>>>;
  readonly asyncFailureQueues: Readonly<Partial<Record<FunctionName, QueueRef>>>;

  constructor(name: string, args: QueuesArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:messaging:Queues', name, {}, opts);
    const queues = {} as Record<QueueName, QueueRef>;
    const deadLetterQueues = {} as Record<QueueName, QueueRef>;
    for (const queue of QUEUE_NAMES) {
      const definition = QUEUES[queue];
      const tags = moduleTags(FUNCTIONS[definition.consumer].module);
      const dlqName = deadLetterQueueName(queue);
      const deadLetter = new aws.sqs.Queue(
        logicalName(name, dlqName),
        {
          name: queueName(args.environment, dlqName),
          fifoQueue: definition.fifo || undefined,
          messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS,
          sqsManagedSseEnabled: true,
          tags,
        },
        { parent: this },
      );
      const main = new aws.sqs.Queue(
        logicalName(name, queue),
        {
          name: queueName(args.environment, queue),
          fifoQueue: definition.fifo || undefined,
          contentBasedDeduplication: definition.fifo ? (definition.contentBasedDeduplication ?? false) : undefined,
          visibilityTimeoutSeconds: definition.visibilityTimeoutSeconds,
          messageRetentionSeconds: definition.messageRetentionSeconds,
          redrivePolicy: pulumi.jsonStringify({
            deadLetterTargetArn: deadLetter.arn,
            maxReceiveCount: definition.maxReceiveCount,
          }),
          sqsManagedSseEnabled: true,
          tags,
        },
        { parent: this },
      );
      queues[queue] = { name: main.name, url: main.url, arn: main.arn };
      deadLetterQueues[queue] = { name: deadLetter.name, url: deadLetter.url, arn: deadLetter.arn };
    }
    const failureQueue = (fn: FunctionName, queue: string): QueueRef => {
      const created = new aws.sqs.Queue(
        logicalName(name, queue),
        {
          name: queueName(args.environment, queue),
          messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS,
          sqsManagedSseEnabled: true,
          tags: moduleTags(FUNCTIONS[fn].module),
        },
        { parent: this },
      );
      return { name: created.name, url: created.url, arn: created.arn };
    };
    const streamFailureQueues: Partial<Record<FunctionName, QueueRef>> = {};
    for (const consumer of streamConsumers()) streamFailureQueues[consumer] = failureQueue(consumer, streamFailureQueueName(consumer));
    const asyncFailureQueues: Partial<Record<FunctionName, QueueRef>> = {};
    for (const fn of asyncInvokedFunctions()) asyncFailureQueues[fn] = failureQueue(fn, asyncFailureQueueName(fn));
    this.queues = queues;
    this.deadLetterQueues = deadLetterQueues;
    this.streamFailureQueues = streamFailureQueues;
    this.asyncFailureQueues = asyncFailureQueues;
    this.registerOutputs({ queueUrls: Object.fromEntries(QUEUE_NAMES.map((q) => [q, queues[q].url])) });
  }
}
