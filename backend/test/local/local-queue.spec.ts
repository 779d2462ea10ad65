import { queueWithClock } from '../factories/local-queue.factory';

describe('LocalQueue (SQS semantics)', () => {
  it('drops a FIFO message whose deduplication id was seen within five minutes', () => {
    const { sut, advance } = queueWithClock();
    const first = sut.send({ body: 'a', groupId: 'g', deduplicationId: 'd1' });
    const again = sut.send({ body: 'a', groupId: 'g', deduplicationId: 'd1' });
    advance(5 * 60 * 1000 + 1);
    sut.send({ body: 'a', groupId: 'g', deduplicationId: 'd1' });

    expect(again.messageId).toBe(first.messageId);
    expect(sut.counts().total).toBe(2);
  });

  it('takes back a snapshot after a restart: in-flight messages visible again, deduplication and receive counts kept', () => {
    const before = queueWithClock();
    before.sut.send({ body: '1', groupId: 'g', deduplicationId: 'd1' });
    before.sut.send({ body: '2', groupId: 'g', deduplicationId: 'd2' });
    before.sut.receive(1); // '1' in flight when the process stops
    const { sut } = queueWithClock();

    sut.restore(JSON.parse(JSON.stringify(before.sut.snapshot())));
    const again = sut.send({ body: '1', groupId: 'g', deduplicationId: 'd1' });
    const received = sut.receive(10);

    expect(again.messageId).toBe(before.sut.snapshot().messages[0].messageId);
    expect(received.map((r) => [r.body, r.attributes.ApproximateReceiveCount])).toEqual([
      ['1', '2'],
      ['2', '1'],
    ]);
    expect(sut.counts().total).toBe(2);
  });

  it('refuses a FIFO message without a group id', () => {
    const { sut } = queueWithClock();

    expect(() => sut.send({ body: 'a', deduplicationId: 'x' })).toThrow(/MessageGroupId/);
  });

  it('keeps order within a group: the next message waits while one is in flight', () => {
    const { sut } = queueWithClock();
    sut.send({ body: '1', groupId: 'g', deduplicationId: '1' });
    sut.send({ body: '2', groupId: 'g', deduplicationId: '2' });
    sut.send({ body: 'x', groupId: 'other', deduplicationId: 'x' });

    const first = sut.receive(1);
    const second = sut.receive(10);

    expect(first.map((r) => r.body)).toEqual(['1']);
    expect(second.map((r) => r.body)).toEqual(['x']);
  });

  it('hides a received message for the visibility timeout, then delivers it again with a higher receive count', () => {
    const { sut, advance } = queueWithClock({ fifo: false });
    sut.send({ body: 'hello' });

    expect(sut.receive(10)).toHaveLength(1);
    expect(sut.receive(10)).toHaveLength(0);
    advance(1001);
    const again = sut.receive(10);
    expect(again[0].attributes.ApproximateReceiveCount).toBe('2');
  });

  it('moves a message to the DLQ once it has been received maxReceiveCount times', () => {
    const { sut, dlq, advance } = queueWithClock({ withDlq: true, maxReceiveCount: 2 });
    sut.send({ body: 'poison', groupId: 'g', deduplicationId: 'p' });

    sut.receive(1);
    advance(1001);
    sut.receive(1);
    advance(1001);
    const third = sut.receive(1);

    expect(third).toHaveLength(0);
    expect(sut.counts().total).toBe(0);
    expect(dlq!.receive(1).map((r) => r.body)).toEqual(['poison']);
  });

  it('deletes only with the receipt handle of the latest receive', () => {
    const { sut, advance } = queueWithClock({ fifo: false });
    sut.send({ body: 'm' });
    const [old] = sut.receive(1);
    advance(1001);
    sut.receive(1);

    expect(sut.delete(old.receiptHandle)).toBe(false);
    expect(sut.counts().total).toBe(1);
  });
});
