import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { LocalRuntime } from '../../src/local/runtime';
import type { CorrectionDoseMessage } from '../../src/modules/dosing';
import { postApi, startTestRuntime } from '../support/test-runtime';
import { type KeeperTank, doseRows, keeperWithTank, queueDrained, sqsEvent } from './dosing.factory';

describe('ICP corrections into dose history (icp-correction.fifo)', () => {
  let runtime: LocalRuntime;
  let tank: KeeperTank;
  let sqs: SQSClient;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    tank = await keeperWithTank(runtime);
    sqs = new SQSClient({ region: 'eu-central-1' });
  });
  afterAll(async () => {
    sqs.destroy();
    await runtime.stop();
  });

  const correction = (overrides: Partial<CorrectionDoseMessage> = {}): CorrectionDoseMessage => ({
    userId: tank.keeper.userId,
    tankId: tank.tankId,
    testId: 'icp-test-1',
    elementId: 'iodine',
    amount: 1.5,
    unit: 'ml',
    days: 3,
    startDate: '2025-04-29',
    ...overrides,
  });
  const send = async (message: CorrectionDoseMessage, dedup: string) => {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: process.env.QUEUE_URL_ICP_CORRECTION!,
        MessageBody: JSON.stringify(message),
        MessageGroupId: `${message.userId}#${message.tankId}`,
        MessageDeduplicationId: dedup,
      }),
    );
    await queueDrained(runtime, 'icp-correction.fifo');
  };

  it('writes one entry per day, tagged as an ICP correction, next to the keeper’s own doses', async () => {
    await postApi(
      runtime,
      '/dose/history/save',
      { tankId: tank.tankId, date: '2025-04-30', entries: [{ elementId: 'iodine', amount: 2, unit: 'ml' }] },
      tank.keeper,
    );

    await send(correction(), 'first');

    const rows = await doseRows(runtime, tank);
    expect(rows.map((r) => [r.dose_date, Object.keys(r.entries).sort()])).toEqual([
      ['2025-04-29', ['icp#icp-test-1#iodine#0']],
      ['2025-04-30', ['icp#icp-test-1#iodine#1', 'manual#iodine']],
      ['2025-05-01', ['icp#icp-test-1#iodine#2']],
    ]);
    expect(rows[1].entries['icp#icp-test-1#iodine#1']).toMatchObject({
      source: 'ICP_CORRECTION',
      amount: 1.5,
      unit: 'ml',
      test_id: 'icp-test-1',
      day_index: 1,
    });
  });

  it('changes nothing when the same correction arrives again', async () => {
    const before = await doseRows(runtime, tank);

    await send(correction(), 'second');

    expect(await doseRows(runtime, tank)).toEqual(before);
  });

  it('fails only the malformed message, and the rest of its FIFO batch after it', async () => {
    const event = sqsEvent(
      'icp-correction.fifo',
      correction({ testId: 'icp-test-2', days: 1 }),
      correction({ days: 0 }),
      correction({ testId: 'icp-test-3', days: 1 }),
    );

    const sut = await runtime.functions.invoke<{ batchItemFailures: { itemIdentifier: string }[] }>('correction-dose-writer', event);

    expect(sut.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([event.Records[1].messageId, event.Records[2].messageId]);
    expect(Object.keys((await doseRows(runtime, tank))[0].entries)).toContain('icp#icp-test-2#iodine#0');
  });
});
