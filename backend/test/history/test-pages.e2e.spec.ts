import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { addDays } from '../../src/domain/dosing/calendar';
import { postApi, signUpAndIn } from '../support/test-runtime';
import { keeperRuntime } from '../targets/keeper-runtime';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('/test/history/list: every test, newest first, a page at a time, by kind and lab', () => {
  const ctx = keeperRuntime('TRIAL');
  const today = new Date().toISOString().slice(0, 10);
  const daysAgo = (n: number) => addDays(today, -n);
  const list = (body: Json, user = ctx.keeper) => postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId, ...body }, user);

  /** A finished ICP report's header as the evaluation leaves it (the element rows do not matter to the list). */
  const icpHeader = (testId: string, date: string, lab: string) =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table('test-history'),
        Item: {
          test_id: testId,
          item: 'HEADER',
          user_id: ctx.keeper.userId,
          tank_id: ctx.tankId,
          user_id_tank_id: `${ctx.keeper.userId}#${ctx.tankId}`,
          test_date_id: `${date}#${testId}`,
          test_date: date,
          kind: 'ICP',
          lab,
          status: 'DONE',
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        },
      }),
    );

  beforeAll(async () => {
    for (let i = 1; i <= 7; i += 1) {
      const saved = await postApi(
        ctx.runtime,
        '/test/history/save',
        { tankId: ctx.tankId, date: daysAgo(i * 2), elements: [{ elementId: 'calcium', value: 400 + i }] },
        ctx.keeper,
      );
      expect(saved.status).toBe(200);
    }
    await icpHeader('icp-oceamo-1', daysAgo(3), 'OCEAMO');
    await icpHeader('icp-triton-1', daysAgo(9), 'TRITON');
    await icpHeader('icp-oceamo-2', daysAgo(30), 'OCEAMO');
  });

  it('pages through all tests newest first without losing or repeating one', async () => {
    const seen: Json[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list({ limit: 4, ...(cursor ? { cursor } : {}) });
      expect(page.status).toBe(200);
      seen.push(...(page.body.tests as Json[]));
      cursor = page.body.nextCursor as string | undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(10);
    expect(new Set(seen.map((t) => t.id)).size).toBe(10);
    const dates = seen.map((t) => String(t.date));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by kind and by lab, and pages the filtered list', async () => {
    const icp = await list({ kind: 'ICP' });
    expect((icp.body.tests as Json[]).map((t) => t.id)).toEqual(['icp-oceamo-1', 'icp-triton-1', 'icp-oceamo-2']);
    expect(icp.body).not.toHaveProperty('nextCursor');

    const manual = await list({ kind: 'MANUAL', limit: 5 });
    expect((manual.body.tests as Json[]).every((t) => t.kind === 'MANUAL')).toBe(true);
    expect(manual.body.tests).toHaveLength(5);
    const rest = await list({ kind: 'MANUAL', limit: 5, cursor: manual.body.nextCursor });
    expect(rest.body.tests).toHaveLength(2);

    const oceamo = await list({ lab: 'OCEAMO', limit: 1 });
    expect((oceamo.body.tests as Json[]).map((t) => t.id)).toEqual(['icp-oceamo-1']);
    const next = await list({ lab: 'OCEAMO', limit: 1, cursor: oceamo.body.nextCursor });
    expect((next.body.tests as Json[]).map((t) => t.id)).toEqual(['icp-oceamo-2']);
  });

  it.each([
    ['an unknown kind', { kind: 'KIT' }, 'kind must be ICP or MANUAL'],
    ['an unknown lab', { lab: 'ACME' }, 'lab must be one of'],
    ['a made-up cursor', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor is not one this list gave out'],
  ])('refuses %s with a 400', async (_case, body, message) => {
    const answer = await list(body);
    expect(answer.status).toBe(400);
    expect(String(answer.body.message)).toContain(message);
  });

  it('refuses a cursor from another keeper’s tank', async () => {
    const first = await list({ limit: 2 });
    const other = await signUpAndIn(ctx.runtime);
    const otherTank = String(((await postApi(ctx.runtime, '/user', {}, other)).body.tanks as Json[])[0].tankId);
    const answer = await postApi(ctx.runtime, '/test/history/list', { tankId: otherTank, cursor: first.body.nextCursor }, other);
    expect(answer.status).toBe(400);
  });
});
