import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import type { LocalRuntime } from '../../src/local/runtime';
import { generateIcpFixture } from '../../src/tools/icp-fixtures';
import { type SignedInUser, eventually, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';
import { confirmFirstTank } from '../targets/keeper-runtime';

describe('icp-evaluate: every queued element evaluated, the test DONE exactly once', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;
  let keeper: SignedInUser;
  let tankId: string;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    tankId = await confirmFirstTank(runtime, keeper);
  });
  afterAll(async () => {
    doc.destroy();
    await runtime.stop();
  });

  const rows = async (testId: string) =>
    ((
      await doc.send(
        new QueryCommand({
          TableName: `${runtime.env}-test-history`,
          KeyConditionExpression: 'test_id = :t',
          ExpressionAttributeValues: { ':t': testId },
        }),
      )
    ).Items ?? []) as Record<string, unknown>[];
  const header = async (testId: string) =>
    (
      await doc.send(
        new GetCommand({ TableName: `${runtime.env}-test-history`, Key: { test_id: testId, item: 'HEADER' }, ConsistentRead: true }),
      )
    ).Item!;

  it('takes an uploaded report to DONE with statuses, messages and a capped correction for a low element', async () => {
    const fixture = await generateIcpFixture('OCEAMO', { seed: 21, values: { calcium: 380 } });
    const started = await postApi(runtime, '/test', { tankId, fileName: fixture.fileName, fileSize: fixture.bytes.length }, keeper);
    await fetch(String(started.body.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(fixture.bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    const testId = String(started.body.testId);

    const done = await eventually(
      async () => ((await header(testId)).status === 'DONE' ? header(testId) : undefined),
      20_000,
      'the test to reach DONE',
    );

    const tankRows = (await rows(testId)).filter((r) => r.status === 'PENDING');
    expect(done.evaluated_elements).toBe(done.expected_elements);
    expect(tankRows.length).toBe(done.expected_elements);
    for (const row of tankRows)
      expect(row).toMatchObject({
        eval_status: expect.stringMatching(/^(LOW|OK|HIGH|CRITICAL)$/),
        message: expect.any(String),
        evaluated_at: expect.any(String),
      });
    const calcium = tankRows.find((r) => r.element_id === 'calcium')!;
    expect(calcium).toMatchObject({
      eval_status: 'LOW',
      message: expect.stringMatching(/^Calcium 380 mg\/l is below .*dose \d+(\.\d)? ml a day for \d+ days?\.$/),
    });
    // 380 → 430 mg/l in 300 L at 20 mg/l a day with a 19.63 mg/ml solution: 764.1 ml over 3 days.
    expect(calcium.correction).toMatchObject({ kind: 'DOSE', days: 3, totalMl: 764.1, dailyMl: 254.7 });
    expect((await rows(testId)).filter((r) => r.status === 'RO').every((r) => r.eval_status === undefined)).toBe(true);
  });

  it('sizes no dose before the keeper confirmed the tank: the correction asks for the tank volume', async () => {
    const newcomer = await signUpAndIn(runtime, undefined, 'TRIAL');
    const profile = (await postApi(runtime, '/user', {}, newcomer)).body as { tanks: { tankId: string; setupConfirmed: boolean }[] };
    expect(profile.tanks).toEqual([expect.objectContaining({ setupConfirmed: false })]);
    const newTank = profile.tanks[0].tankId;
    const fixture = await generateIcpFixture('OCEAMO', { seed: 23, values: { calcium: 380 } });
    const started = await postApi(
      runtime,
      '/test',
      { tankId: newTank, fileName: fixture.fileName, fileSize: fixture.bytes.length },
      newcomer,
    );
    await fetch(String(started.body.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(fixture.bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    const testId = String(started.body.testId);
    await eventually(async () => ((await header(testId)).status === 'DONE' ? true : undefined), 20_000, 'the test to reach DONE');

    const calcium = (await rows(testId)).find((r) => r.element_id === 'calcium')!;
    expect(calcium).toMatchObject({ eval_status: 'LOW', correction: { kind: 'NONE', reason: 'VOLUME_UNCONFIRMED' } });
    expect(calcium.message).toMatch(/set your tank volume so RaM can size a correction dose\.$/);
    const detail = await postApi(runtime, '/test/history/icp', { tankId: newTank, testId }, newcomer);
    expect(detail.body).toMatchObject({ corrections: [], setupNeeded: true });

    const reviewId = String((detail.body.test as Record<string, unknown>).reviewId);
    const actions = async () =>
      (
        (await postApi(runtime, '/user/reef-reviews', { tankId: newTank, action: 'DETAIL', reviewId }, newcomer)).body.review as {
          actions: Record<string, unknown>[];
        }
      ).actions;
    expect((await actions()).filter((a) => a.type === 'CORRECTION')).toEqual([]);

    // The keeper confirms a 150 L tank: the waiting correction is sized from that volume, and the review gets it.
    const confirmed = await postApi(
      runtime,
      '/user/save',
      {
        tanks: [
          { tankId: newTank, name: 'Nano', volume: 150, volumeUnit: 'L', dosingMethod: 'CUSTOM', defaultLab: 'OCEAMO', timezone: 'UTC' },
        ],
      },
      newcomer,
    );
    expect(confirmed.status).toBe(200);
    expect(((await postApi(runtime, '/user', {}, newcomer)).body.tanks as Record<string, unknown>[])[0]).toMatchObject({
      setupConfirmed: true,
    });
    // 380 → 430 mg/l in 150 L with a 19.63 mg/ml solution: 382.1 ml, at most 20 mg/l a day, so 3 days.
    const sized = (await rows(testId)).find((r) => r.element_id === 'calcium')!;
    expect(sized.correction).toMatchObject({ kind: 'DOSE', days: 3, totalMl: 382.1, dailyMl: 127.4 });
    expect(sized.message).toMatch(/^Calcium 380 mg\/l is below .*: dose 127\.4 ml a day for 3 days\.$/);
    const after = await postApi(runtime, '/test/history/icp', { tankId: newTank, testId }, newcomer);
    expect(after.body).not.toHaveProperty('setupNeeded');
    expect(after.body.corrections).toEqual([
      expect.objectContaining({ elementId: 'calcium', dailyAmount: 127.4, days: 3, totalAmount: 382.1 }),
    ]);
    expect((await actions()).filter((a) => a.type === 'CORRECTION')).toEqual([
      expect.objectContaining({
        actionId: 'correction#calcium',
        correction: { dailyAmount: 127.4, unit: 'ml', days: 3, totalAmount: 382.1 },
      }),
    ]);

    // Saving the tank again sizes nothing twice; a row still waiting (evaluated while the tank was being
    // confirmed) is sized when the ICP page is opened.
    await doc.send(
      new UpdateCommand({
        TableName: `${runtime.env}-test-history`,
        Key: { test_id: testId, item: sized.item },
        UpdateExpression: 'SET correction = :c, message = :m',
        ExpressionAttributeValues: {
          ':c': { kind: 'NONE', reason: 'VOLUME_UNCONFIRMED' },
          ':m': 'Calcium 380 mg/l is below 400–460 mg/l: set your tank volume so RaM can size a correction dose.',
        },
      }),
    );
    const opened = await postApi(runtime, '/test/history/icp', { tankId: newTank, testId }, newcomer);
    expect(opened.body.corrections).toEqual([expect.objectContaining({ elementId: 'calcium', dailyAmount: 127.4 })]);
    expect((opened.body.test as { elements: Record<string, unknown>[] }).elements.find((e) => e.elementId === 'calcium')!.message).toMatch(
      /dose 127\.4 ml a day/,
    );
  });

  it('changes nothing when every message of a finished test is delivered again, twice', async () => {
    const fixture = await generateIcpFixture('ATI', { seed: 22 });
    const started = await postApi(
      runtime,
      '/test',
      { tankId, lab: 'ATI', fileName: fixture.fileName, fileSize: fixture.bytes.length },
      keeper,
    );
    await fetch(String(started.body.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(fixture.bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    const testId = String(started.body.testId);
    await eventually(async () => ((await header(testId)).status === 'DONE' ? true : undefined), 20_000, 'DONE');
    const before = { header: await header(testId), rows: await rows(testId) };
    const messages = before.rows
      .filter((r) => r.status === 'PENDING')
      .map((r, i) => ({
        messageId: `again-${i}`,
        body: JSON.stringify({ testId, userId: keeper.userId, tankId, elementId: r.element_id }),
      }));
    const event = {
      Records: messages.map((m) => ({
        ...m,
        receiptHandle: m.messageId,
        attributes: { MessageGroupId: testId },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:local:0:q.fifo',
        awsRegion: 'local',
      })),
    } as unknown as SQSEvent;

    for (const _ of [1, 2]) expect(await runtime.functions.invoke('icp-evaluate', event)).toEqual({ batchItemFailures: [] });

    const after = await header(testId);
    expect(after.evaluated_elements).toBe(before.header.evaluated_elements);
    expect(after.completed_at).toBe(before.header.completed_at);
    expect(await rows(testId)).toEqual(before.rows);
  });
});
