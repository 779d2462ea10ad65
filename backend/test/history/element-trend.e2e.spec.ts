import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { addDays } from '../../src/domain/dosing/calendar';
import { type SignedInUser, postApi, signUpAndIn } from '../support/test-runtime';
import { firstTankOf, keeperRuntime, uploadIcpAndWait } from '../targets/keeper-runtime';

type Json = Record<string, unknown>;

describe('/test/history/icp/trend: readings of both test kinds, related doses, range and projection', () => {
  const ctx = keeperRuntime('TRIAL');
  const today = new Date().toISOString().slice(0, 10);
  const daysAgo = (n: number) => addDays(today, -n);

  const trend = (body: Json, user: SignedInUser = ctx.keeper, tankId = ctx.tankId) =>
    postApi(ctx.runtime, '/test/history/icp/trend', { tankId, ...body }, user);
  const saveManual = (date: string, elements: Json[], user: SignedInUser = ctx.keeper, tankId = ctx.tankId) =>
    postApi(ctx.runtime, '/test/history/save', { tankId, date, elements }, user);

  beforeAll(async () => {
    await uploadIcpAndWait(ctx, { seed: 51, sampleDate: daysAgo(40), values: { calcium: 400, iodine: 60 } });
    for (const [date, calcium] of [
      [daysAgo(200), 300],
      [daysAgo(20), 410],
    ] as const) {
      expect((await saveManual(date, [{ elementId: 'calcium', value: calcium }])).status).toBe(200);
    }
    expect(
      (
        await saveManual(daysAgo(5), [
          { elementId: 'calcium', value: 440 },
          { elementId: 'iodine', value: 0.07 },
        ])
      ).status,
    ).toBe(200);
    const doses = await postApi(
      ctx.runtime,
      '/dose/history/save',
      {
        tankId: ctx.tankId,
        date: daysAgo(15),
        entries: [
          { elementId: 'calcium', amount: 10, unit: 'ml' },
          { elementId: 'magnesium', amount: 5, unit: 'ml' },
          { elementId: 'phosphate', amount: 1, unit: 'ml' },
        ],
      },
      ctx.keeper,
    );
    expect(doses.status).toBe(200);
  });

  it('charts the last 90 days: ICP and manual readings oldest first, doses of the same element, the range and a sentence', async () => {
    const sut = await trend({ elementId: 'calcium' });

    expect(sut.status).toBe(200);
    expect(sut.body).toMatchObject({
      elementId: 'calcium',
      name: 'Calcium',
      unit: 'mg/l',
      targetRange: { source: 'METHOD', low: 400, high: 460, target: 430 },
    });
    expect((sut.body.points as Json[]).map((p) => [p.kind, p.date, p.value])).toEqual([
      ['ICP', daysAgo(40), 400],
      ['MANUAL', daysAgo(20), 410],
      ['MANUAL', daysAgo(5), 440],
    ]);
    expect(sut.body.doses).toEqual([{ date: daysAgo(15), elementId: 'calcium', amount: 10, unit: 'ml', source: 'MANUAL' }]);
    expect(sut.body.explanation).toBe(
      `Calcium: 3 readings in the last 90 days; the latest, 440 mg/l on ${daysAgo(5)}, is within 400–460 mg/l, up 7.3% since ${daysAgo(20)}. 1 related dose was logged in the same period.`,
    );
  });

  it('projects the straight line 30 days ahead for a Pro-equivalent (trial) keeper', async () => {
    const projection = (await trend({ elementId: 'calcium' })).body.projection as { date: string; value: number }[];

    expect(projection[0].date).toBe(daysAgo(5));
    expect(projection[projection.length - 1].date).toBe(addDays(daysAgo(5), 30));
    expect(projection[projection.length - 1].value).toBeGreaterThan(440);
  });

  it('reads all history with days 0, and the whole canonical group of doses (phosphate doses on the phosphorus chart)', async () => {
    expect(((await trend({ elementId: 'calcium', days: 0 })).body.points as Json[]).map((p) => p.value)).toEqual([300, 400, 410, 440]);
    expect(((await trend({ elementId: 'calcium', days: 30 })).body.points as Json[]).map((p) => p.value)).toEqual([410, 440]);
    expect((await trend({ elementId: 'phosphorus' })).body.doses).toEqual([
      { date: daysAgo(15), elementId: 'phosphate', amount: 1, unit: 'ml', source: 'MANUAL' },
    ]);
  });

  it('puts readings of different units on the range’s unit (manual iodine in mg/l, ICP in µg/l)', async () => {
    const sut = await trend({ elementId: 'iodine' });

    expect(sut.body).toMatchObject({ unit: 'µg/l', targetRange: { source: 'METHOD', low: 50, high: 80 } });
    expect((sut.body.points as Json[]).map((p) => [p.kind, p.value])).toEqual([
      ['ICP', 60],
      ['MANUAL', 70],
    ]);
  });

  it('shows the active custom range', async () => {
    await postApi(
      ctx.runtime,
      '/user/target-ranges',
      { action: 'SAVE', tankId: ctx.tankId, elementId: 'calcium', low: 420, high: 450 },
      ctx.keeper,
    );

    expect((await trend({ elementId: 'calcium' })).body.targetRange).toEqual({
      source: 'CUSTOM',
      sourceName: 'Your own range',
      low: 420,
      high: 450,
    });
  });

  it('leaves every projection out for a Basic keeper: no projection field on the chart or on trend signals', async () => {
    const basic = await signUpAndIn(ctx.runtime, undefined, 'BASIC');
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table('user'),
        Key: { user_id: basic.userId },
        UpdateExpression: 'SET subscription_status = :s, subscription_tier = :t',
        ExpressionAttributeValues: { ':s': 'active', ':t': 'BASIC' },
      }),
    );
    const tankId = await firstTankOf(ctx.runtime, basic);
    await saveManual(daysAgo(30), [{ elementId: 'calcium', value: 400 }], basic, tankId);
    const second = await saveManual(daysAgo(2), [{ elementId: 'calcium', value: 440 }], basic, tankId);

    const sut = await trend({ elementId: 'calcium' }, basic, tankId);

    expect(sut.status).toBe(200);
    expect(sut.body.points).toHaveLength(2);
    expect(sut.body).not.toHaveProperty('projection');
    const calcium = ((second.body.test as Json).elements as Json[]).find((e) => e.elementId === 'calcium')!.trendAssessment as Json;
    expect(calcium).toMatchObject({ direction: 'UP', previousValue: 400, severity: 'NONE' });
    expect(calcium).not.toHaveProperty('projection');
    expect(sut.body).not.toHaveProperty('doseResponse');
  });

  it('draws a custom chart with only the dosing elements it names', async () => {
    expect((await trend({ elementId: 'calcium', doseElementIds: ['magnesium'] })).body.doses).toEqual([
      { date: daysAgo(15), elementId: 'magnesium', amount: 5, unit: 'ml', source: 'MANUAL' },
    ]);
    expect((await trend({ elementId: 'calcium', doseElementIds: ['calcium', 'magnesium', 'phosphate'] })).status).toBe(400);
  });

  it('gives a Pro-equivalent keeper dose-response per stretch between tests, from the product strength and tank volume', async () => {
    const sut = (await trend({ elementId: 'calcium' })).body.doseResponse as {
      referenceElementId: string;
      intervals: Json[];
      overall: Json;
    };

    // 10 ml of the Balling calcium part (0.1963 mg/l per ml per 100 l) in the 300 l tank, 15 days before the last test.
    const dosed = (10 * 0.1963 * 100) / 300;
    expect(sut.referenceElementId).toBe('calcium');
    expect(sut.intervals.map((i) => [i.from, i.to, i.days])).toEqual([
      [daysAgo(40), daysAgo(20), 20],
      [daysAgo(20), daysAgo(5), 15],
    ]);
    expect(sut.intervals[0]).toMatchObject({ dosedPerDay: 0, measuredChangePerDay: 0.5, consumptionPerDay: -0.5, holdingDosePerDay: 0 });
    expect(sut.intervals[1].dosedPerDay).toBeCloseTo(dosed / 15, 4);
    expect(sut.intervals[1].measuredChangePerDay).toBe(2);
    expect(sut.overall).toMatchObject({ from: daysAgo(40), to: daysAgo(5), days: 35 });
    expect(sut.overall.consumptionPerDay as number).toBeCloseTo(dosed / 35 - 40 / 35, 3);
  });

  it.each([
    ['an unknown element', { elementId: 'unobtainium' }, /Unknown element "unobtainium"/],
    ['negative days', { elementId: 'calcium', days: -1 }, /days must be zero \(all\) or more/],
    ['fractional days', { elementId: 'calcium', days: 1.5 }, /days must be a whole number/],
    ['no element', {}, /elementId must be a string/],
  ])('refuses %s with a 400', async (_, body, message) => {
    const sut = await trend(body);

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(message);
  });

  it('answers 404 for another keeper’s tank', async () => {
    const stranger = await signUpAndIn(ctx.runtime);

    expect((await trend({ elementId: 'calcium' }, stranger)).status).toBe(404);
  });
});
