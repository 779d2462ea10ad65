import { LocalQueue, type LocalQueueOptions } from '../../src/local/sqs/local-queue';

/** A queue on a hand-driven clock, with an optional DLQ. */
export function queueWithClock(options: Partial<LocalQueueOptions> & { withDlq?: boolean } = {}) {
  let now = 1_000_000;
  const clock = () => now;
  const fifo = options.fifo ?? true;
  const dlq = options.withDlq ? new LocalQueue({ name: 'dlq', fifo, visibilityTimeoutMs: 1000, region: 'local' }, clock) : undefined;
  const sut = new LocalQueue(
    {
      name: fifo ? 'q.fifo' : 'q',
      fifo,
      visibilityTimeoutMs: 1000,
      maxReceiveCount: options.maxReceiveCount,
      deadLetterQueue: dlq,
      region: 'local',
      ...options,
    },
    clock,
  );
  return { sut, dlq, advance: (ms: number) => (now += ms) };
}
