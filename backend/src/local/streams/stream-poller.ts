import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { FilterPattern } from '../../catalogue';
import { matchesFilter } from './event-filter';

export type StreamConsumer = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

export interface StreamBinding {
  readonly tableName: string;
  readonly consumer: StreamConsumer;
  readonly batchSize: number;
  readonly maximumRetryAttempts: number;
  /** The mapping's filter: records that do not match are passed over, as Lambda drops them. */
  readonly filter?: FilterPattern;
}

interface ShardCursor {
  readonly shardId: string;
  iterator?: string;
  /** Last sequence number read, to resume after a lost iterator. */
  lastSequence?: string;
  /** Records read but not yet delivered successfully (retried from the first failure). */
  backlog: DynamoDBRecord[];
  attempts: number;
  closed: boolean;
}

type Image = NonNullable<NonNullable<_Record['dynamodb']>['NewImage']>;

/**
 * DynamoDB Local writes an empty map into a stream image as a bare `{}` where DynamoDB itself writes
 * `{ M: {} }`; `unmarshall` refuses the bare form, so every consumer of the record would fail on it.
 * Returns the image with those values (at any depth) given back as empty maps.
 */
export function repairEmptyMaps(image: Image | undefined): Image | undefined {
  if (!image) return image;
  const repair = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const attribute = value as Record<string, unknown>;
    const keys = Object.keys(attribute);
    if (keys.length === 0) return { M: {} };
    if (attribute.M && typeof attribute.M === 'object') return { M: repairEmptyMaps(attribute.M as Image) };
    if (Array.isArray(attribute.L)) return { L: attribute.L.map(repair) };
    return value;
  };
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, repair(value)])) as Image;
}

/** Converts a DynamoDB Streams API record into the shape Lambda delivers. */
export function toLambdaRecord(record: _Record, streamArn: string, region: string): DynamoDBRecord {
  const d = record.dynamodb ?? {};
  const created = d.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime: created instanceof Date ? Math.floor(created.getTime() / 1000) : (created as number | undefined),
      Keys: d.Keys as never,
      NewImage: repairEmptyMaps(d.NewImage) as never,
      OldImage: repairEmptyMaps(d.OldImage) as never,
      SequenceNumber: d.SequenceNumber,
      SizeBytes: d.SizeBytes,
      StreamViewType: d.StreamViewType as never,
    },
  };
}

/**
 * Polls DynamoDB Local streams like Lambda's event source mapping: per shard, in order, batches of
 * `batchSize`; on failure it retries from the first failed record (honouring `batchItemFailures`)
 * up to `maximumRetryAttempts`, then skips the record and reports it.
 */
