import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';
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

interface Program {
  programId: string;
  status: string;
  startDate: string;
  endDate?: string;
  elements: { elementId: string; amount: number; weekdays: number[] }[];
}

/** Every date from `from` to `to` on one of the weekdays. */
function expectedDates(from: string, to: string, weekdays: number[]): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = shiftDate(date, 1)) if (weekdays.includes(weekdayOfDate(date))) dates.push(date);
  return dates;
}

describe('dosing programs on the local runtime', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.stop());

  const saveProgram = (tank: KeeperTank, overrides: Record<string, unknown> = {}, who = tank.keeper) =>
    postApi(runtime, '/program/history/save', programPayload(tank.tankId, overrides), who);
  const datesWith = async (tank: KeeperTank, entryId: string) =>
    (await doseRows(runtime, tank))
      .filter((r) => r.entries[entryId])
      .map((r) => r.dose_date)
      .sort();

  describe('a program started 30 days ago on Monday, Wednesday and Friday', () => {
    let tank: KeeperTank;
    let program: Program;
    let today: string;

    beforeAll(async () => {
      tank = await keeperWithTank(runtime, { timezone: 'Europe/Berlin' });
      today = todayIn(tank.timezone);
      const saved = await saveProgram(tank, {
        startDate: shiftDate(today, -30),
        elements: [
          { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] },
          { elementId: 'iron', amount: 1, unit: 'ml', weekdays: [3] },
        ],
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ kind: 'created', backfillQueued: true });
      program = saved.body.program as Program;
      await queueDrained(runtime, 'dose-generate-past-dose');
    });

    it('gets exactly the matching past dose records, through today', async () => {
      expect(await datesWith(tank, `program#${program.programId}#iodine`)).toEqual(expectedDates(shiftDate(today, -30), today, [1, 3, 5]));
      expect(await datesWith(tank, `program#${program.programId}#iron`)).toEqual(expectedDates(shiftDate(today, -30), today, [3]));
      expect((await doseRows(runtime, tank)).map((r) => r.dose_date).sort()).toEqual(
        expectedDates(shiftDate(today, -30), today, [1, 3, 5]),
      );
    });

    it('writes nothing new when the backfill runs again', async () => {
      const before = await doseRows(runtime, tank);

      const sut = await runtime.functions.invoke<{ batchItemFailures: unknown[] }>(
        'program-backfill',
        sqsEvent('dose-generate-past-dose', { userId: tank.keeper.userId, tankId: tank.tankId, programId: program.programId }),
      );

      expect(sut.batchItemFailures).toEqual([]);
      expect(await doseRows(runtime, tank)).toEqual(before);
    });

    it('versions the program when its dosing is edited: the old one ends yesterday and history stays', async () => {
      const historyBefore = (await doseRows(runtime, tank)).filter((r) => r.dose_date < today);

      const sut = await saveProgram(tank, {
        programId: program.programId,
        startDate: program.startDate,
        elements: [{ elementId: 'iodine', amount: 3, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] }],
      });
      await queueDrained(runtime, 'dose-generate-past-dose');

      expect(sut.status).toBe(200);
      expect(sut.body).toMatchObject({
        kind: 'versioned',
        closed: { programId: program.programId, status: 'inactive', endDate: shiftDate(today, -1) },
      });
      const successor = sut.body.program as Program & { previousProgramId: string };
      expect(successor).toMatchObject({ status: 'active', startDate: today, previousProgramId: program.programId });
      expect(
        (await postApi(runtime, '/program/history', { tankId: tank.tankId, programId: program.programId }, tank.keeper)).body,
      ).toMatchObject({ status: 'inactive', endDate: shiftDate(today, -1), startDate: program.startDate });
      expect((await doseRows(runtime, tank)).filter((r) => r.dose_date < today)).toEqual(historyBefore);
      const todayRow = (await doseRows(runtime, tank)).find((r) => r.dose_date === today)!;
      expect(Object.keys(todayRow.entries)).toEqual([`program#${successor.programId}#iodine`]);
      expect(todayRow.entries[`program#${successor.programId}#iodine`].amount).toBe(3);
    });

    it('lists both versions, one active', async () => {
      const sut = await postApi(runtime, '/program/history/list', { tankId: tank.tankId }, tank.keeper);

      expect((sut.body.programs as Program[]).map((p) => p.status).sort()).toEqual(['active', 'inactive']);
    });
  });

  describe('activating a RaM draft', () => {
    it('closes the active program and stores what the keeper changed in the suggestion', async () => {
      const tank = await keeperWithTank(runtime);
      const today = todayIn(tank.timezone);
      const active = (await saveProgram(tank, { startDate: shiftDate(today, -10) })).body.program as Program;
      const suggestion = [
        { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] },
        { elementId: 'potassium', amount: 4, unit: 'ml', weekdays: [2] },
      ];
      const draft = (
        await saveProgram(tank, { status: 'draft', startDate: today, elements: suggestion, source: { kind: 'RAM_DRAFT', suggestion } })
      ).body.program as Program;

      const sut = await saveProgram(tank, {
        programId: draft.programId,
        status: 'active',
        startDate: today,
        elements: [suggestion[0], { ...suggestion[1], weekdays: [2, 4] }],
      });

      expect(sut.status).toBe(200);
      expect(sut.body).toMatchObject({
        kind: 'activated',
        program: { programId: draft.programId, status: 'active' },
        closed: { programId: active.programId, status: 'inactive', endDate: shiftDate(today, -1) },
      });
      const feedback = sut.body.feedback as { feedbackId: string; changes: unknown[] };
      expect(feedback.changes).toEqual([
        expect.objectContaining({ elementId: 'potassium', kind: 'changed', amountChanged: false, weekdaysAdded: [4], weekdaysRemoved: [] }),
      ]);
      const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: 'eu-central-1' }));
      const { Item } = await client.send(
        new GetCommand({ TableName: `${runtime.env}-program-draft-feedback`, Key: { feedback_id: feedback.feedbackId } }),
      );
      client.destroy();
      expect(Item).toMatchObject({
        entity_type: 'DRAFT_FEEDBACK',
        program_id: draft.programId,
        user_id_tank_id: `${tank.keeper.userId}#${tank.tankId}`,
        suggestion: expect.any(Array),
        activated: expect.any(Array),
      });
    });

    it('stores no feedback when the suggestion is activated unchanged', async () => {
      const tank = await keeperWithTank(runtime);
      const suggestion = [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1] }];
      const draft = (await saveProgram(tank, { status: 'draft', elements: suggestion, source: { kind: 'RAM_DRAFT', suggestion } })).body
        .program as Program;

      const sut = await saveProgram(tank, { programId: draft.programId, status: 'active', elements: suggestion });

      expect(sut.body).toMatchObject({ kind: 'activated' });
      expect(sut.body.feedback).toBeUndefined();
    });
  });

  describe('bad input writes nothing', () => {
    let tank: KeeperTank;
    beforeAll(async () => {
      tank = await keeperWithTank(runtime);
    });
    const programCount = async () =>
      ((await postApi(runtime, '/program/history/list', { tankId: tank.tankId }, tank.keeper)).body.programs as Program[]).length;

    it.each([
      [
        'a weekday outside 0–6',
        { elements: [{ elementId: 'iodine', amount: 1, unit: 'ml', weekdays: [1, 7] }] },
        /weekdays must be whole numbers from 0 \(Sunday\) to 6/,
      ],
      ['a negative amount', { elements: [{ elementId: 'iodine', amount: -1, unit: 'ml', weekdays: [1] }] }, /amount must be zero or more/],
      ['an end before the start', { startDate: '2025-03-10', endDate: '2025-03-01' }, /endDate must not be before startDate/],
      [
        'an element not in the tank’s catalog',
        {
          elements: [
            { elementId: 'iodine', amount: 1, unit: 'ml', weekdays: [1] },
            { elementId: 'balling-light-kh', amount: 1, unit: 'ml', weekdays: [1] },
          ],
        },
        /balling-light-kh is not in the TRITON dose catalog/,
      ],
      ['an unknown status', { status: 'paused' }, /status must be one of active, draft, inactive/],
    ])('answers 400 for %s', async (_label, overrides, message) => {
      const before = await programCount();

      const sut = await saveProgram(tank, overrides);

      expect(sut.status).toBe(400);
      expect(sut.body.message).toMatch(message);
      expect(await programCount()).toBe(before);
    });

    it('answers 404 for a program id of another keeper, and leaves it alone', async () => {
      const other = await signUpAndIn(runtime);
      const program = (await saveProgram(tank, { status: 'draft' })).body.program as Program;
      const asOther = (path: string, body: Record<string, unknown>) =>
        postApi(runtime, path, { tankId: tank.tankId, programId: program.programId, ...body }, other);

      expect((await asOther('/program/history', {})).status).toBe(404);
      expect((await asOther('/program/history/delete', {})).status).toBe(404);
      const otherTank = await keeperWithTank(runtime);
      const hijack = await saveProgram(otherTank, { programId: program.programId, name: 'Mine now' });
      expect(hijack.status).toBe(404);
      expect(hijack.body.message).toBe('Program was not found');
      expect(
        (await postApi(runtime, '/program/history', { tankId: tank.tankId, programId: program.programId }, tank.keeper)).body,
      ).toMatchObject({ name: 'Trace program', status: 'draft' });
    });

    it('refuses to turn the active program back into a draft', async () => {
      const active = (await saveProgram(tank, { startDate: shiftDate(todayIn('UTC'), 3) })).body.program as Program;

      const sut = await saveProgram(tank, { programId: active.programId, status: 'draft', startDate: active.startDate });

      expect(sut.status).toBe(400);
      expect(sut.body.message).toMatch(/cannot become a draft/);
    });
  });

  it('deletes a program and keeps the doses it generated', async () => {
    const tank = await keeperWithTank(runtime);
    const today = todayIn(tank.timezone);
    const program = (
      await saveProgram(tank, {
        startDate: shiftDate(today, -6),
        elements: [{ elementId: 'iodine', amount: 1, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] }],
      })
    ).body.program as Program;
    await queueDrained(runtime, 'dose-generate-past-dose');

    const sut = await postApi(runtime, '/program/history/delete', { tankId: tank.tankId, programId: program.programId }, tank.keeper);

    expect(sut.body).toEqual({ tankId: tank.tankId, programId: program.programId, deleted: true });
    expect((await postApi(runtime, '/program/history', { tankId: tank.tankId, programId: program.programId }, tank.keeper)).status).toBe(
      404,
    );
    expect(await datesWith(tank, `program#${program.programId}#iodine`)).toHaveLength(7);
  });
});
