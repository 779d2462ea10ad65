import fc from 'fast-check';
import { ROUTES } from '../../src/catalogue';
import type { LocalRuntime } from '../../src/local/runtime';
import { recordPaidPlan } from '../support/paid-plan';
import { type KnownIds, bodiesFor, catalogueRoutesWithBodies } from '../support/route-bodies';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

// Bounded: a fixed seed and a fixed number of bodies per route; every request goes to loopback.
const RUNS_PER_ROUTE = 30;
const RAW_RUNS = 150;
const SEED = 20;

/** What no answer may contain: a stack trace or a path on the server. */
const LEAKS = /\bat [\w$.<>]+ \(|node_modules|\/work\/|\/var\/task|\.ts:\d+|\.js:\d+|Error: /;

interface Answer {
  readonly status: number;
  readonly text: string;
}

async function send(
  runtime: LocalRuntime,
  path: string,
  body: string,
  headers: Record<string, string>,
  user?: SignedInUser,
): Promise<Answer> {
  const response = await fetch(`${runtime.url}/api${path}`, {
    method: 'POST',
    headers: { ...headers, ...(user ? { authorization: `Bearer ${user.idToken}` } : {}) },
    body,
  });
  return { status: response.status, text: await response.text() };
}

function assertHarmless(answer: Answer, what: string): void {
  if (answer.status >= 500) throw new Error(`${what} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (LEAKS.test(answer.text)) throw new Error(`${what} leaked server details: ${answer.text.slice(0, 300)}`);
  if (answer.text) JSON.parse(answer.text); // every answer is JSON
}

describe('fuzzing every catalogued route with bodies shaped after its DTO', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;
  let admin: SignedInUser;
  let known: KnownIds;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime, undefined, 'PRO');
    await recordPaidPlan(runtime, keeper.userId, 'PRO');
    const signIn = await fetch(`${runtime.url}/auth/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@reefamatic.test', password: 'AdminPass-1' }),
    });
    admin = { email: 'admin@reefamatic.test', idToken: ((await signIn.json()) as { idToken: string }).idToken, userId: 'admin' };
    const tankId = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as { tankId: string }[])[0].tankId;
    const manual = await postApi(
      runtime,
      '/test/history/save',
      { tankId, testDate: '2026-01-10', elements: [{ elementId: 'ca', value: 420 }] },
      keeper,
    );
    known = {
      tankId: [tankId, 'tank-of-nobody'],
      testId: [String(manual.body.testId ?? manual.body.id ?? 'no-test'), 'test-of-nobody'],
      elementId: ['ca', 'mg', 'kh', 'no3', 'po4'],
      email: [keeper.email],
    };
  }, 60_000);
  afterAll(() => runtime.stop());

  it('covers every route of the catalogue', async () => {
    const routes = await catalogueRoutesWithBodies();

    expect(routes.map((r) => r.route.path)).toEqual(ROUTES.map((r) => r.path));
  });

  it('answers only 2xx or 4xx, with no stack and no path, to generated bodies on every route', async () => {
    // Saving the profile may replace the keeper's tanks, which every other route needs: it goes last.
    const routes = (await catalogueRoutesWithBodies()).sort(
      (a, b) => Number(a.route.path === '/user/save') - Number(b.route.path === '/user/save'),
    );
    for (const { route, dto } of routes) {
      const caller = route.auth === 'admin' ? admin : route.auth === 'user' ? keeper : undefined;
      await fc.assert(
        fc.asyncProperty(bodiesFor(dto, known), async (body) => {
          const answer = await send(runtime, route.path, JSON.stringify(body), { 'content-type': 'application/json' }, caller);
          assertHarmless(answer, `POST ${route.path} ${JSON.stringify(body).slice(0, 200)}`);
        }),
        { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true },
      );
    }
  }, 240_000);

  it('answers only 2xx or 4xx to raw bodies, types and encodings on every route', async () => {
    const paths = ROUTES.map((r) => r.path);
    const headers = fc.record(
      {
        'content-type': fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/json; charset=iso-8859-1',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          '',
          'application/json; charset',
        ),
        'content-encoding': fc.constantFrom('gzip', 'br', 'deflate', 'identity', 'x-unknown'),
      },
      { requiredKeys: ['content-type'] },
    );
    const raw = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.integer({ min: 1, max: 2000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
      fc.integer({ min: 1, max: 2000 }).map((n) => `{"a":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
      fc.constantFrom('{"__proto__":{"polluted":1}}', '{"tankId":"\\ud800"}', '\u0000', '{"a":1,"a":2}', 'null', '1e999'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), headers, raw, async (path, h, body) => {
        const answer = await send(runtime, path, body, Object.fromEntries(Object.entries(h).filter(([, v]) => v !== '')), keeper);
        assertHarmless(answer, `POST ${path} (${JSON.stringify(h)}) ${body.slice(0, 120)}`);
      }),
      { numRuns: RAW_RUNS, seed: SEED, endOnFailure: true },
    );
  }, 120_000);
});
