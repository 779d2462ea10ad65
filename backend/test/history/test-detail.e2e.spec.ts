import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { addDays } from '../../src/domain/dosing/calendar';
import { postApi, signUpAndIn } from '../support/test-runtime';
import { firstTankOf, keeperRuntime, uploadIcpAndWait } from '../targets/keeper-runtime';

type Json = Record<string, unknown>;
type Element = Json & { elementId: string; status: string; category: string };

describe('/test/history: one test of any kind with its evaluated elements and trend signals', () => {
  const ctx = keeperRuntime('TRIAL');
  let icpTestId: string;
  let icp: Json;

  const detail = (testId: string, user = ctx.keeper, tankId = ctx.tankId) =>
    postApi(ctx.runtime, '/test/history', { tankId, testId }, user);
  const elementsOf = (test: Json) => test.elements as Element[];
  const put = (Item: Json) => ctx.doc.send(new PutCommand({ TableName: ctx.table('test-history'), Item }));

  beforeAll(async () => {
    icpTestId = await uploadIcpAndWait(ctx, { seed: 41, sampleDate: '2026-05-04', values: { calcium: 380 } });
    icp = (await detail(icpTestId)).body.test as Json;
  });

  it('shows a finished ICP test: metadata, statuses, messages, corrections, RO rows last', async () => {
    expect(icp).toMatchObject({
      id: icpTestId,
      kind: 'ICP',
      status: 'DONE',
      date: '2026-05-04',
      label: 'ICP OCEAMO',
      lab: 'OCEAMO',
      analysisNumber: expect.any(String),
    });
    const elements = elementsOf(icp);
    const calcium = elements.find((e) => e.elementId === 'calcium')!;
    expect(calcium).toMatchObject({
      name: 'Calcium',
      canonical: 'Calcium',
      category: 'major',
      unit: 'mg/l',
      value: 380,
      status: 'LOW',
      targetRange: { source: 'METHOD', low: 400, high: 460, target: 430 },
      message: expect.stringMatching(/^Calcium 380 mg\/l is below 400–460 mg\/l: dose/),
      correction: { kind: 'DOSE', days: 3 },
      trendAssessment: { direction: 'FIRST', severity: 'WATCH', signal: 'First reading' },
    });
    expect(elements.filter((e) => e.status === 'RO').length).toBeGreaterThan(0);
    expect(elements.filter((e) => e.status === 'RO').every((e) => e.category === 'osmose' && e.trendAssessment === undefined)).toBe(true);
    // Grouped by category (majors first, RO/RODI water last), then in the lab panel's order.
    expect(elements[0]).toMatchObject({ elementId: 'sodium', category: 'major' });
    expect(elements[elements.length - 1].category).toBe('osmose');
    const majors = elements.filter((e) => e.category === 'major').map((e) => e.elementId);
    expect(majors.slice(0, 4)).toEqual(['sodium', 'magnesium', 'calcium', 'potassium']);
  });

  it('gives a later manual test a trend signal against the ICP reading, with a projection for a Pro-equivalent keeper', async () => {
    const date = addDays('2026-05-04', 10);
    const saved = await postApi(
      ctx.runtime,
      '/test/history/save',
      {
        tankId: ctx.tankId,
        date,
        elements: [
          { elementId: 'calcium', value: 420 },
          { elementId: 'temperature', value: 25.5 },
        ],
      },
      ctx.keeper,
    );

    const sut = (await detail(String((saved.body.test as Json).id))).body.test as Json;

    expect(sut).toMatchObject({ kind: 'MANUAL', status: 'DONE', date, label: 'Manual test' });
    expect(sut).not.toHaveProperty('lab');
    const calcium = elementsOf(sut).find((e) => e.elementId === 'calcium')!;
    expect(calcium).toMatchObject({
      status: 'OK',
      trendAssessment: {
        direction: 'UP',
        severity: 'ALERT',
        previousValue: 380,
        previousDate: '2026-05-04',
        changePercent: 10.5,
        signal: '↑ 11% since 2026-05-04',
      },
    });
    expect(calcium).not.toHaveProperty('correction');
    // 4 mg/l a day reaches 460 mg/l in ten days: an alert although the reading is in range.
    // Least squares through 380 (ten days earlier) and 420: 4 mg/l a day, 540 after 30 days.
    expect((calcium.trendAssessment as Json).projection).toEqual({ date: addDays(date, 30), value: 540 });
    expect(elementsOf(sut).find((e) => e.elementId === 'temperature')).toMatchObject({
      category: 'base',
      trendAssessment: { direction: 'FIRST' },
    });
  });

  it('maps row states: PENDING before evaluation, MISSING placeholders, and names the review made from the test', async () => {
    const testId = 'in-progress-test';
    await put({
      test_id: testId,
      item: 'HEADER',
      user_id: ctx.keeper.userId,
      tank_id: ctx.tankId,
      user_id_tank_id: `${ctx.keeper.userId}#${ctx.tankId}`,
      test_date_id: `2026-06-01#${testId}`,
      test_date: '2026-06-01',
      kind: 'ICP',
      lab: 'OCEAMO',
      status: 'IN_PROGRESS',
      created_at: 'x',
      updated_at: 'x',
    });
    await put({
      test_id: testId,
      item: 'ELEMENT#calcium',
      element_id: 'calcium',
      canonical: 'Calcium',
      display_name: 'Calcium',
      category: 'major',
      unit: 'mg/l',
      value: 460,
      status: 'PENDING',
    });
    await put({
      test_id: testId,
      item: 'ELEMENT#boron',
      element_id: 'boron',
      canonical: 'Boron',
      display_name: 'Boron',
      category: 'minor',
      unit: 'mg/l',
      value: null,
      status: 'MISSING',
    });
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.table('reef-review'),
        Item: { review_id: 'review-of-in-progress', test_id: testId, user_id_tank_id: `${ctx.keeper.userId}#${ctx.tankId}` },
      }),
    );

    const sut = (await detail(testId)).body.test as Json;

    expect(sut).toMatchObject({ status: 'IN_PROGRESS', reviewId: 'review-of-in-progress' });
    expect(elementsOf(sut).map((e) => [e.elementId, e.status])).toEqual([
      ['calcium', 'PENDING'],
      ['boron', 'MISSING'],
    ]);
    expect(elementsOf(sut)[0].trendAssessment).toMatchObject({ direction: 'UP', previousDate: addDays('2026-05-04', 10) });
    expect(elementsOf(sut)[1]).not.toHaveProperty('trendAssessment');
  });

  it('answers 404 for an unknown test, a test of another tank, and another keeper’s tank', async () => {
    const stranger = await signUpAndIn(ctx.runtime);
    const strangersTank = await firstTankOf(ctx.runtime, stranger);

    expect((await detail('no-such-test')).status).toBe(404);
    expect((await detail(icpTestId, stranger, strangersTank)).status).toBe(404);
    expect((await detail(icpTestId, stranger)).status).toBe(404);
  });

  it('refuses a body without testId with a 400', async () => {
    const sut = await postApi(ctx.runtime, '/test/history', { tankId: ctx.tankId }, ctx.keeper);

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(/testId must be a string/);
  });
});
