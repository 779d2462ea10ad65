import { createHash, randomUUID } from 'node:crypto';
import type { SQSMessageAttributes, SQSRecord } from 'aws-lambda';

export interface LocalQueueOptions {
  /** Physical queue name, e.g. `local-upload-results.fifo`. */
  readonly name: string;
  readonly fifo: boolean;
  readonly visibilityTimeoutMs: number;
  readonly maxReceiveCount?: number;
  readonly deadLetterQueue?: LocalQueue;
  readonly contentBasedDeduplication?: boolean;
  readonly region: string;
  /** Called after every change of the queue's content (the engine persists it then). */
  readonly onChange?: (queue: LocalQueue) => void;
}

/** What a queue holds, as kept in the data folder between runs. */
export interface QueueSnapshot {
  readonly messages: readonly Omit<StoredMessage, 'receiptHandle'>[];
  readonly deduplication: readonly [string, { messageId: string; expiresAt: number; sequenceNumber?: string }][];
  readonly sequence: string;
}

export interface SendInput {
  readonly body: string;
  readonly groupId?: string;
  readonly deduplicationId?: string;
  readonly delaySeconds?: number;
}

export interface SentMessage {
  readonly messageId: string;
  readonly md5OfBody: string;
  readonly sequenceNumber?: string;
}

interface StoredMessage {
  readonly messageId: string;
  readonly body: string;
  readonly groupId?: string;
  readonly deduplicationId?: string;
  readonly sentAt: number;
  readonly sequenceNumber?: string;
  receiveCount: number;
  firstReceivedAt?: number;
  visibleAt: number;
  receiptHandle?: string;
}

const DEDUPLICATION_WINDOW_MS = 5 * 60 * 1000;

export class QueueInputError extends Error {
  constructor(
    readonly awsCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'QueueInputError';
  }
}

const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/**
 * One queue with SQS semantics: FIFO message groups and deduplication, visibility timeout,
 * receive counting and redrive to a dead-letter queue. Holds messages in memory; `snapshot` and
 * `restore` carry them across a restart of the runtime.
 */
export class LocalQueue {
  private readonly messages: StoredMessage[] = [];
  private readonly deduplication = new Map<string, { messageId: string; expiresAt: number; sequenceNumber?: string }>();
  private sequence = 0n;

