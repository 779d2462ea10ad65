import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { SCHEDULES } from '../../src/catalogue';
import { addDays, localDateOf } from '../../src/domain/dosing';
import { scheduledEvent } from '../../src/local/scheduler';
import type { LocalRuntime } from '../../src/local/runtime';
import { generateIcpFixture } from '../../src/tools/icp-fixtures';
import { type SignedInUser, eventually, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Reef Review, corrections and drafts after an ICP upload (DynamoDB Local, real queues)', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  });
  afterAll(async () => {
    doc.destroy();
    await runtime.stop();
  });

  const header = async (testId: string) =>
    (
      await doc.send(
        new GetCommand({ TableName: `${runtime.env}-test-history`, Key: { test_id: testId, item: 'HEADER' }, ConsistentRead: true }),
      )
    ).Item!;

  async function keeperWithTank(plan: string): Promise<{ keeper: SignedInUser; tankId: string; timezone: string }> {
    const keeper = await signUpAndIn(runtime, undefined, plan);
    if (plan === 'BASIC') {
      // A paying Basic keeper: the subscription Stripe would have recorded.
      await doc.send(
        new UpdateCommand({
          TableName: `${runtime.env}-user`,
          Key: { user_id: keeper.userId },
          UpdateExpression: 'SET subscription_status = :s, subscription_tier = :t',
          ExpressionAttributeValues: { ':s': 'active', ':t': 'BASIC' },
        }),
      );
    }
    const tank = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as Json[])[0];
    // Confirming the tank (the set-up page after sign-up): only then are correction doses sized.
    const saved = await postApi(
      runtime,
      '/user/save',
      {
        tanks: [
          {
            tankId: tank.tankId,
            name: tank.name,
            volume: 300,
            volumeUnit: 'L',
            dosingMethod: 'CUSTOM',
            defaultLab: 'OCEAMO',
            timezone: 'UTC',
          },
        ],
      },
      keeper,
    );
    expect(saved.status).toBe(200);
    return { keeper, tankId: String(tank.tankId), timezone: 'UTC' };
  }

  async function uploadUntilDone(
    keeper: SignedInUser,
    tankId: string,
    seed: number,
    values: Record<string, number>,
    sampleDate?: string,
  ): Promise<string> {
    const fixture = await generateIcpFixture('OCEAMO', { seed, values, ...(sampleDate ? { sampleDate } : {}) });
    const started = await postApi(
      runtime,
      '/test',
      { tankId, lab: 'OCEAMO', fileName: fixture.fileName, fileSize: fixture.bytes.length },
      keeper,
    );
    expect(started.status).toBe(200);
    await fetch(String(started.body.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(fixture.bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    const testId = String(started.body.testId);
    await eventually(async () => ((await header(testId)).status === 'DONE' ? true : undefined), 25_000, `test ${testId} DONE`);
    return testId;
  }

  const review = (keeper: SignedInUser, tankId: string, body: Json) => postApi(runtime, '/user/reef-reviews', { tankId, ...body }, keeper);

  describe('a Pro-equivalent keeper', () => {
    let keeper: SignedInUser;
    let tankId: string;
    let testId: string;
    let today: string;

    beforeAll(async () => {
      ({ keeper, tankId } = await keeperWithTank('TRIAL'));
      today = localDateOf(new Date(), 'UTC');
      testId = await uploadUntilDone(keeper, tankId, 41, { calcium: 380, copper: 12 }, addDays(today, -1));
    });

    it('finds a review and a draft program ready when the test turns DONE, with no further action', async () => {
      const list = await review(keeper, tankId, { action: 'LIST' });
      expect([list.status, list.body]).toEqual([200, expect.objectContaining({ reviews: expect.any(Array) })]);
      const [item] = list.body.reviews as Json[];
      expect(item).toMatchObject({ testId, testKind: 'ICP', status: 'OPEN', severity: 'CRITICAL' });

      const detail = (await review(keeper, tankId, { action: 'DETAIL', reviewId: item.reviewId })).body.review as Json;
      expect(detail.findings[0]).toMatchObject({ elementId: 'copper', severity: 'CRITICAL', status: 'CRITICAL' });
      expect(detail.findings.find((f: Json) => f.elementId === 'calcium')).toMatchObject({ severity: 'WARNING', status: 'LOW' });
      expect(detail.actions.find((a: Json) => a.actionId === 'correction#calcium')).toMatchObject({
        type: 'CORRECTION',
        correction: { dailyAmount: 254.7, unit: 'ml', days: 3, totalAmount: 764.1 },
        progress: { done: 0, total: 3, state: 'NOT_STARTED' },
      });
      expect(detail.draftProgramId).toEqual(expect.any(String));
      const program = await postApi(runtime, '/program/history', { tankId, programId: detail.draftProgramId }, keeper);
      expect(program.status).toBe(200);
      expect(JSON.stringify(program.body)).toContain('"draft"');
      expect(detail.summary).toMatch(/ICP test \(OCEAMO\)/);

      const icp = await postApi(runtime, '/test/history/icp', { tankId, testId }, keeper);
      expect(icp.status).toBe(200);
      expect(icp.body).toMatchObject({ draftProgramId: detail.draftProgramId, features: { projections: true, draftPrograms: true } });
      expect((icp.body.test as Json).reviewId).toBe(item.reviewId);
      expect(icp.body.corrections).toContainEqual(
        expect.objectContaining({ elementId: 'calcium', dailyAmount: 254.7, days: 3, totalAmount: 764.1 }),
      );
    });

    it('writes three dated dose rows for a 3-day correction, shows 1/3 after the first day, and writes nothing more when applied again', async () => {
      const apply = await postApi(runtime, '/corrections', { tankId, testId, elementIds: ['calcium'], startDate: today }, keeper);
      expect(apply.status).toBe(202);
      expect(apply.body.queued).toEqual([{ elementId: 'calcium', amount: 254.7, unit: 'ml', days: 3, startDate: today }]);

      const correctionRows = async () => {
        const days = (await postApi(runtime, '/dose/history/list', { tankId, from: today, to: addDays(today, 5) }, keeper)).body
          .days as Json[];
        return days.flatMap((d) =>
          (d.entries as Json[])
            .filter((e) => e.source === 'ICP_CORRECTION')
            .map((e) => ({ date: d.date, amount: e.amount, entryId: e.entryId })),
        );
      };
      const rows = await eventually(
        async () => ((await correctionRows()).length === 3 ? correctionRows() : undefined),
        10_000,
        'three correction rows',
      );
      expect(rows.map((r) => r.date).sort()).toEqual([today, addDays(today, 1), addDays(today, 2)]);
      expect(rows.every((r) => r.amount === 254.7)).toBe(true);

      const reviewId = ((await review(keeper, tankId, { action: 'LIST' })).body.reviews as Json[])[0].reviewId;
      const detail = (await review(keeper, tankId, { action: 'DETAIL', reviewId })).body.review as Json;
      expect(detail.actions.find((a: Json) => a.actionId === 'correction#calcium').progress).toEqual({
        done: 1,
        total: 3,
        state: 'PARTIAL',
      });
      // Today's dose is given; the two later days are planned, in the dose log and its labels (the rail).
      const days = (await postApi(runtime, '/dose/history/list', { tankId, from: today, to: addDays(today, 5) }, keeper)).body
        .days as Json[];
      expect(days.map((d) => [d.date, d.planned, d.label, (d.entries as Json[]).map((e) => e.state)])).toEqual([
        [addDays(today, 2), true, '1 planned dose', ['PLANNED']],
        [addDays(today, 1), true, '1 planned dose', ['PLANNED']],
        [today, false, '1 dose', ['GIVEN']],
      ]);
      const icp = (await postApi(runtime, '/test/history/icp', { tankId, testId }, keeper)).body as Json;
      expect(icp.corrections.find((c: Json) => c.elementId === 'calcium').progress).toEqual({ done: 1, total: 3, state: 'PARTIAL' });

      const again = await postApi(
        runtime,
        '/corrections',
        { tankId, testId, elementIds: ['calcium'], startDate: addDays(today, 1) },
        keeper,
      );
      expect(again.status).toBe(202);
      expect(again.body.queued).toEqual([expect.objectContaining({ startDate: today })]);
      await new Promise((r) => setTimeout(r, 500));
      expect(await correctionRows()).toEqual(rows);
    });

    it('counts a planned day as given once the keeper confirms it early, once, and the nightly schedule does not double it', async () => {
      const tomorrow = addDays(today, 1);
      const entryId = `icp#${testId}#calcium#1`;
      const confirm = (body: Json, who: SignedInUser = keeper) => postApi(runtime, '/dose/history/confirm', { tankId, ...body }, who);
      const progress = async () =>
        ((await postApi(runtime, '/test/history/icp', { tankId, testId }, keeper)).body.corrections as Json[]).find(
          (c) => c.elementId === 'calcium',
        )!.progress;

      const confirmed = await confirm({ date: tomorrow, entryId });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({
        date: tomorrow,
        planned: false,
        entries: [expect.objectContaining({ entryId, state: 'GIVEN', confirmedAt: expect.any(String) })],
      });
      const confirmedAt = (confirmed.body.entries as Json[])[0].confirmedAt;
      expect(await progress()).toEqual({ done: 2, total: 3, state: 'PARTIAL' });
      const reviewId = ((await review(keeper, tankId, { action: 'LIST' })).body.reviews as Json[])[0].reviewId;
      const detail = (await review(keeper, tankId, { action: 'DETAIL', reviewId })).body.review as Json;
      expect(detail.actions.find((a: Json) => a.actionId === 'correction#calcium').progress).toEqual({
        done: 2,
        total: 3,
        state: 'PARTIAL',
      });

      // The same confirmation twice changes nothing; the correction delivered again keeps it.
      const again = await confirm({ date: tomorrow, entryId });
      expect([again.status, (again.body.entries as Json[])[0].confirmedAt]).toEqual([200, confirmedAt]);
      await postApi(runtime, '/corrections', { tankId, testId, elementIds: ['calcium'] }, keeper);
      await new Promise((r) => setTimeout(r, 500));

      // The nightly schedule of that day writes program doses only: still one correction dose, given once.
      const schedule = SCHEDULES.find((s) => s.name === 'apply-daily-dose')!;
      await runtime.functions.invoke('apply-daily-dose', scheduledEvent(schedule, runtime.env, new Date(`${tomorrow}T01:00:00Z`)));
      await new Promise((r) => setTimeout(r, 500));
      const day = (await postApi(runtime, '/dose/history', { tankId, date: tomorrow }, keeper)).body as Json;
      expect((day.entries as Json[]).filter((e) => e.source === 'ICP_CORRECTION')).toEqual([
        expect.objectContaining({ entryId, state: 'GIVEN', confirmedAt }),
      ]);
      expect(await progress()).toEqual({ done: 2, total: 3, state: 'PARTIAL' });
      const list = (await postApi(runtime, '/dose/history/list', { tankId, from: today, to: addDays(today, 5) }, keeper)).body
        .days as Json[];
      expect(list.map((d) => [d.date, d.planned, d.label])).toEqual([
        [addDays(today, 2), true, '1 planned dose'],
        [tomorrow, false, '1 dose'],
        [today, false, '1 dose'],
      ]);

      // Only a planned dose of this keeper's tank can be confirmed.
      const refusedToday = await confirm({ date: today, entryId: `icp#${testId}#calcium#0` });
      expect([refusedToday.status, refusedToday.body.message]).toEqual([400, expect.stringMatching(/is not planned/)]);
      const refusedEntry = await confirm({ date: addDays(today, 2), entryId: `icp#${testId}#calcium#9` });
      expect([refusedEntry.status, refusedEntry.body.message]).toEqual([400, expect.stringMatching(/no dose icp#.*#calcium#9 on/)]);
      expect((await confirm({ date: addDays(today, 9), entryId })).status).toBe(400);
      expect((await confirm({ date: 'tomorrow', entryId })).status).toBe(400);
      const stranger = await keeperWithTank('TRIAL');
      expect(
        (
          await postApi(
            runtime,
            '/dose/history/confirm',
            { tankId, date: addDays(today, 2), entryId: `icp#${testId}#calcium#2` },
            stranger.keeper,
          )
        ).status,
      ).toBe(404);
      expect((await confirm({ date: addDays(today, 2), entryId: `icp#${testId}#calcium#2` }, stranger.keeper)).status).toBe(404);
      expect(await progress()).toEqual({ done: 2, total: 3, state: 'PARTIAL' });
    });

    it('marks a correction superseded once a newer test measured the element, and applies it only after confirmation', async () => {
      const other = await keeperWithTank('TRIAL');
      const icpId = await uploadUntilDone(other.keeper, other.tankId, 43, { calcium: 380 }, addDays(today, -2));
      const before = (await postApi(runtime, '/test/history/icp', { tankId: other.tankId, testId: icpId }, other.keeper)).body as Json;
      expect(before.corrections.find((c: Json) => c.elementId === 'calcium')).not.toHaveProperty('supersededBy');

      const kit = await postApi(
        runtime,
        '/test/history/save',
        { tankId: other.tankId, date: addDays(today, -1), elements: [{ elementId: 'calcium', value: 405 }] },
        other.keeper,
      );
      expect(kit.status).toBe(200);
      const kitId = String((kit.body.test as Json).id);
      const newer = { testId: kitId, kind: 'MANUAL', date: addDays(today, -1), value: 405, unit: 'mg/l' };

      const icp = (await postApi(runtime, '/test/history/icp', { tankId: other.tankId, testId: icpId }, other.keeper)).body as Json;
      expect(icp.corrections.find((c: Json) => c.elementId === 'calcium')).toMatchObject({ supersededBy: newer });
      const reviewId = (icp.test as Json).reviewId;
      const detail = (await review(other.keeper, other.tankId, { action: 'DETAIL', reviewId })).body.review as Json;
      expect(detail.actions.find((a: Json) => a.actionId === 'correction#calcium')).toMatchObject({ supersededBy: newer });

      const refused = await postApi(
        runtime,
        '/corrections',
        { tankId: other.tankId, testId: icpId, elementIds: ['calcium'] },
        other.keeper,
      );
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'SUPERSEDED_CORRECTION', superseded: [{ elementId: 'calcium', supersededBy: newer }] });
      expect(String(refused.body.message)).toContain(`Calcium was measured again on ${addDays(today, -1)} (405 mg/l, manual test)`);
      expect((await postApi(runtime, '/dose/history/list', { tankId: other.tankId }, other.keeper)).body.days).toEqual([]);

      const confirmed = await postApi(
        runtime,
        '/corrections',
        { tankId: other.tankId, testId: icpId, elementIds: ['calcium'], confirmSuperseded: true },
        other.keeper,
      );
      expect(confirmed.status).toBe(202);

      // A newer ICP report's review takes over: the older one moves to history, its decisions kept.
      expect(
        (await review(other.keeper, other.tankId, { action: 'DECIDE', reviewId, actionId: 'correction#calcium', choice: 'ACCEPTED' }))
          .status,
      ).toBe(200);
      const newerId = await uploadUntilDone(other.keeper, other.tankId, 44, { calcium: 410 }, today);
      const open = (await review(other.keeper, other.tankId, { action: 'LIST' })).body.reviews as Json[];
      // Only ICP reviews are taken over (domain/reviews supersededReviews); the kit test's own review, if it
      // opened one, stays open.
      expect(open.filter((r) => r.testKind === 'ICP').map((r) => r.testId)).toEqual([newerId]);
      expect(open.filter((r) => r.testKind !== 'ICP').map((r) => r.testId)).toEqual(open.length > 1 ? [kitId] : []);
      const history = (await review(other.keeper, other.tankId, { action: 'LIST', state: 'HISTORY' })).body.reviews as Json[];
      expect(history.find((r) => r.reviewId === reviewId)).toMatchObject({ status: 'SUPERSEDED' });
      const older = (await review(other.keeper, other.tankId, { action: 'DETAIL', reviewId })).body.review as Json;
      expect(older.actions.find((a: Json) => a.actionId === 'correction#calcium').decision).toMatchObject({ choice: 'ACCEPTED' });
    });

    it('refuses corrections that do not exist, and tests of other keepers', async () => {
      expect((await postApi(runtime, '/corrections', { tankId, testId, elementIds: ['sodium'] }, keeper)).status).toBe(400);
      expect((await postApi(runtime, '/corrections', { tankId, testId, elementIds: [] }, keeper)).status).toBe(400);
      const stranger = await keeperWithTank('TRIAL');
      expect(
        (await postApi(runtime, '/corrections', { tankId: stranger.tankId, testId, elementIds: ['calcium'] }, stranger.keeper)).status,
      ).toBe(404);
      const reviewId = ((await review(keeper, tankId, { action: 'LIST' })).body.reviews as Json[])[0].reviewId;
      expect((await review(stranger.keeper, stranger.tankId, { action: 'DETAIL', reviewId })).status).toBe(404);
      expect((await review(keeper, tankId, { action: 'EXPLODE' })).status).toBe(400);
      expect((await review(keeper, tankId, { action: 'DETAIL' })).status).toBe(400);
      expect((await review(keeper, tankId, { action: 'RECALCULATE', reviewId, compareScope: 'LAST_7' })).status).toBe(400);
    });

    it('keeps decisions through RECALCULATE, and moves between open and history with COMPLETE', async () => {
      const reviewId = ((await review(keeper, tankId, { action: 'LIST' })).body.reviews as Json[])[0].reviewId;
      const decided = await review(keeper, tankId, {
        action: 'DECIDE',
        reviewId,
        actionId: 'correction#calcium',
        choice: 'ACCEPTED',
        note: 'dosing it',
      });
      expect(decided.status).toBe(200);
      const recalculated = (await review(keeper, tankId, { action: 'RECALCULATE', reviewId, compareScope: 'ALL' })).body.review as Json;
      expect(recalculated.compareScope).toBe('ALL');
      expect(recalculated.actions.find((a: Json) => a.actionId === 'correction#calcium').decision).toMatchObject({
        choice: 'ACCEPTED',
        note: 'dosing it',
      });
      expect(
        (await review(keeper, tankId, { action: 'DECIDE', reviewId, actionId: 'correction#nothing', choice: 'ACCEPTED' })).status,
      ).toBe(400);

      const summary = (await review(keeper, tankId, { action: 'SUMMARY' })).body;
      expect(summary).toMatchObject({ open: 1, bySeverity: { CRITICAL: 1 }, top: { reviewId } });
      expect(((await review(keeper, tankId, { action: 'COMPLETE', reviewId })).body.review as Json).completedAt).toEqual(
        expect.any(String),
      );
      expect((await review(keeper, tankId, { action: 'LIST' })).body.reviews).toEqual([]);
      expect((await review(keeper, tankId, { action: 'LIST', state: 'HISTORY' })).body.reviews).toEqual([
        expect.objectContaining({ reviewId, status: 'COMPLETED' }),
      ]);
    });

    it('changes nothing when every evaluation message of the finished test is delivered twice more', async () => {
      const reviewId = ((await review(keeper, tankId, { action: 'LIST', state: 'HISTORY' })).body.reviews as Json[])[0].reviewId;
      const stored = async () =>
        (await doc.send(new GetCommand({ TableName: `${runtime.env}-reef-review`, Key: { review_id: reviewId }, ConsistentRead: true })))
          .Item;
      const programs = async () =>
        (
          await doc.send(
            new QueryCommand({
              TableName: `${runtime.env}-program-history`,
              IndexName: 'user_id_tank_id-index',
              KeyConditionExpression: 'user_id_tank_id = :k',
              ExpressionAttributeValues: { ':k': `${keeper.userId}#${tankId}` },
            }),
          )
        ).Items;
      const before = { review: await stored(), header: await header(testId), programs: await programs() };
      const rows = (
        await doc.send(
          new QueryCommand({
            TableName: `${runtime.env}-test-history`,
            KeyConditionExpression: 'test_id = :t',
            ExpressionAttributeValues: { ':t': testId },
          }),
        )
      ).Items!;
      const records = rows
        .filter((r) => r.eval_status)
        .map((r, i) => ({
          messageId: `again-${i}`,
          receiptHandle: `again-${i}`,
          body: JSON.stringify({ testId, userId: keeper.userId, tankId, elementId: r.element_id }),
          attributes: { MessageGroupId: testId },
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:local:0:q.fifo',
          awsRegion: 'local',
        }));
      for (const _ of [1, 2])
        expect(await runtime.functions.invoke('icp-evaluate', { Records: records } as unknown as SQSEvent)).toEqual({
          batchItemFailures: [],
        });
      expect(await stored()).toEqual(before.review);
      expect(await header(testId)).toEqual(before.header);
      expect(await programs()).toEqual(before.programs);
    });

    it('reads follow-up outcomes from the next completed test, and marks the draft applied when it is activated', async () => {
      const first = ((await review(keeper, tankId, { action: 'LIST', state: 'HISTORY' })).body.reviews as Json[])[0];
      const everyDay = [0, 1, 2, 3, 4, 5, 6];
      const program = await postApi(
        runtime,
        '/program/history/save',
        {
          tankId,
          name: 'Balling',
          status: 'active',
          startDate: addDays(today, -20),
          elements: [{ elementId: 'calcium', amount: 20, unit: 'ml', weekdays: everyDay }],
        },
        keeper,
      );
      expect(program.status).toBe(200);
      const nextTestId = await uploadUntilDone(keeper, tankId, 43, { calcium: 390, copper: 3 }, today);
      const detail = (await review(keeper, tankId, { action: 'DETAIL', reviewId: first.reviewId })).body.review as Json;
      expect(detail.followUp).toMatchObject({ testId: nextTestId, date: today });
      expect(detail.followUp.outcomes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ elementId: 'calcium', before: 380, after: 390, verdict: 'CLOSER' }),
          expect.objectContaining({ elementId: 'copper', before: 12, after: 3, verdict: 'CLOSER' }),
        ]),
      );

      const latest = ((await review(keeper, tankId, { action: 'LIST' })).body.reviews as Json[]).find((r) => r.testId === nextTestId)!;
      const latestDetail = (await review(keeper, tankId, { action: 'DETAIL', reviewId: latest.reviewId })).body.review as Json;
      const adjustment = latestDetail.actions.find((a: Json) => a.actionId === 'adjust#calcium');
      expect(adjustment.adjustment.current).toEqual({ amount: 20, unit: 'ml', weekdays: everyDay });
      expect(adjustment.adjustment.suggested.amount).toBeGreaterThan(20);
      expect(adjustment.adjustment.suggested.amount).toBeLessThanOrEqual(25);
      const draft = (await postApi(runtime, '/program/history', { tankId, programId: latestDetail.draftProgramId }, keeper)).body as Json;
      const { programId, name, startDate, elements, source } = draft;
      const activated = await postApi(
        runtime,
        '/program/history/save',
        { tankId, programId, name, startDate, elements, source, status: 'active' },
        keeper,
      );
      expect({ status: activated.status, message: activated.body.message }).toEqual({ status: 200, message: undefined });
      const after = (await review(keeper, tankId, { action: 'DETAIL', reviewId: latest.reviewId })).body.review as Json;
      expect(after.actions.find((a: Json) => a.actionId === 'adjust#calcium').decision).toMatchObject({
        choice: 'ACCEPTED',
        viaDraftActivation: true,
      });
    });
  });

  describe('a Basic keeper', () => {
    it('gets a review without a draft, daily adjustments or projections', async () => {
      const { keeper, tankId } = await keeperWithTank('BASIC');
      const testId = await uploadUntilDone(keeper, tankId, 42, { calcium: 380 });
      const icp = await postApi(runtime, '/test/history/icp', { tankId, testId }, keeper);
      expect(icp.status).toBe(200);
      expect(icp.body.draftProgramId).toBeUndefined();
      expect(icp.body.features).toEqual({ projections: false, draftPrograms: false, trendWarnings: false, doseResponse: false });
      expect(JSON.stringify(icp.body)).not.toMatch(/"projection"\s*:/);
      const [item] = (await review(keeper, tankId, { action: 'LIST' })).body.reviews as Json[];
      const detail = (await review(keeper, tankId, { action: 'DETAIL', reviewId: item.reviewId })).body.review as Json;
      expect(detail.draftProgramId).toBeUndefined();
      expect(detail.actions.every((a: Json) => a.type === 'CORRECTION')).toBe(true);
      expect(detail.actions.length).toBeGreaterThan(0);
      const programs = (await postApi(runtime, '/program/history/list', { tankId }, keeper)).body;
      expect(JSON.stringify(programs)).not.toContain('"draft"');

      // The report is from 2025; its correction, applied today, counts from today.
      expect((icp.body.test as Json).date < '2026-01-01').toBe(true);
      expect((await postApi(runtime, '/corrections', { tankId, testId, elementIds: ['calcium'] }, keeper)).status).toBe(202);
      const progress = async () =>
        ((await postApi(runtime, '/test/history/icp', { tankId, testId }, keeper)).body.corrections as Json[]).find(
          (c) => c.elementId === 'calcium',
        )!.progress;
      expect(
        await eventually(async () => ((await progress()).done === 1 ? progress() : undefined), 10_000, 'the first correction day'),
      ).toEqual({ done: 1, total: 3, state: 'PARTIAL' });
    });
  });

  describe('manual tests', () => {
    it('get a lightweight review only when something needs attention, never with corrections', async () => {
      const { keeper, tankId } = await keeperWithTank('TRIAL');
      const date = localDateOf(new Date(), 'UTC');
      const fine = await postApi(
        runtime,
        '/test/history/save',
        { tankId, date: addDays(date, -7), elements: [{ elementId: 'calcium', value: 430 }] },
        keeper,
      );
      expect([fine.status, fine.body]).toEqual([200, expect.anything()]);
      expect(fine.body.reviewId).toBeUndefined();
      const low = await postApi(
        runtime,
        '/test/history/save',
        {
          tankId,
          date,
          elements: [
            { elementId: 'calcium', value: 370 },
            { elementId: 'magnesium', value: 1350 },
          ],
        },
        keeper,
      );
      expect(low.status).toBe(200);
      expect(low.body.reviewId).toEqual(expect.any(String));
      const detail = (await review(keeper, tankId, { action: 'DETAIL', reviewId: low.body.reviewId })).body.review as Json;
      expect(detail).toMatchObject({ testKind: 'MANUAL', severity: 'WARNING', actions: [] });
      expect(detail.findings.map((f: Json) => f.elementId)).toEqual(['calcium']);
      expect(detail.comparedTests).toHaveLength(1);
    });

    it('open no review for a healthy test after a dangerous one: the trends alone never need attention', async () => {
      const { keeper, tankId } = await keeperWithTank('TRIAL');
      const date = localDateOf(new Date(), 'UTC');
      const dangerous = await postApi(
        runtime,
        '/test/history/save',
        {
          tankId,
          date: addDays(date, -1),
          confirmImplausible: true,
          elements: [
            { elementId: 'alkalinity', value: 45 },
            { elementId: 'ph', value: 7.2 },
            { elementId: 'salinity', value: 30 },
            { elementId: 'temperature', value: 31 },
          ],
        },
        keeper,
      );
      expect(dangerous.body.reviewId).toEqual(expect.any(String));
      const healthyValues = {
        alkalinity: 8,
        ph: 8.1,
        salinity: 35,
        temperature: 25.5,
        calcium: 430,
        magnesium: 1350,
        nitrate: 5,
        phosphate: 0.05,
      };
      const healthy = await postApi(
        runtime,
        '/test/history/save',
        { tankId, date, elements: Object.entries(healthyValues).map(([elementId, value]) => ({ elementId, value })) },
        keeper,
      );
      expect(healthy.status).toBe(200);
      const elements = (healthy.body.test as Json).elements as Json[];
      expect(elements.map((e) => e.status)).toEqual(elements.map(() => 'OK'));
      // A day after pH 7.2, pH 8.1 heads for the top of its range at that pace: worth a trend, not a review.
      expect(elements.find((e) => e.elementId === 'ph')!.trendAssessment).toMatchObject({ direction: 'UP', severity: 'ALERT' });
      expect(healthy.body.reviewId).toBeUndefined();
      const summary = (await review(keeper, tankId, { action: 'SUMMARY' })).body;
      expect(summary).toMatchObject({
        open: 1,
        bySeverity: { CRITICAL: 1, WARNING: 0, INFO: 0 },
        top: { reviewId: dangerous.body.reviewId },
      });
      // The dangerous test's review counts what its page counts.
      const detail = (await review(keeper, tankId, { action: 'DETAIL', reviewId: dangerous.body.reviewId })).body.review as Json;
      const attention = ((dangerous.body.test as Json).elements as Json[]).filter((e) =>
        ['CRITICAL', 'LOW', 'HIGH'].includes(String(e.status)),
      ).length;
      expect(detail.findings.filter((f: Json) => f.severity === 'CRITICAL' || f.severity === 'WARNING')).toHaveLength(attention);
    });
  });
});
