import type { LocalRuntime } from '../../src/local/runtime';
import { postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';
import { type KeeperTank, doseRows, keeperWithTank, tableRows } from './dosing.factory';

interface Entry {
  entryId: string;
  elementId: string;
  amount: number;
  unit: string;
  source: string;
}
interface Day {
  date: string;
  entries: Entry[];
}

const amounts = (day: Day) => Object.fromEntries(day.entries.map((e) => [e.elementId, e.amount]));

describe('dose history on the local runtime', () => {
  let runtime: LocalRuntime;
  let tank: KeeperTank;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    tank = await keeperWithTank(runtime);
  });
  afterAll(() => runtime.stop());

  const save = (body: Record<string, unknown>, who = tank.keeper) =>
    postApi(runtime, '/dose/history/save', { tankId: tank.tankId, ...body }, who);
  const remove = (body: Record<string, unknown>) => postApi(runtime, '/dose/history/delete', { tankId: tank.tankId, ...body }, tank.keeper);
  const day = async (date: string) =>
    (await postApi(runtime, '/dose/history', { tankId: tank.tankId, date }, tank.keeper)).body as unknown as Day;

  it('logs a 3-day dose in one save as three dated records', async () => {
    const sut = await save({ date: '2025-01-30', entries: [{ elementId: 'iodine', amount: 2, unit: 'ml', days: 3 }] });

    expect(sut.status).toBe(200);
    expect((sut.body.days as Day[]).map((d) => d.date)).toEqual(['2025-01-30', '2025-01-31', '2025-02-01']);
    for (const date of ['2025-01-30', '2025-01-31', '2025-02-01']) {
      expect((await day(date)).entries).toEqual([
        expect.objectContaining({ entryId: 'manual#iodine', elementId: 'iodine', amount: 2, unit: 'ml', source: 'MANUAL' }),
      ]);
    }
    expect((await postApi(runtime, '/dose/history', { tankId: tank.tankId, date: '2025-02-02' }, tank.keeper)).status).toBe(404);
  });

  it('merges a second save into those dates without replacing other elements', async () => {
    const sut = await save({
      date: '2025-01-31',
      entries: [
        { elementId: 'potassium', amount: 5, unit: 'ml', days: 2 },
        { elementId: 'iodine', amount: 3, unit: 'ml' },
      ],
    });

    expect(sut.status).toBe(200);
    expect(amounts(await day('2025-01-30'))).toEqual({ iodine: 2 });
    expect(amounts(await day('2025-01-31'))).toEqual({ iodine: 3, potassium: 5 });
    expect(amounts(await day('2025-02-01'))).toEqual({ iodine: 2, potassium: 5 });
  });

  it('keeps the per-day and per-element aggregates in line with the records', async () => {
    const days = await tableRows<{ dose_date: string; entry_count: number; elements: Record<string, Record<string, number>> }>(
      runtime,
      'tank-dose-history',
      tank,
    );
    const elements = await tableRows<{ element_date: string; totals: Record<string, number> }>(runtime, 'tank-dose-elements', tank);

    expect(days.find((d) => d.dose_date === '2025-01-31')).toMatchObject({
      entry_count: 2,
      elements: { iodine: { ml: 3 }, potassium: { ml: 5 } },
    });
    expect(Object.fromEntries(elements.map((e) => [e.element_date, e.totals.ml]))).toMatchObject({
      'iodine#2025-01-30': 2,
      'iodine#2025-01-31': 3,
      'potassium#2025-02-01': 5,
    });
  });

  it('writes nothing when the same save is repeated', async () => {
    const before = await doseRows(runtime, tank);

    await save({
      date: '2025-01-31',
      entries: [
        { elementId: 'potassium', amount: 5, unit: 'ml', days: 2 },
        { elementId: 'iodine', amount: 3, unit: 'ml' },
      ],
    });

    expect(await doseRows(runtime, tank)).toEqual(before);
  });

  it('lists days newest first, within dates and up to a limit', async () => {
    const all = await postApi(runtime, '/dose/history/list', { tankId: tank.tankId }, tank.keeper);
    const ranged = await postApi(runtime, '/dose/history/list', { tankId: tank.tankId, from: '2025-01-31', to: '2025-02-01' }, tank.keeper);
    const limited = await postApi(runtime, '/dose/history/list', { tankId: tank.tankId, limit: 1 }, tank.keeper);

    expect((all.body.days as Day[]).map((d) => d.date)).toEqual(['2025-02-01', '2025-01-31', '2025-01-30']);
    expect((ranged.body.days as Day[]).map((d) => d.date)).toEqual(['2025-02-01', '2025-01-31']);
    expect(limited.body).toMatchObject({ hasMore: true, days: [{ date: '2025-02-01', label: '2 doses' }] });
  });

  it('deletes one entry, then the whole day', async () => {
    const one = await remove({ date: '2025-02-01', entryId: 'manual#potassium' });

    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ removedEntryIds: ['manual#potassium'], day: { entries: [{ entryId: 'manual#iodine' }] } });

    const whole = await remove({ date: '2025-02-01' });

    expect(whole.body).toMatchObject({ removedEntryIds: ['manual#iodine'], day: null });
    expect((await postApi(runtime, '/dose/history', { tankId: tank.tankId, date: '2025-02-01' }, tank.keeper)).status).toBe(404);
    expect((await tableRows<{ element_date: string }>(runtime, 'tank-dose-elements', tank)).map((e) => e.element_date)).not.toContain(
      'iodine#2025-02-01',
    );
  });

  it('answers 404 for a missing entry of an existing day', async () => {
    const sut = await remove({ date: '2025-01-30', entryId: 'manual#zinc' });

    expect(sut.status).toBe(404);
    expect(sut.body.message).toBe('Dose entry was not found');
  });

  describe('bad input writes nothing', () => {
    it.each([
      [
        'an element not in the tank’s catalog',
        [
          { elementId: 'iodine', amount: 1, unit: 'ml' },
          { elementId: 'unobtainium', amount: 1, unit: 'ml' },
        ],
        /unobtainium is not in the TRITON dose catalog/,
      ],
      ['a negative amount', [{ elementId: 'iodine', amount: -1, unit: 'ml' }], /amount must be zero or more/],
      ['an unknown unit', [{ elementId: 'iodine', amount: 1, unit: 'cups' }], /unit must be one of/],
      ['zero days', [{ elementId: 'iodine', amount: 1, unit: 'ml', days: 0 }], /days must be at least 1/],
      [
        'the same element twice',
        [
          { elementId: 'iodine', amount: 1, unit: 'ml' },
          { elementId: 'iodine', amount: 2, unit: 'ml', days: 2 },
        ],
        /iodine appears more than once/,
      ],
    ])('answers 400 for %s', async (_label, entries, message) => {
      const sut = await save({ date: '2025-03-01', entries });

      expect(sut.status).toBe(400);
      expect(sut.body.message).toMatch(message);
      expect((await doseRows(runtime, tank)).map((r) => r.dose_date)).not.toContain('2025-03-01');
    });

    it('answers 400 for a date that does not exist and for a reversed range', async () => {
      expect((await save({ date: '2025-02-30', entries: [{ elementId: 'iodine', amount: 1, unit: 'ml' }] })).body.message).toMatch(
        /date must be a date written YYYY-MM-DD/,
      );
      expect(
        (await postApi(runtime, '/dose/history/list', { tankId: tank.tankId, from: '2025-02-01', to: '2025-01-01' }, tank.keeper)).status,
      ).toBe(400);
    });

    it('answers 404 for another keeper’s tank, reading or writing', async () => {
      const other = await signUpAndIn(runtime);

      expect((await save({ date: '2025-03-02', entries: [{ elementId: 'iodine', amount: 1, unit: 'ml' }] }, other)).status).toBe(404);
      expect((await postApi(runtime, '/dose/history', { tankId: tank.tankId, date: '2025-01-30' }, other)).status).toBe(404);
      expect((await postApi(runtime, '/dose/history/delete', { tankId: tank.tankId, date: '2025-01-30' }, other)).status).toBe(404);
      expect((await doseRows(runtime, tank)).map((r) => r.dose_date)).not.toContain('2025-03-02');
    });
  });
});