export class StreamPoller {
  /** Shard cursors per binding and stream: two functions subscribed to one table each read it fully. */
  private readonly cursors = new Map<StreamBinding, Map<string, Map<string, ShardCursor>>>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dynamodb: DynamoDBClient,
    private readonly streams: DynamoDBStreamsClient,
    private readonly bindings: readonly StreamBinding[],
    private readonly options: {
      region: string;
      pollIntervalMs?: number;
      onDropped?: (table: string, record: DynamoDBRecord, error: unknown) => void;
      onError?: (error: unknown) => void;
    },
  ) {}

  /** Positions every shard at its latest record, so only changes from now on are delivered. */
  async start(): Promise<void> {
    for (const binding of this.bindings) await this.refreshShards(binding, 'LATEST');
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => (this.running = undefined));
    }, this.options.pollIntervalMs ?? 100);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async streamArn(tableName: string): Promise<string | undefined> {
    const { Table } = await this.dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.LatestStreamArn;
  }

  private async refreshShards(binding: StreamBinding, position: 'LATEST' | 'TRIM_HORIZON'): Promise<void> {
    const arn = await this.streamArn(binding.tableName);
    if (!arn) return;
    const streams = this.cursors.get(binding) ?? new Map<string, Map<string, ShardCursor>>();
    this.cursors.set(binding, streams);
    const shards = streams.get(arn) ?? new Map<string, ShardCursor>();
    streams.set(arn, shards);
    const { StreamDescription } = await this.streams.send(new DescribeStreamCommand({ StreamArn: arn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || shards.has(shard.ShardId)) continue;
      // Shards that appear after start are read from their beginning so nothing is missed.
      const { ShardIterator } = await this.streams.send(
        new GetShardIteratorCommand({ StreamArn: arn, ShardId: shard.ShardId, ShardIteratorType: position }),
      );
      shards.set(shard.ShardId, { shardId: shard.ShardId, iterator: ShardIterator, backlog: [], attempts: 0, closed: false });
    }
  }

  private ticks = 0;

  private async tick(): Promise<void> {
    this.ticks += 1;
    for (const binding of this.bindings) {
      if (this.stopped) return;
      if (this.ticks % 20 === 0) await this.refreshShards(binding, 'TRIM_HORIZON');
      const arn = await this.streamArn(binding.tableName);
      const shards = arn ? this.cursors.get(binding)?.get(arn) : undefined;
      if (!arn || !shards) continue;
      for (const cursor of shards.values()) await this.pollShard(binding, arn, cursor);
    }
  }

  private async pollShard(binding: StreamBinding, arn: string, cursor: ShardCursor): Promise<void> {
    if (cursor.backlog.length < binding.batchSize && cursor.iterator && !cursor.closed) {
      try {
        const page = await this.streams.send(new GetRecordsCommand({ ShardIterator: cursor.iterator, Limit: 100 }));
        const records = page.Records ?? [];
        const delivered = records.map((r) => toLambdaRecord(r, arn, this.options.region));
        cursor.backlog.push(...(binding.filter ? delivered.filter((r) => matchesFilter(binding.filter!, r)) : delivered));
        cursor.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber ?? cursor.lastSequence;
        cursor.iterator = page.NextShardIterator;
        if (!page.NextShardIterator) cursor.closed = true;
      } catch (error) {
        const name = (error as Error).name;
        if (name !== 'TrimmedDataAccessException' && name !== 'ExpiredIteratorException') throw error;
        // The iterator went stale: resume after the last record read (or from the oldest one kept).
        const { ShardIterator } = await this.streams.send(
          new GetShardIteratorCommand({
            StreamArn: arn,
            ShardId: cursor.shardId,
            ...(cursor.lastSequence
              ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: cursor.lastSequence }
              : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        );
        cursor.iterator = ShardIterator;
      }
    }
    while (cursor.backlog.length > 0 && !this.stopped) {
      const batch = cursor.backlog.slice(0, binding.batchSize);
      const firstFailure = await this.deliver(binding, batch);
      if (firstFailure === undefined) {
        cursor.backlog.splice(0, batch.length);
        cursor.attempts = 0;
        continue;
      }
      cursor.backlog.splice(0, firstFailure); // everything before the failure is done
      cursor.attempts += 1;
      if (cursor.attempts > binding.maximumRetryAttempts) {
        const [dropped] = cursor.backlog.splice(0, 1);
        this.options.onDropped?.(binding.tableName, dropped, new Error('retries exhausted'));
        cursor.attempts = 0;
      }
      return; // retry on the next tick
    }
  }

  /** Delivers a batch; returns the index of the first failed record, or undefined when all succeeded. */
  private async deliver(binding: StreamBinding, batch: DynamoDBRecord[]): Promise<number | undefined> {
    try {
      const response = await binding.consumer({ Records: batch });
      const failed = (response?.batchItemFailures ?? []).map((f) =>
        batch.findIndex((r) => r.dynamodb?.SequenceNumber === f.itemIdentifier),
      );
      if (failed.length === 0) return undefined;
      return failed.some((i) => i < 0) ? 0 : Math.min(...failed);
    } catch {
      return 0;
    }
  }
}
