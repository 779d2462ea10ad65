import { seedDemoHistory } from '../../src/local/demo-history';
import type { LocalRuntime } from '../../src/local/runtime';
import { postApi, startTestRuntime } from '../support/test-runtime';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the demo tank a newcomer signs in to', () => {
  const demo = { email: 'demo@reefamatic.test', password: 'ReefDemo-2026' };
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startTestRuntime({ demo });
  });
  afterAll(async () => {
    await runtime.stop();
  });

  it('is filled once, through the API, with months of tests, doses, a program, corrections and reviews', async () => {
    const report = await seedDemoHistory(runtime.url, demo, new Date());
    expect(report).toMatchObject({ created: true, icpTests: 5, manualTests: 10 });
    expect(report.doseDays).toBeGreaterThanOrEqual(140);

    const signIn = (await (await fetch(`${runtime.url}/auth/sign-in`, { method: 'POST', body: JSON.stringify(demo) })).json()) as {
      idToken: string;
    };
    const user = { email: demo.email, idToken: signIn.idToken, userId: '' };
    const tankId = String(((await postApi(runtime, '/user', {}, user)).body.tanks as Json[])[0].tankId);
    const tests = (await postApi(runtime, '/test/history/list', { tankId }, user)).body.tests as Json[];
    expect(tests.filter((t) => t.kind === 'ICP' && t.status === 'DONE')).toHaveLength(5);
    expect(tests.filter((t) => t.kind === 'MANUAL' && t.status === 'DONE')).toHaveLength(10);

    const open = (await postApi(runtime, '/user/reef-reviews', { action: 'LIST', tankId }, user)).body.reviews as Json[];
    expect(open).toHaveLength(1);
    const latest = (await postApi(runtime, '/user/reef-reviews', { action: 'DETAIL', tankId, reviewId: open[0].reviewId }, user)).body
      .review as Json;
    expect(latest.draftProgramId).toEqual(expect.any(String));
    const programs = (await postApi(runtime, '/program/history/list', { tankId }, user)).body.programs as Json[];
    expect(programs.map((p) => p.status).sort()).toEqual(['active', 'draft']);

    const days = (await postApi(runtime, '/dose/history/list', { tankId, limit: 366 }, user)).body.days as Json[];
    const sources = new Set(days.flatMap((d) => (d.entries as Json[]).map((e) => e.source)));
    expect([...sources].sort()).toEqual(['ICP_CORRECTION', 'MANUAL', 'PROGRAM']);

    expect((await seedDemoHistory(runtime.url, demo, new Date())).created).toBe(false);
  }, 120_000);
});
