import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { postApi, signUpAndIn } from '../support/test-runtime';
import { firstTankOf, keeperRuntime } from '../targets/keeper-runtime';

type Json = Record<string, unknown>;
type Element = Json & { elementId: string };

describe('/test/history/save: manual tests evaluated at once, created and replaced whole', () => {
  const ctx = keeperRuntime('TRIAL');

  const save = (body: Json, user = ctx.keeper) => postApi(ctx.runtime, '/test/history/save', { tankId: ctx.tankId, ...body }, user);
  const elementsOf = (body: Json) => (body.test as { elements: Element[] }).elements;
  const elementOf = (body: Json, id: string) => elementsOf(body).find((e) => e.elementId === id)!;
  const stored = async (testId: string) =>
    ((
      await ctx.doc.send(
        new QueryCommand({
          TableName: ctx.table('test-history'),
          KeyConditionExpression: 'test_id = :t',
          ExpressionAttributeValues: { ':t': testId },
          ConsistentRead: true,
        }),
      )
    ).Items ?? []) as Json[];

  it('creates a DONE manual test with every reading evaluated against the tank’s ranges, no corrections', async () => {
    const sut = await save({
      date: '2026-03-02',
      notes: '  Salifert kits  ',
      elements: [
        { elementId: 'nitrate', value: 5 },
        { elementId: 'calcium', value: 380 },
        { elementId: 'iodine', value: 0.07 },
        { elementId: 'alkalinity', value: 8 },
      ],
    });

    expect(sut.status).toBe(200);
    // Calcium is low, so the save also makes a lightweight Reef Review of the test.
    expect(sut.body.reviewId).toBe(`review-${(sut.body.test as Json).id}`);
    const test = sut.body.test as Json;
    expect(test).toMatchObject({
      id: expect.any(String),
      kind: 'MANUAL',
      status: 'DONE',
      date: '2026-03-02',
      label: 'Manual test',
      notes: 'Salifert kits',
    });
    expect(elementsOf(sut.body).map((e) => e.elementId)).toEqual(['alkalinity', 'calcium', 'iodine', 'nitrate']);
    expect(elementOf(sut.body, 'calcium')).toEqual({
      elementId: 'calcium',
      name: 'Calcium',
      canonical: 'Calcium',
      category: 'major',
      unit: 'mg/l',
      value: 380,
      status: 'LOW',
      targetRange: { source: 'METHOD', sourceName: 'Moonshiners method', low: 400, high: 460, target: 430 },
      message: 'Calcium 380 mg/l is below 400–460 mg/l.',
      trendAssessment: { direction: 'FIRST', severity: 'WATCH', signal: 'First reading' },
    });
    // Iodine is tested in mg/l by hobby kits; the Moonshiners range (50–80 µg/l) is converted.
    expect(elementOf(sut.body, 'iodine')).toMatchObject({
      unit: 'mg/l',
      status: 'OK',
      targetRange: { source: 'METHOD', sourceName: 'Moonshiners method', low: 0.05, high: 0.08, target: 0.06 },
    });
    // Moonshiners sets no alkalinity range: the cited reef reference does.
    expect(elementOf(sut.body, 'alkalinity')).toMatchObject({
      status: 'OK',
      targetRange: { source: 'REFERENCE', sourceName: 'Reef aquarium practice (Holmes-Farley 2004)', low: 7, high: 11, target: 8 },
      message: 'Alkalinity 8 dKH is within 7–11 dKH.',
    });
    expect(elementsOf(sut.body).every((e) => e.correction === undefined)).toBe(true);

    const header = (await stored(String(test.id))).find((r) => r.item === 'HEADER')!;
    expect(header).toMatchObject({
      kind: 'MANUAL',
      status: 'DONE',
      user_id_tank_id: `${ctx.keeper.userId}#${ctx.tankId}`,
      test_date_id: `2026-03-02#${test.id}`,
      test_date: '2026-03-02',
    });
    const listed = await postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId }, ctx.keeper);
    expect(listed.body.tests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: test.id, kind: 'MANUAL', status: 'DONE', date: '2026-03-02', label: 'Manual test' }),
      ]),
    );
  });

  it('replaces a manual test: new date and readings, rows of dropped elements removed, creation time kept', async () => {
    const created = await save({
      date: '2026-03-05',
      elements: [
        { elementId: 'calcium', value: 380 },
        { elementId: 'nitrate', value: 5 },
        { elementId: 'phosphate', value: 0.05 },
      ],
    });
    const testId = String((created.body.test as Json).id);
    const createdAt = (await stored(testId)).find((r) => r.item === 'HEADER')!.created_at;

    const sut = await save({
      testId,
      date: '2026-03-06',
      elements: [
        { elementId: 'calcium', value: 420 },
        { elementId: 'magnesium', value: 1300 },
      ],
    });

    expect(sut.status).toBe(200);
    expect(sut.body.test).toMatchObject({ id: testId, date: '2026-03-06' });
    expect(sut.body.test).not.toHaveProperty('notes');
    expect(elementOf(sut.body, 'calcium')).toMatchObject({ value: 420, status: 'OK' });
    expect(elementOf(sut.body, 'magnesium')).toMatchObject({ value: 1300, status: 'OK' });
    const rows = await stored(testId);
    expect(rows.map((r) => r.item).sort()).toEqual(['ELEMENT#calcium', 'ELEMENT#magnesium', 'HEADER']);
    expect(rows.find((r) => r.item === 'HEADER')).toMatchObject({
      created_at: createdAt,
      test_date_id: `2026-03-06#${testId}`,
      version: 2,
    });
    const listed = (await postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId }, ctx.keeper)).body.tests as Json[];
    expect(listed.filter((t) => t.id === testId)).toEqual([expect.objectContaining({ date: '2026-03-06' })]);
  });

  it('keeps one whole version when two replaces of the same test race', async () => {
    const created = await save({ date: '2026-03-08', elements: [{ elementId: 'calcium', value: 400 }] });
    const testId = String((created.body.test as Json).id);
    const first = [
      { elementId: 'nitrate', value: 3 },
      { elementId: 'phosphate', value: 0.04 },
    ];
    const second = [
      { elementId: 'potassium', value: 400 },
      { elementId: 'magnesium', value: 1350 },
      { elementId: 'calcium', value: 410 },
    ];

    const answers = await Promise.all([
      save({ testId, date: '2026-03-08', elements: first }),
      save({ testId, date: '2026-03-08', elements: second }),
    ]);

    expect(answers.map((a) => a.status).every((s) => s === 200 || s === 409)).toBe(true);
    const items = (await stored(testId))
      .filter((r) => r.item !== 'HEADER')
      .map((r) => r.element_id)
      .sort();
    expect([
      ['nitrate', 'phosphate'],
      ['calcium', 'magnesium', 'potassium'],
    ]).toContainEqual(items);
  });

  it('judges a later test’s readings against the earlier ones (trendAssessment) and against custom ranges', async () => {
    await postApi(
      ctx.runtime,
      '/user/target-ranges',
      { action: 'SAVE', tankId: ctx.tankId, elementId: 'alkalinity', low: 7, high: 9, target: 8 },
      ctx.keeper,
    );

    const sut = await save({
      date: '2026-03-20',
      elements: [
        { elementId: 'calcium', value: 380 },
        { elementId: 'alkalinity', value: 6.5 },
      ],
    });

    // The newest earlier calcium reading is 410 on 2026-03-08 (or 420 on 2026-03-06 if that race went the other way).
    const calcium = elementOf(sut.body, 'calcium').trendAssessment as Json;
    expect(calcium).toMatchObject({
      direction: 'DOWN',
      severity: 'ALERT',
      previousDate: expect.stringMatching(/^2026-03-0[68]$/),
      projection: { date: '2026-04-19', value: expect.any(Number) },
    });
    expect(elementOf(sut.body, 'alkalinity')).toMatchObject({
      status: 'LOW',
      targetRange: { source: 'CUSTOM', sourceName: 'Your own range', low: 7, high: 9, target: 8 },
      message: 'Alkalinity 6.5 dKH is below 7–9 dKH.',
      trendAssessment: { direction: 'DOWN', previousValue: 8, previousDate: '2026-03-02', changePercent: -18.8 },
    });
  });

  it.each([
    [
      'an element outside the tank’s catalogue',
      { date: '2026-03-02', elements: [{ elementId: 'unobtainium', value: 1 }] },
      /unknown element "unobtainium"/,
    ],
    [
      'an element twice',
      {
        date: '2026-03-02',
        elements: [
          { elementId: 'calcium', value: 400 },
          { elementId: 'calcium', value: 410 },
        ],
      },
      /element "calcium" appears more than once/,
    ],
    ['no readings', { date: '2026-03-02', elements: [] }, /elements must hold at least one reading/],
    ['a negative reading', { date: '2026-03-02', elements: [{ elementId: 'calcium', value: -1 }] }, /value must be zero or more/],
    [
      'a reading that is not a number',
      { date: '2026-03-02', elements: [{ elementId: 'calcium', value: 'high' }] },
      /value must be a number/,
    ],
    [
      'an impossible date',
      { date: '2026-02-30', elements: [{ elementId: 'calcium', value: 400 }] },
      /date must be a date written YYYY-MM-DD/,
    ],
    [
      'an unknown field',
      { date: '2026-03-02', elements: [{ elementId: 'calcium', value: 400 }], lab: 'OCEAMO' },
      /property lab should not exist/,
    ],
  ])('refuses %s with a 400', async (_, body, message) => {
    const sut = await save(body);

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(message);
  });

  it('shows no OK on any reading of a dangerous test, each judged against a named range', async () => {
    const sut = await save({
      date: '2026-03-21',
      confirmImplausible: true,
      elements: [
        { elementId: 'alkalinity', value: 45 },
        { elementId: 'ph', value: 7.2 },
        { elementId: 'salinity', value: 30 },
        { elementId: 'temperature', value: 31 },
        { elementId: 'ammonia', value: 0.5 },
        { elementId: 'nitrite', value: 1 },
      ],
    });

    expect(sut.status).toBe(200);
    const statuses = Object.fromEntries(elementsOf(sut.body).map((e) => [e.elementId, e.status]));
    expect(statuses).toEqual({
      alkalinity: 'CRITICAL',
      ph: 'LOW',
      salinity: 'LOW',
      temperature: 'CRITICAL',
      ammonia: 'CRITICAL',
      nitrite: 'CRITICAL',
    });
    expect(elementsOf(sut.body).every((e) => typeof (e.targetRange as Json).sourceName === 'string')).toBe(true);
    expect(elementOf(sut.body, 'alkalinity')).toMatchObject({
      implausible: true,
      message: expect.stringMatching(/looks implausible.*0\.5–25 dKH.*Check the value or the unit/),
    });
    expect(elementOf(sut.body, 'ph').message).toBe('pH 7.2 is below 7.8–8.5.');
    expect(sut.body.reviewId).toBeDefined();
  });

  it('shows OK on every reading of a healthy test, each with a range and its source', async () => {
    const sut = await save({
      date: '2026-03-22',
      elements: [
        { elementId: 'alkalinity', value: 8 },
        { elementId: 'ph', value: 8.1 },
        { elementId: 'salinity', value: 35 },
        { elementId: 'temperature', value: 25.5 },
        { elementId: 'calcium', value: 430 },
        { elementId: 'magnesium', value: 1350 },
        { elementId: 'nitrate', value: 5 },
        { elementId: 'phosphate', value: 0.05 },
      ],
    });

    expect(sut.status).toBe(200);
    // The tank has a custom alkalinity range from an earlier test; every other range is a default.
    for (const element of elementsOf(sut.body)) {
      expect([element.elementId, element.status]).toEqual([element.elementId, 'OK']);
      expect(element.targetRange).toMatchObject({
        source: expect.stringMatching(/^(METHOD|REFERENCE|CUSTOM)$/),
        sourceName: expect.any(String),
      });
    }
  });

  it('takes readings in the keeper’s units and judges them in the element’s own', async () => {
    const sut = await save({
      date: '2026-03-23',
      elements: [
        { elementId: 'alkalinity', value: 2.86, unit: 'meq/l' },
        { elementId: 'salinity', value: 1.0264, unit: 'SG' },
        { elementId: 'temperature', value: 78.8, unit: '°F' },
      ],
    });

    expect(sut.status).toBe(200);
    expect(elementOf(sut.body, 'alkalinity')).toMatchObject({
      unit: 'dKH',
      value: 8.008,
      status: 'OK',
      entered: { value: 2.86, unit: 'meq/l' },
    });
    expect(elementOf(sut.body, 'salinity')).toMatchObject({
      unit: 'ppt',
      value: 35.0133,
      status: 'OK',
      entered: { value: 1.0264, unit: 'SG' },
    });
    expect(elementOf(sut.body, 'temperature')).toMatchObject({ unit: '°C', value: 26, status: 'OK', entered: { value: 78.8, unit: '°F' } });
  });

  it('refuses an implausible value without confirmation, naming the element and its plausible range, and saves nothing', async () => {
    const before = (await postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId }, ctx.keeper)).body.tests as Json[];

    const sut = await save({
      date: '2026-03-24',
      elements: [
        { elementId: 'magnesium', value: 1350 },
        { elementId: 'calcium', value: 4200 },
      ],
    });

    expect(sut.status).toBe(400);
    expect(sut.body).toMatchObject({
      code: 'IMPLAUSIBLE_VALUE',
      field: 'elements[1].value',
      elements: [
        { index: 1, elementId: 'calcium', name: 'Calcium', value: 4200, unit: 'mg/l', plausible: { low: 100, high: 1000, unit: 'mg/l' } },
      ],
    });
    expect(String(sut.body.message)).toMatch(/Check the value or the unit: Calcium 4200 mg\/l \(a reef tank holds 100–1000 mg\/l\)/);
    const after = (await postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId }, ctx.keeper)).body.tests as Json[];
    expect(after).toHaveLength(before.length);

    const kept = await save({ date: '2026-03-24', confirmImplausible: true, elements: [{ elementId: 'calcium', value: 4200 }] });
    expect(kept.status).toBe(200);
    expect(elementOf(kept.body, 'calcium')).toMatchObject({ status: 'CRITICAL', implausible: true });
  });

  it.each([
    [
      'a unit the element is not entered in',
      [{ elementId: 'alkalinity', value: 8, unit: 'mg/l' }],
      /elements\[0\]\.unit: unit "mg\/l" is not one Alkalinity can be entered in: use dKH, meq\/l, ppm CaCO3/,
    ],
    ['an unknown unit', [{ elementId: 'salinity', value: 35, unit: 'furlongs' }], /elements\[0\]\.unit/],
    ['a unit that is not a string', [{ elementId: 'salinity', value: 35, unit: 3 }], /unit must be a string/],
    ['an infinite value', [{ elementId: 'salinity', value: 'Infinity' }], /value must be a number/],
  ])('refuses %s with a 400 naming the field', async (_, elements, message) => {
    const sut = await save({ date: '2026-03-25', elements });

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(message);
  });

  it('refuses to overwrite an ICP test', async () => {
    const testId = 'icp-not-manual';
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.table('test-history'),
        Item: {
          test_id: testId,
          item: 'HEADER',
          user_id: ctx.keeper.userId,
          tank_id: ctx.tankId,
          user_id_tank_id: `${ctx.keeper.userId}#${ctx.tankId}`,
          test_date_id: `2026-01-01#${testId}`,
          test_date: '2026-01-01',
          kind: 'ICP',
          lab: 'OCEAMO',
          status: 'DONE',
          created_at: 'x',
          updated_at: 'x',
        },
      }),
    );

    const sut = await save({ testId, date: '2026-03-02', elements: [{ elementId: 'calcium', value: 400 }] });

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(/Only manual tests/);
    expect(
      (await ctx.doc.send(new GetCommand({ TableName: ctx.table('test-history'), Key: { test_id: testId, item: 'HEADER' } }))).Item,
    ).toMatchObject({ kind: 'ICP' });
  });

  it('answers 404 for another keeper’s tank or test, and writes nothing', async () => {
    const stranger = await signUpAndIn(ctx.runtime);
    const strangersTank = await firstTankOf(ctx.runtime, stranger);
    const mine = String(((await save({ date: '2026-03-03', elements: [{ elementId: 'calcium', value: 400 }] })).body.test as Json).id);

    expect((await save({ date: '2026-03-02', elements: [{ elementId: 'calcium', value: 400 }] }, stranger)).status).toBe(404);
    const overwrite = await postApi(
      ctx.runtime,
      '/test/history/save',
      { tankId: strangersTank, testId: mine, date: '2026-03-02', elements: [{ elementId: 'calcium', value: 1 }] },
      stranger,
    );
    expect(overwrite.status).toBe(404);
    expect((await stored(mine)).find((r) => r.item === 'ELEMENT#calcium')).toMatchObject({ value: 400 });
  });
});
