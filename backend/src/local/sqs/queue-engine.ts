import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { QUEUE_NAMES, QUEUES, type QueueName, deadLetterQueueName } from '../../catalogue';
import { LocalQueue, type QueueSnapshot } from './local-queue';

export type QueueConsumer = (event: SQSEvent) => Promise<SQSBatchResponse | void>;

export interface ConsumerBinding {
  readonly queue: LocalQueue;
  readonly batchSize: number;
  readonly consumer: QueueConsumer;
  /**
   * Batches of one queue handled at once (Lambda scales pollers out). A FIFO batch holds one message
   * group, so different groups run side by side and each group's messages stay in order.
   */
  readonly concurrency: number;
  /** False while the consumer is not deployed: messages wait instead of being received. */
  readonly ready: () => boolean;
}

export interface QueueEngineOptions {
  readonly region: string;
  /** How often idle pollers look for visible messages. */
  readonly pollIntervalMs?: number;
  /** Scales every declared visibility timeout (tests shorten them). */
  readonly visibilityTimeoutScale?: number;
  readonly onConsumerError?: (queue: string, error: unknown) => void;
  /** Where each queue's messages are kept between runs (one JSON file per queue); omitted = memory only. */
  readonly stateDir?: string;
}

/**
 * All local queues plus Lambda-style event source mappings: polls each consumed queue, delivers
 * real `SQSEvent`s, deletes what succeeded and leaves failed records to reappear after their
 * visibility timeout, honouring `batchItemFailures`.
 */
export class QueueEngine {
  private readonly queues = new Map<string, LocalQueue>();
  private readonly bindings: ConsumerBinding[] = [];
  private readonly inFlight = new Map<ConsumerBinding, number>();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: QueueEngineOptions) {}

  /** Creates a queue (and its DLQ) unless it exists. */
  createQueue(options: {
    name: string;
    fifo: boolean;
    visibilityTimeoutSeconds: number;
    maxReceiveCount?: number;
    deadLetterName?: string;
    contentBasedDeduplication?: boolean;
  }): LocalQueue {
    const existing = this.queues.get(options.name);
    if (existing) return existing;
    const dlq = options.deadLetterName
      ? this.createQueue({ name: options.deadLetterName, fifo: options.fifo, visibilityTimeoutSeconds: options.visibilityTimeoutSeconds })
      : undefined;
    const queue = new LocalQueue({
      name: options.name,
      fifo: options.fifo,
      visibilityTimeoutMs: options.visibilityTimeoutSeconds * 1000 * (this.options.visibilityTimeoutScale ?? 1),
      maxReceiveCount: options.maxReceiveCount,
      deadLetterQueue: dlq,
      contentBasedDeduplication: options.contentBasedDeduplication,
      region: this.options.region,
      onChange: this.options.stateDir ? (changed) => this.persist(changed) : undefined,
    });
    const saved = this.stateFile(options.name);
    if (saved && existsSync(saved)) queue.restore(JSON.parse(readFileSync(saved, 'utf8')) as QueueSnapshot);
    this.queues.set(options.name, queue);
    return queue;
  }

  /** Creates every catalogue queue and its DLQ for an environment. */
  createCatalogueQueues(env: string): Map<QueueName, LocalQueue> {
    const created = new Map<QueueName, LocalQueue>();
    for (const name of QUEUE_NAMES) {
      const def = QUEUES[name];
      created.set(
        name,
        this.createQueue({
          name: `${env}-${name}`,
          fifo: def.fifo,
          visibilityTimeoutSeconds: def.visibilityTimeoutSeconds,
          maxReceiveCount: def.maxReceiveCount,
          deadLetterName: `${env}-${deadLetterQueueName(name)}`,
          contentBasedDeduplication: def.contentBasedDeduplication,
        }),
      );
    }
    return created;
  }

  private stateFile(queueName: string): string | undefined {
    return this.options.stateDir ? join(this.options.stateDir, `${queueName}.json`) : undefined;
  }

  /**
   * Writes a queue's content before the change is acknowledged (the SQS reply, the delete after a
   * batch), so a message accepted is a message kept; written whole and renamed into place.
   */
  private persist(queue: LocalQueue): void {
    const file = this.stateFile(queue.name)!;
    mkdirSync(this.options.stateDir!, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(queue.snapshot()));
    renameSync(`${file}.tmp`, file);
  }

  queue(name: string): LocalQueue | undefined {
    return this.queues.get(name);
  }

  allQueues(): LocalQueue[] {
    return [...this.queues.values()];
  }

  subscribe(
    queue: LocalQueue,
    batchSize: number,
    consumer: QueueConsumer,
    options: { concurrency?: number; ready?: () => boolean } = {},
  ): void {
    this.bindings.push({
      queue,
      batchSize,
      consumer,
      concurrency: options.concurrency ?? (queue.options.fifo ? 2 : 4),
      ready: options.ready ?? (() => true),
    });
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.pump(), this.options.pollIntervalMs ?? 50);
  }

  /** Stops polling and waits for batches being handled. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.pending]);
  }

  /** Looks for work now (called after sends so delivery does not wait for the next tick). */
  pump(): void {
    if (this.stopped) return;
    for (const binding of this.bindings) {
      if (!binding.ready()) continue;
      while ((this.inFlight.get(binding) ?? 0) < binding.concurrency) {
        const records = binding.queue.receive(binding.batchSize, binding.queue.options.fifo);
        if (records.length === 0) break;
        this.inFlight.set(binding, (this.inFlight.get(binding) ?? 0) + 1);
        const work = this.deliver(binding, records).finally(() => {
          this.inFlight.set(binding, (this.inFlight.get(binding) ?? 1) - 1);
          this.pending.delete(work);
        });
        this.pending.add(work);
      }
    }
  }

  private async deliver(binding: ConsumerBinding, records: SQSRecord[]): Promise<void> {
    let failed: Set<string>;
    try {
      const response = await binding.consumer({ Records: records });
      const failures = response?.batchItemFailures ?? [];
      const ids = new Set(records.map((r) => r.messageId));
      // Like Lambda: an unknown or empty identifier fails the whole batch.
      failed = failures.every((f) => f.itemIdentifier && ids.has(f.itemIdentifier)) ? new Set(failures.map((f) => f.itemIdentifier)) : ids;
    } catch (error) {
      this.options.onConsumerError?.(binding.queue.name, error);
      failed = new Set(records.map((r) => r.messageId));
    }
    for (const record of records) if (!failed.has(record.messageId)) binding.queue.delete(record.receiptHandle);
  }
}
