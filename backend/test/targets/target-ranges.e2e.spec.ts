import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TargetOverrideRepository } from '../../src/modules/targets/target-override.repository';
import { postApi, signUpAndIn } from '../support/test-runtime';
import { keeperRuntime } from './keeper-runtime';

interface TankRange {
  elementId: string;
  name: string;
  unit: string;
  category: string;
  current: Record<string, unknown>;
  methodDefault?: Record<string, unknown>;
  version?: number;
  history: { version: number; low?: number; high?: number; target?: number; activeFrom: string; activeTo?: string }[];
}

describe('/user/target-ranges: versioned custom ranges over the Moonshiners defaults', () => {
  const ctx = keeperRuntime();

  const ranges = (body: Record<string, unknown>) => body.ranges as TankRange[];
  const rangeOf = (body: Record<string, unknown>, elementId: string) => ranges(body).find((r) => r.elementId === elementId)!;
  const call = (body: Record<string, unknown>, user = ctx.keeper) =>
    postApi(ctx.runtime, '/user/target-ranges', { tankId: ctx.tankId, ...body }, user);
  const storedRows = async (elementId: string) =>
    ((
      await ctx.doc.send(
        new QueryCommand({
          TableName: ctx.table('element-target-override'),
          KeyConditionExpression: 'user_id_tank_id = :k AND begins_with(element_version, :e)',
          ExpressionAttributeValues: { ':k': `${ctx.keeper.userId}#${ctx.tankId}`, ':e': `${elementId}#` },
          ConsistentRead: true,
        }),
      )
    ).Items ?? []) as Record<string, unknown>[];

  it('lists every Moonshiners element with its method default, the parameters it leaves open with a cited reference, and pollutants with their hazard threshold', async () => {
    const sut = await call({ action: 'LIST' });

    expect(sut.status).toBe(200);
    expect(sut.body).toMatchObject({ tankId: ctx.tankId, method: 'MOONSHINERS' });
    // 41 Moonshiners rows and 7 reference rows (alkalinity, pH, salinity, temperature, ammonia, nitrite, silicate).
    expect(ranges(sut.body)).toHaveLength(48);
    expect(rangeOf(sut.body, 'calcium')).toEqual({
      elementId: 'calcium',
      name: 'Calcium',
      unit: 'mg/l',
      category: 'major',
      current: { source: 'METHOD', sourceName: 'Moonshiners method', low: 400, high: 460, target: 430 },
      methodDefault: { source: 'METHOD', sourceName: 'Moonshiners method', low: 400, high: 460, target: 430 },
      history: [],
    });
    expect(rangeOf(sut.body, 'arsenic')).toMatchObject({
      category: 'pollutant',
      unit: 'µg/l',
      current: { source: 'HAZARD_FALLBACK', sourceName: 'RaM safety limit', high: 5 },
    });
    expect(rangeOf(sut.body, 'temperature')).toMatchObject({
      unit: '°C',
      current: { source: 'REFERENCE', sourceName: 'Reef aquarium practice (Holmes-Farley 2004)', low: 24, high: 28, target: 26 },
    });
    expect(
      ranges(sut.body)
        .filter((r) => !r.current.sourceName)
        .map((r) => r.elementId),
    ).toEqual([]);
    const sources = sut.body.sources as { id: string; name: string; citation: string }[];
    expect(sources.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Moonshiners method', 'Reef aquarium practice (Holmes-Farley 2004)', 'RaM safety limit']),
    );
    expect(sources.every((s) => s.citation.length > 20)).toBe(true);
    expect(rangeOf(sut.body, 'phosphate').name).toBe('Phosphate');
    expect(ranges(sut.body)[0].elementId).toBe('alkalinity');
  });

  it('saves new versions, closes the previous one each time, and resets to the method default', async () => {
    const first = await call({ action: 'SAVE', elementId: 'magnesium', low: 1300, high: 1450, target: 1400 });
    expect(first.status).toBe(200);
    expect(rangeOf(first.body, 'magnesium')).toMatchObject({
      current: { source: 'CUSTOM', sourceName: 'Your own range', low: 1300, high: 1450, target: 1400 },
      methodDefault: { source: 'METHOD', sourceName: 'Moonshiners method', low: 1280, high: 1420, target: 1350 },
      version: 1,
      history: [{ version: 1, low: 1300, high: 1450, target: 1400, activeFrom: expect.any(String) }],
    });

    const second = rangeOf((await call({ action: 'SAVE', elementId: 'magnesium', low: 1320 })).body, 'magnesium');
    expect(second).toMatchObject({ current: { source: 'CUSTOM', low: 1320 }, version: 2 });
    expect(second.current).not.toHaveProperty('high');
    expect(second.history.map((h) => [h.version, h.activeTo === undefined])).toEqual([
      [2, true],
      [1, false],
    ]);

    const reset = rangeOf((await call({ action: 'RESET', elementId: 'magnesium' })).body, 'magnesium');
    expect(reset.current).toEqual({ source: 'METHOD', sourceName: 'Moonshiners method', low: 1280, high: 1420, target: 1350 });
    expect(reset.version).toBeUndefined();
    expect(reset.history.every((h) => h.activeTo !== undefined)).toBe(true);

    const third = rangeOf((await call({ action: 'SAVE', elementId: 'magnesium', high: 1500 })).body, 'magnesium');
    expect(third).toMatchObject({ version: 3, current: { source: 'CUSTOM', high: 1500 } });
    expect((await storedRows('magnesium')).filter((r) => r.active_tank_key !== undefined).map((r) => r.version)).toEqual([3]);
  });

  it('answers a RESET without an active custom range with the list unchanged', async () => {
    const before = await call({ action: 'LIST' });
    const sut = await call({ action: 'RESET', elementId: 'strontium' });

    expect(sut.status).toBe(200);
    expect(sut.body).toEqual(before.body);
  });

  it('accepts a custom range over a reference default (alkalinity in dKH) and resets to the reference', async () => {
    const reference = { source: 'REFERENCE', sourceName: 'Reef aquarium practice (Holmes-Farley 2004)', low: 7, high: 11, target: 8 };
    const saved = rangeOf((await call({ action: 'SAVE', elementId: 'alkalinity', low: 7, high: 8.5, target: 7.8 })).body, 'alkalinity');
    expect(saved).toEqual({
      elementId: 'alkalinity',
      name: 'Alkalinity',
      unit: 'dKH',
      category: 'base',
      current: { source: 'CUSTOM', sourceName: 'Your own range', low: 7, high: 8.5, target: 7.8 },
      methodDefault: reference,
      version: 1,
      history: [{ version: 1, low: 7, high: 8.5, target: 7.8, activeFrom: expect.any(String) }],
    });

    const reset = rangeOf((await call({ action: 'RESET', elementId: 'alkalinity' })).body, 'alkalinity');
    expect(reset.current).toEqual(reference);
    expect(reset.history).toHaveLength(1);
  });

  it.each([
    ['an unknown element', { action: 'SAVE', elementId: 'unobtainium', low: 1 }, /Unknown element "unobtainium"/],
    ['low above high', { action: 'SAVE', elementId: 'calcium', low: 470, high: 400 }, /low must not be above high/],
    ['a target below low', { action: 'SAVE', elementId: 'calcium', low: 400, high: 460, target: 390 }, /target must not be below low/],
    ['a target above high', { action: 'SAVE', elementId: 'calcium', high: 460, target: 470 }, /target must not be above high/],
    ['no bound', { action: 'SAVE', elementId: 'calcium', target: 430 }, /at least a low or a high bound/],
    ['a negative bound', { action: 'SAVE', elementId: 'calcium', low: -1, high: 400 }, /low must be zero or more/],
    ['a bound that is not a number', { action: 'SAVE', elementId: 'calcium', low: '400' }, /low must be a number/],
    ['a SAVE without element', { action: 'SAVE', low: 400 }, /elementId must be a string/],
    ['an unknown action', { action: 'DELETE', elementId: 'calcium' }, /action must be one of LIST, SAVE, RESET/],
    ['a field the API does not know', { action: 'LIST', colour: 'blue' }, /colour should not exist/],
    ['a RESET of an unknown element', { action: 'RESET', elementId: 'unobtainium' }, /Unknown element/],
  ])('refuses %s with a 400 and a clear message, writing nothing', async (_, body, message) => {
    const sut = await call(body);

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(message);
    expect(await storedRows('calcium')).toEqual([]);
  });

  it('answers 404 for a tank of another keeper, for every action', async () => {
    const stranger = await signUpAndIn(ctx.runtime);

    for (const body of [
      { action: 'LIST' },
      { action: 'SAVE', elementId: 'calcium', low: 400 },
      { action: 'RESET', elementId: 'calcium' },
    ]) {
      const sut = await call(body, stranger);
      expect([body.action, sut.status]).toEqual([body.action, 404]);
    }
    expect(await storedRows('calcium')).toEqual([]);
  });

  it('never leaves two active rows when saves of one element race', async () => {
    const answers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) => call({ action: 'SAVE', elementId: 'potassium', low: 380 + i, high: 440 })),
    );

    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
    const saved = answers.filter((a) => a.status === 200).length;
    expect(saved).toBeGreaterThan(0);
    const rows = await storedRows('potassium');
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: saved }, (_, i) => i + 1));
    const active = rows.filter((r) => r.active_tank_key !== undefined);
    expect(active.map((r) => r.version)).toEqual([saved]);
    expect(rows.filter((r) => r.active_to === undefined)).toEqual(active);
    expect(rangeOf((await call({ action: 'LIST' })).body, 'potassium')).toMatchObject({
      version: saved,
      current: { source: 'CUSTOM', low: active[0].low },
    });
  });

  it('refuses a change made from a stale read: the active row must still be active and the next version free', async () => {
    const tank = { userId: ctx.keeper.userId, tankId: ctx.tankId };
    await call({ action: 'SAVE', elementId: 'boron', low: 4.3 });
    const overrides = new TargetOverrideRepository();
    const now = new Date().toISOString();

    // A writer that read before version 1 existed, and one that read version 1 as active after it was closed.
    expect(await overrides.replaceActive(tank, 'boron', { latestVersion: 0 }, { low: 4.4, unit: 'mg/l' }, now)).toBe(false);
    await call({ action: 'SAVE', elementId: 'boron', low: 4.5 });
    expect(await overrides.replaceActive(tank, 'boron', { latestVersion: 2, activeVersion: 1 }, { low: 4.6, unit: 'mg/l' }, now)).toBe(
      false,
    );
    expect(await overrides.closeActive(tank, 'boron', 1, now)).toBe(false);

    const rows = await storedRows('boron');
    expect(rows.map((r) => [r.version, r.low, r.active_tank_key !== undefined])).toEqual([
      [1, 4.3, false],
      [2, 4.5, true],
    ]);
  });
});
