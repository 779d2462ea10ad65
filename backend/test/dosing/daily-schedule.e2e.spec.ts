import { SCHEDULES } from '../../src/catalogue';
import type { LocalRuntime } from '../../src/local/runtime';
import { scheduledEvent } from '../../src/local/scheduler';
import { postApi, startTestRuntime } from '../support/test-runtime';
import {
  type KeeperTank,
  doseRows,
  keeperWithTank,
  programPayload,
  queueDrained,
  shiftDate,
  sqsEvent,
  todayIn,
  weekdayOfDate,
} from './dosing.factory';

const schedule = SCHEDULES.find((s) => s.name === 'apply-daily-dose')!;

/** The first Monday at least `daysAhead` days after today (UTC), so no backfill reaches it. */
function mondayAhead(daysAhead: number): string {
  let date = shiftDate(todayIn('UTC'), daysAhead);
  while (weekdayOfDate(date) !== 1) date = shiftDate(date, 1);
  return date;
}

describe('the daily dose schedule on the local runtime', () => {
  let runtime: LocalRuntime;
  const monday = mondayAhead(4);
  const firedAt = new Date(`${monday}T01:00:00Z`);

  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.stop());

  const fire = async (at: Date) => {
    await runtime.functions.invoke('apply-daily-dose', scheduledEvent(schedule, runtime.env, at));
    await queueDrained(runtime, 'dose-save-daily-dose');
  };
  const activeProgram = async (tank: KeeperTank, startDate: string, elements: unknown[]) => {
    const { status, body } = await postApi(
      runtime,
      '/program/history/save',
      programPayload(tank.tankId, { startDate, elements }),
      tank.keeper,
    );
    expect(status).toBe(200);
    expect(body.backfillQueued).toBe(false);
    return (body.program as { programId: string }).programId;
  };
  const dose = (elementId: string, weekdays: number[]) => ({ elementId, amount: 1.5, unit: 'ml', weekdays });

  it('records one entry per due element even when it fires twice for the same day', async () => {
    const tank = await keeperWithTank(runtime, { timezone: 'UTC' });
    const programId = await activeProgram(tank, monday, [dose('iodine', [1]), dose('iron', [1, 2]), dose('zinc', [2])]);

    await fire(firedAt);
    const first = await doseRows(runtime, tank);
    await fire(firedAt);

    expect(first.map((r) => r.dose_date)).toEqual([monday]);
    expect(Object.keys(first[0].entries).sort()).toEqual([`program#${programId}#iodine`, `program#${programId}#iron`]);
    expect(first[0].entries[`program#${programId}#iodine`]).toMatchObject({ amount: 1.5, unit: 'ml', source: 'PROGRAM' });
    expect(await doseRows(runtime, tank)).toEqual(first);
  });

  it('doses nothing for a program that has not started by the tank’s local date', async () => {
    const tank = await keeperWithTank(runtime, { timezone: 'UTC' });
    await activeProgram(tank, shiftDate(monday, 1), [dose('iodine', [0, 1, 2, 3, 4, 5, 6])]);

    await fire(firedAt);

    expect(await doseRows(runtime, tank)).toEqual([]);
  });

  describe('at 01:00 UTC the weekday is the tank’s local one', () => {
    it('is still Sunday in Honolulu (UTC−10) and already Monday in Tongatapu (UTC+13)', async () => {
      const honolulu = await keeperWithTank(runtime, { timezone: 'Pacific/Honolulu' });
      const tongatapu = await keeperWithTank(runtime, { timezone: 'Pacific/Tongatapu' });
      const sunday = shiftDate(monday, -1);
      const elements = [dose('strontium', [0]), dose('potassium', [1])];
      const inHonolulu = await activeProgram(honolulu, sunday, elements);
      const inTongatapu = await activeProgram(tongatapu, sunday, elements);

      await fire(firedAt);

      const honoluluRows = await doseRows(runtime, honolulu);
      const tongatapuRows = await doseRows(runtime, tongatapu);
      expect(honoluluRows.map((r) => [r.dose_date, Object.keys(r.entries)])).toEqual([[sunday, [`program#${inHonolulu}#strontium`]]]);
      expect(tongatapuRows.map((r) => [r.dose_date, Object.keys(r.entries)])).toEqual([[monday, [`program#${inTongatapu}#potassium`]]]);
    });
  });

  it('reports only the malformed message of a batch as failed', async () => {
    const tank = await keeperWithTank(runtime);
    const good = {
      userId: tank.keeper.userId,
      tankId: tank.tankId,
      programId: 'p-manual',
      elementId: 'iodine',
      amount: 1,
      unit: 'ml',
      date: '2025-05-05',
    };
    const event = sqsEvent('dose-save-daily-dose', good, { ...good, date: 'yesterday' }, 'not json');

    const sut = await runtime.functions.invoke<{ batchItemFailures: { itemIdentifier: string }[] }>('daily-dose-save', event);

    expect(sut.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(
      [event.Records[1].messageId, event.Records[2].messageId].sort(),
    ); // records run in parallel
    expect((await doseRows(runtime, tank)).map((r) => Object.keys(r.entries))).toEqual([['program#p-manual#iodine']]);
  });
});
