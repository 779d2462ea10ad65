import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('entry templates: /user/template, /save, /delete', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;
  let tankId: string;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime);
    const tank = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as Json[])[0];
    tankId = String(tank.tankId);
    await postApi(
      runtime,
      '/user/save',
      { tanks: [{ tankId, name: tank.name, volume: 300, volumeUnit: 'L', dosingMethod: 'CUSTOM', defaultLab: 'OCEAMO', timezone: 'UTC' }] },
      keeper,
    );
  });
  afterAll(async () => {
    await runtime.stop();
  });

  const save = (body: Json, user = keeper) => postApi(runtime, '/user/template/save', { tankId, ...body }, user);

  it('saves, lists, edits and deletes templates of each type', async () => {
    const tests = await save({
      type: 'TEST',
      name: ' Weekly kits ',
      elements: [{ elementId: 'alkalinity' }, { elementId: 'calcium' }, { elementId: 'iodine' }],
    });
    expect(tests.status).toBe(200);
    expect(tests.body.template).toMatchObject({
      type: 'TEST',
      name: 'Weekly kits',
      tankId,
      elements: [{ elementId: 'alkalinity' }, { elementId: 'calcium' }, { elementId: 'iodine' }],
    });
    const doses = await save({
      type: 'DOSE',
      name: 'Balling',
      elements: [
        { elementId: 'calcium', amount: 20, unit: 'ml' },
        { elementId: 'alkalinity', amount: 20, unit: 'ml' },
      ],
    });
    expect(doses.status).toBe(200);
    const program = await save({
      type: 'PROGRAM',
      name: 'Trace',
      elements: [{ elementId: 'iodine', amount: 1.5, unit: 'ml', weekdays: [4, 1, 1] }],
    });
    expect((program.body.template as Json).elements).toEqual([{ elementId: 'iodine', amount: 1.5, unit: 'ml', weekdays: [1, 4] }]);

    const all = (await postApi(runtime, '/user/template', { tankId }, keeper)).body.templates as Json[];
    expect(all.map((t) => t.name)).toEqual(['Trace', 'Balling', 'Weekly kits']);
    expect(
      ((await postApi(runtime, '/user/template', { tankId, type: 'DOSE' }, keeper)).body.templates as Json[]).map((t) => t.name),
    ).toEqual(['Balling']);

    const templateId = (doses.body.template as Json).templateId;
    const edited = await save({
      templateId,
      type: 'DOSE',
      name: 'Balling light',
      elements: [{ elementId: 'calcium', amount: 15, unit: 'ml' }],
    });
    expect(edited.body.template).toMatchObject({ templateId, name: 'Balling light', createdAt: (doses.body.template as Json).createdAt });
    expect((await save({ templateId, type: 'TEST', name: 'x', elements: [{ elementId: 'calcium' }] })).status).toBe(400);

    expect((await postApi(runtime, '/user/template/delete', { tankId, templateId }, keeper)).body).toEqual({ templateId, deleted: true });
    expect((await postApi(runtime, '/user/template', { tankId, type: 'DOSE' }, keeper)).body.templates as Json[]).toEqual([]);
  });

  it('refuses elements outside the tank’s catalogs, bad schedules and unknown types with a clear 400', async () => {
    const unknown = await save({ type: 'TEST', name: 'x', elements: [{ elementId: 'unobtainium' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain("unobtainium is not in this tank's test elements");
    expect((await save({ type: 'DOSE', name: 'x', elements: [{ elementId: 'core7-base-elements-1' }] })).status).toBe(400);
    expect((await save({ type: 'PROGRAM', name: 'x', elements: [{ elementId: 'iodine', amount: 1 }] })).body.message).toContain(
      'needs amount, unit and weekdays',
    );
    expect(
      (await save({ type: 'PROGRAM', name: 'x', elements: [{ elementId: 'iodine', amount: 1, unit: 'ml', weekdays: [9] }] })).status,
    ).toBe(400);
    expect((await save({ type: 'RECIPE', name: 'x', elements: [] })).status).toBe(400);
    expect((await postApi(runtime, '/user/template', { tankId, type: 'RECIPE' }, keeper)).status).toBe(400);
  });

  it('keeps every keeper’s templates to themselves', async () => {
    const mine = await save({ type: 'TEST', name: 'Mine', elements: [{ elementId: 'calcium' }] });
    const other = await signUpAndIn(runtime);
    const otherTank = String(((await postApi(runtime, '/user', {}, other)).body.tanks as Json[])[0].tankId);
    const templateId = (mine.body.template as Json).templateId;
    expect((await postApi(runtime, '/user/template', { tankId }, other)).status).toBe(404);
    expect((await postApi(runtime, '/user/template/delete', { tankId: otherTank, templateId }, other)).status).toBe(404);
    expect(
      (
        await postApi(
          runtime,
          '/user/template/save',
          { tankId: otherTank, templateId, type: 'TEST', name: 'Stolen', elements: [{ elementId: 'calcium' }] },
          other,
        )
      ).status,
    ).toBe(404);
    expect(
      ((await postApi(runtime, '/user/template', { tankId, type: 'TEST' }, keeper)).body.templates as Json[]).map((t) => t.name),
    ).toContain('Mine');
  });
});
