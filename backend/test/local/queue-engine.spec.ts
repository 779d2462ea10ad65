import type { SQSEvent } from 'aws-lambda';
import { QueueEngine } from '../../src/local/sqs/queue-engine';
import { eventually } from '../support/test-runtime';
import { queueWithClock } from '../factories/local-queue.factory';

/** A consumer that holds each batch until released, recording what it got and how many ran at once. */
function heldConsumer() {
  const batches: string[][] = [];
  const waiting: (() => void)[] = [];
  let running = 0;
  let most = 0;
  const consumer = async (event: SQSEvent) => {
    batches.push(event.Records.map((r) => r.body));
    running++;
    most = Math.max(most, running);
    await new Promise<void>((release) => waiting.push(release));
    running--;
  };
  return {
    consumer,
    batches,
    mostAtOnce: () => most,
    releaseAll: () => waiting.splice(0).forEach((release) => release()),
  };
}

describe('QueueEngine delivering a FIFO queue as Lambda does', () => {
  let engine: QueueEngine;
  afterEach(() => engine.stop());

  function fifoEngine(concurrency: number, batchSize = 10) {
    engine = new QueueEngine({ region: 'local', pollIntervalMs: 5 });
    const queue = engine.createQueue({ name: 'work.fifo', fifo: true, visibilityTimeoutSeconds: 30 });
    const held = heldConsumer();
    engine.subscribe(queue, batchSize, held.consumer, { concurrency });
    return { queue, held };
  }
  const send = (queue: ReturnType<typeof fifoEngine>['queue'], group: string, count: number) => {
    for (let i = 0; i < count; i++) queue.send({ body: `${group}${i}`, groupId: group, deduplicationId: `${group}${i}` });
  };

  it('hands different message groups to consumers side by side, one batch per group, up to its concurrency', async () => {
    const { queue, held } = fifoEngine(3);
    for (const group of ['a', 'b', 'c', 'd']) send(queue, group, 2);
    engine.start();

    await eventually(() => (held.batches.length === 3 ? true : undefined), 2000, 'three batches at once');
    await new Promise((r) => setTimeout(r, 50));

    expect(held.batches).toEqual([
      ['a0', 'a1'],
      ['b0', 'b1'],
      ['c0', 'c1'],
    ]);
    expect(held.mostAtOnce()).toBe(3);
    held.releaseAll();
    await eventually(() => (held.batches.length === 4 ? true : undefined), 2000, 'the fourth group once a slot is free');
    expect(held.batches[3]).toEqual(['d0', 'd1']);
    held.releaseAll();
    await eventually(() => (queue.counts().total === 0 ? true : undefined), 2000, 'every message deleted');
  });

  it('keeps order within a group: batches of at most the batch size, the next only after the last one finished', async () => {
    const { queue, held } = fifoEngine(4, 10);
    send(queue, 'g', 25);
    engine.start();

    for (const expected of [10, 20, 25]) {
      await eventually(() => (held.batches.flat().length === expected ? true : undefined), 2000, `${expected} delivered`);
      await new Promise((r) => setTimeout(r, 30));
      expect(held.batches.flat()).toHaveLength(expected); // nothing more of the group while one batch is out
      held.releaseAll();
    }

    expect(held.batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(held.batches.flat()).toEqual(Array.from({ length: 25 }, (_, i) => `g${i}`));
    expect(held.mostAtOnce()).toBe(1);
  });
});

describe('LocalQueue.receive for one group', () => {
  it('takes the oldest visible group only, skipping groups in flight', () => {
    const { sut } = queueWithClock();
    for (const [body, group] of [
      ['a1', 'a'],
      ['b1', 'b'],
      ['a2', 'a'],
      ['b2', 'b'],
    ])
      sut.send({ body, groupId: group, deduplicationId: body });

    expect(sut.receive(10, true).map((r) => r.body)).toEqual(['a1', 'a2']);
    expect(sut.receive(10, true).map((r) => r.body)).toEqual(['b1', 'b2']);
    expect(sut.receive(10, true)).toEqual([]);
  });
});