  constructor(
    readonly options: LocalQueueOptions,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The queue's content for the data folder (receipt handles belong to a run and are not kept). */
  snapshot(): QueueSnapshot {
    return {
      messages: this.messages.map(({ receiptHandle: _handle, ...message }) => message),
      deduplication: [...this.deduplication],
      sequence: this.sequence.toString(),
    };
  }

  /**
   * Takes back what a previous run held. Messages that run had received but not deleted become
   * visible now, as they would once their visibility timeout passed: the consumer died with it.
   */
  restore(snapshot: QueueSnapshot): void {
    const now = this.clock();
    this.messages.length = 0;
    for (const m of snapshot.messages)
      this.messages.push({ ...m, visibleAt: m.receiveCount > 0 ? Math.min(m.visibleAt, now) : m.visibleAt });
    this.deduplication.clear();
    for (const [key, entry] of snapshot.deduplication) this.deduplication.set(key, entry);
    this.sequence = BigInt(snapshot.sequence);
  }

  private changed(): void {
    this.options.onChange?.(this);
  }

  get name(): string {
    return this.options.name;
  }

  get arn(): string {
    return `arn:aws:sqs:${this.options.region}:000000000000:${this.options.name}`;
  }

  send(input: SendInput): SentMessage {
    const now = this.clock();
    if (this.options.fifo) {
      if (!input.groupId) throw new QueueInputError('MissingParameter', 'The request must contain the parameter MessageGroupId.');
      const dedupId =
        input.deduplicationId ??
        (this.options.contentBasedDeduplication ? createHash('sha256').update(input.body).digest('hex') : undefined);
      if (!dedupId) {
        throw new QueueInputError(
          'InvalidParameterValue',
          'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
        );
      }
      for (const [key, entry] of this.deduplication) if (entry.expiresAt <= now) this.deduplication.delete(key);
      const seen = this.deduplication.get(dedupId);
      if (seen) return { messageId: seen.messageId, md5OfBody: md5(input.body), sequenceNumber: seen.sequenceNumber };
      const sequenceNumber = String(++this.sequence).padStart(20, '0');
      const stored = this.store(input.body, now, input.groupId, dedupId, sequenceNumber, 0);
      this.deduplication.set(dedupId, { messageId: stored.messageId, expiresAt: now + DEDUPLICATION_WINDOW_MS, sequenceNumber });
      return { messageId: stored.messageId, md5OfBody: md5(input.body), sequenceNumber };
    }
    const stored = this.store(input.body, now, undefined, undefined, undefined, (input.delaySeconds ?? 0) * 1000);
    return { messageId: stored.messageId, md5OfBody: md5(input.body) };
  }

  /** Takes a message that exhausted its receives on another queue, keeping its body and group. */
  acceptDeadLetter(message: { body: string; groupId?: string; deduplicationId?: string }): void {
    this.store(
      message.body,
      this.clock(),
      message.groupId ?? (this.options.fifo ? 'dead-letter' : undefined),
      message.deduplicationId,
      undefined,
      0,
    );
  }

  private store(
    body: string,
    now: number,
    groupId: string | undefined,
    deduplicationId: string | undefined,
    sequenceNumber: string | undefined,
    delayMs: number,
  ): StoredMessage {
    const stored: StoredMessage = {
      messageId: randomUUID(),
      body,
      groupId,
      deduplicationId,
      sentAt: now,
      sequenceNumber,
      receiveCount: 0,
      visibleAt: now + delayMs,
    };
    this.messages.push(stored);
    this.changed();
    return stored;
  }

  /**
   * Receives up to `max` visible messages as Lambda's poller would. In a FIFO queue a group with a
   * message in flight is skipped, so order within a group holds. Messages past their receive limit
   * move to the dead-letter queue instead of being delivered. With `oneGroup` (the Lambda poller of
   * a FIFO queue) the batch holds the oldest visible group's messages only, so groups can be handed
   * to consumers side by side.
   */
  receive(max: number, oneGroup = false): SQSRecord[] {
    const now = this.clock();
    const blockedGroups = new Set<string>();
    if (this.options.fifo) {
      for (const m of this.messages) if (m.visibleAt > now && m.receiveCount > 0 && m.groupId) blockedGroups.add(m.groupId);
    }
    const batch: StoredMessage[] = [];
    for (const message of [...this.messages]) {
      if (batch.length >= max) break;
      if (message.groupId && blockedGroups.has(message.groupId)) continue;
      if (oneGroup && batch.length > 0 && message.groupId !== batch[0].groupId) continue;
      if (message.visibleAt > now) {
        if (message.groupId) blockedGroups.add(message.groupId);
        continue;
      }
      const limit = this.options.maxReceiveCount;
      if (limit !== undefined && this.options.deadLetterQueue && message.receiveCount >= limit) {
        this.remove(message.messageId);
        this.options.deadLetterQueue.acceptDeadLetter(message);
        continue;
      }
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
      message.visibleAt = now + this.options.visibilityTimeoutMs;
      message.receiptHandle = `${message.messageId}#${message.receiveCount}#${randomUUID()}`;
      batch.push(message);
    }
    if (batch.length) this.changed();
    return batch.map((m) => this.toRecord(m));
  }

  /** Deletes a received message by its receipt handle (a stale handle deletes nothing). */
  delete(receiptHandle: string): boolean {
    const message = this.messages.find((m) => m.receiptHandle === receiptHandle);
    return message ? this.remove(message.messageId) : false;
  }

  private remove(messageId: string): boolean {
    const index = this.messages.findIndex((m) => m.messageId === messageId);
    if (index < 0) return false;
    this.messages.splice(index, 1);
    this.changed();
    return true;
  }

  counts(): { visible: number; inFlight: number; total: number } {
    const now = this.clock();
    const inFlight = this.messages.filter((m) => m.visibleAt > now && m.receiveCount > 0).length;
    const delayed = this.messages.filter((m) => m.visibleAt > now && m.receiveCount === 0).length;
    return { visible: this.messages.length - inFlight - delayed, inFlight, total: this.messages.length };
  }

  purge(): void {
    this.messages.length = 0;
    this.changed();
  }

  private toRecord(m: StoredMessage): SQSRecord {
    const attributes: SQSRecord['attributes'] & Record<string, string> = {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: String(m.sentAt),
      SenderId: 'LOCAL',
      ApproximateFirstReceiveTimestamp: String(m.firstReceivedAt ?? m.sentAt),
    };
    if (m.groupId) attributes.MessageGroupId = m.groupId;
    if (m.deduplicationId) attributes.MessageDeduplicationId = m.deduplicationId;
    if (m.sequenceNumber) attributes.SequenceNumber = m.sequenceNumber;
    return {
      messageId: m.messageId,
      receiptHandle: m.receiptHandle!,
      body: m.body,
      attributes,
      messageAttributes: {} as SQSMessageAttributes,
      md5OfBody: md5(m.body),
      eventSource: 'aws:sqs',
      eventSourceARN: this.arn,
      awsRegion: this.options.region,
    };
  }
}
