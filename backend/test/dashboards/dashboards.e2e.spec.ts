import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';
import { recordPaidPlan } from '../support/paid-plan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('custom dashboards: /user/dashboard, /save, /delete', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;
  let pro: SignedInUser;
  let proTank: string;

  const tankOf = async (user: SignedInUser) => {
    const tank = ((await postApi(runtime, '/user', {}, user)).body.tanks as Json[])[0];
    await postApi(
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
      user,
    );
    return String(tank.tankId);
  };
  const save = (user: SignedInUser, tankId: string, body: Json) => postApi(runtime, '/user/dashboard/save', { tankId, ...body }, user);
  const list = (user: SignedInUser, tankId: string) => postApi(runtime, '/user/dashboard', { tankId }, user);

  beforeAll(async () => {
    runtime = await startTestRuntime();
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    pro = await signUpAndIn(runtime);
    proTank = await tankOf(pro);
  });
  afterAll(async () => {
    doc?.destroy();
    await runtime.stop();
  });

  it('offers the default dashboard from the method’s dose catalog before anything is saved', async () => {
    const answer = await list(pro, proTank);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ tankId: proTank, dashboards: [], limit: { perTank: null, saved: 0 } });
    const charts = (answer.body.defaultDashboard as Json).charts as Json[];
    expect(charts).toHaveLength(8);
    expect(charts.slice(0, 3)).toEqual([
      { testElementId: 'calcium', doseElementIds: ['calcium'] },
      { testElementId: 'alkalinity', doseElementIds: ['alkalinity'] },
      { testElementId: 'magnesium', doseElementIds: ['magnesium'] },
    ]);
  });

  it('saves, lists, edits and deletes a dashboard, charts in the order given', async () => {
    const created = await save(pro, proTank, {
      name: ' Balling ',
      charts: [
        { testElementId: 'alkalinity', doseElementIds: ['alkalinity'] },
        { testElementId: 'calcium', doseElementIds: ['calcium', 'magnesium'] },
        { testElementId: 'nitrate', doseElementIds: [] },
      ],
    });
    expect(created.status).toBe(200);
    const dashboard = created.body.dashboard as Json;
    expect(dashboard).toMatchObject({
      name: 'Balling',
      charts: [
        { testElementId: 'alkalinity' },
        { testElementId: 'calcium', doseElementIds: ['calcium', 'magnesium'] },
        { testElementId: 'nitrate' },
      ],
    });

    const edited = await save(pro, proTank, {
      dashboardId: dashboard.dashboardId,
      name: 'Balling pair',
      charts: [{ testElementId: 'calcium', doseElementIds: ['calcium'] }],
    });
    expect(edited.body.dashboard).toMatchObject({
      dashboardId: dashboard.dashboardId,
      name: 'Balling pair',
      createdAt: dashboard.createdAt,
    });
    const second = await save(pro, proTank, { name: 'Trace', charts: [{ testElementId: 'iodine', doseElementIds: ['iodine'] }] });
    expect(second.status).toBe(200);

    const listed = await list(pro, proTank);
    expect((listed.body.dashboards as Json[]).map((d) => d.name)).toEqual(['Balling pair', 'Trace']);
    expect(listed.body.limit).toEqual({ perTank: null, saved: 2 });

    expect((await postApi(runtime, '/user/dashboard/delete', { tankId: proTank, dashboardId: dashboard.dashboardId }, pro)).body).toEqual({
      dashboardId: dashboard.dashboardId,
      deleted: true,
    });
    expect(((await list(pro, proTank)).body.dashboards as Json[]).map((d) => d.name)).toEqual(['Trace']);
  });

  it.each([
    [
      'an unknown test element',
      { name: 'X', charts: [{ testElementId: 'unobtainium', doseElementIds: [] }] },
      "unobtainium is not in this tank's test elements",
    ],
    [
      'three dosing elements',
      { name: 'X', charts: [{ testElementId: 'calcium', doseElementIds: ['calcium', 'magnesium', 'alkalinity'] }] },
      'at most 2 dosing elements',
    ],
    ['an empty name', { name: '', charts: [{ testElementId: 'calcium', doseElementIds: [] }] }, 'name must be 1 to 60 characters'],
    ['a blank name', { name: '   ', charts: [{ testElementId: 'calcium', doseElementIds: [] }] }, 'name must not be blank'],
    [
      'a dose product of another method',
      { name: 'X', charts: [{ testElementId: 'calcium', doseElementIds: ['core7-base-elements-2'] }] },
      "not in this tank's dose catalog",
    ],
    ['no charts', { name: 'X', charts: [] }, 'at least one chart'],
  ])('refuses %s with a 400 that says why', async (_case, body, message) => {
    const answer = await save(pro, proTank, body);
    expect(answer.status).toBe(400);
    expect(String(answer.body.message)).toContain(message);
  });

  it('keeps every keeper’s dashboards to themselves', async () => {
    const mine = (await save(pro, proTank, { name: 'Mine', charts: [{ testElementId: 'calcium', doseElementIds: [] }] })).body
      .dashboard as Json;
    const other = await signUpAndIn(runtime);
    const otherTank = await tankOf(other);
    expect((await list(other, proTank)).status).toBe(404);
    expect((await save(other, proTank, { name: 'X', charts: [{ testElementId: 'calcium', doseElementIds: [] }] })).status).toBe(404);
    expect(
      (
        await save(other, otherTank, {
          dashboardId: mine.dashboardId,
          name: 'Stolen',
          charts: [{ testElementId: 'calcium', doseElementIds: [] }],
        })
      ).status,
    ).toBe(404);
    expect((await postApi(runtime, '/user/dashboard/delete', { tankId: otherTank, dashboardId: mine.dashboardId }, other)).status).toBe(
      404,
    );
    expect(((await list(pro, proTank)).body.dashboards as Json[]).map((d) => d.name)).toContain('Mine');
  });

  it('lets a Basic keeper save one dashboard per tank and refuses the second with the limit', async () => {
    const basic = await signUpAndIn(runtime, undefined, 'BASIC');
    await recordPaidPlan(runtime, basic.userId, 'BASIC');
    const tankId = await tankOf(basic);
    const first = await save(basic, tankId, { name: 'Only one', charts: [{ testElementId: 'calcium', doseElementIds: ['calcium'] }] });
    expect(first.status).toBe(200);
    const second = await save(basic, tankId, { name: 'Second', charts: [{ testElementId: 'alkalinity', doseElementIds: [] }] });
    expect(second.status).toBe(403);
    expect(second.body).toMatchObject({ code: 'DASHBOARD_LIMIT', limit: 1 });
    expect(String(second.body.message)).toContain('1 saved dashboard per tank');
    // Editing the one it has stays open.
    const edit = await save(basic, tankId, {
      dashboardId: (first.body.dashboard as Json).dashboardId,
      name: 'Renamed',
      charts: [{ testElementId: 'alkalinity', doseElementIds: [] }],
    });
    expect(edit.status).toBe(200);
    expect((await list(basic, tankId)).body.limit).toEqual({ perTank: 1, saved: 1 });
  });

  it('lets only one of two racing saves take a Basic keeper’s one place', async () => {
    const basic = await signUpAndIn(runtime, undefined, 'BASIC');
    await recordPaidPlan(runtime, basic.userId, 'BASIC');
    const tankId = await tankOf(basic);

    const answers = await Promise.all(
      ['First', 'Second', 'Third'].map((name) => save(basic, tankId, { name, charts: [{ testElementId: 'calcium', doseElementIds: [] }] })),
    );

    expect(answers.map((a) => a.status).sort()).toEqual([200, 403, 403]);
    expect(answers.filter((a) => a.status === 403).map((a) => a.body.code)).toEqual(['DASHBOARD_LIMIT', 'DASHBOARD_LIMIT']);
    const listed = await list(basic, tankId);
    expect(listed.body.limit).toEqual({ perTank: 1, saved: 1 });
    // Deleting it frees the place for the next one.
    const kept = (listed.body.dashboards as Json[])[0];
    expect((await postApi(runtime, '/user/dashboard/delete', { tankId, dashboardId: kept.dashboardId }, basic)).status).toBe(200);
    expect((await save(basic, tankId, { name: 'Again', charts: [{ testElementId: 'calcium', doseElementIds: [] }] })).status).toBe(200);
  });

  it('still draws a dashboard saved as a bare dose-element selection, and keeps its old ids on edit', async () => {
    await doc.send(
      new PutCommand({
        TableName: `${runtime.env}-user-dashboard`,
        Item: {
          dashboard_id: 'legacy-1',
          user_id: pro.userId,
          tank_id: proTank,
          user_id_tank_id: `${pro.userId}#${proTank}`,
          name: 'From the old app',
          selected_element_ids: ['manganese-x', 'iron', 'no-such-product'],
          created_at: '2025-01-01T00:00:00.000Z',
        },
      }),
    );
    const legacy = ((await list(pro, proTank)).body.dashboards as Json[]).find((d) => d.dashboardId === 'legacy-1');
    expect(legacy).toMatchObject({
      name: 'From the old app',
      legacy: true,
      charts: [
        { testElementId: 'manganese', doseElementIds: ['manganese-x'] },
        { testElementId: 'iron', doseElementIds: ['iron'] },
      ],
    });
    const resaved = await save(pro, proTank, { dashboardId: 'legacy-1', name: 'From the old app', charts: legacy!.charts });
    expect(resaved.status).toBe(200);
    expect(resaved.body.dashboard).toMatchObject({
      charts: [{ testElementId: 'manganese', doseElementIds: ['manganese-x'] }, { testElementId: 'iron' }],
    });
  });
});
