import { request } from 'node:http';
import type { LocalRuntime } from '../../src/local/runtime';
import { signUpAndIn, startTestRuntime } from '../support/test-runtime';

const signIn = (runtime: LocalRuntime, email: string, password: string) =>
  fetch(`${runtime.url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('the local runtime has no side doors', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.stop());

  describe('operator tools', () => {
    const invoke = (headers: Record<string, string>, body = '{}') =>
      fetch(`${runtime.operatorUrl}/_local/invoke/seed-loader`, { method: 'POST', headers, body });

    it('are not on the public port', async () => {
      const sut = await fetch(`${runtime.url}/_local/invoke/seed-loader`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });

      expect(sut.status).toBe(404);
    });

    it('refuse an invocation without the local-admin token, or with a wrong one', async () => {
      expect((await invoke({ 'content-type': 'application/json' })).status).toBe(401);
      expect((await invoke({ 'content-type': 'application/json', authorization: 'Bearer guessed' })).status).toBe(401);
    });

    it('refuse what a web page could send: a CORS-simple body, an Origin, a cross-site fetch', async () => {
      const token = { authorization: `Bearer ${runtime.localAdminToken}` };

      expect((await invoke({ ...token, 'content-type': 'text/plain' })).status).toBe(415);
      expect((await invoke({ ...token, 'content-type': 'application/json', origin: 'https://evil.example' })).status).toBe(403);
      expect((await invoke({ ...token, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    });

    it('run a function for the operator with the token', async () => {
      const sut = await invoke(
        { 'content-type': 'application/json', authorization: `Bearer ${runtime.localAdminToken}` },
        JSON.stringify({ source: 'test' }),
      );

      expect(sut.status).toBe(200);
      expect(await sut.json()).toMatchObject({ functionName: 'seed-loader' });
    });

    it('keep the queue and Management APIs off the public port and away from web pages', async () => {
      const sqs = (url: string, headers: Record<string, string> = {}) =>
        fetch(url, {
          method: 'POST',
          headers: { 'x-amz-target': 'AmazonSQS.PurgeQueue', 'content-type': 'application/x-amz-json-1.0', ...headers },
          body: JSON.stringify({ QueueUrl: `${runtime.operatorUrl}/000000000000/${runtime.env}-upload-results.fifo` }),
        });

      expect((await sqs(`${runtime.url}/`)).status).toBe(404);
      expect((await sqs(`${runtime.operatorUrl}/`, { origin: 'https://evil.example' })).status).toBe(403);
      expect((await fetch(`${runtime.url}/${runtime.env}/@connections/abc`, { method: 'POST', body: 'hi' })).status).toBe(404);
      expect(
        (
          await fetch(`${runtime.operatorUrl}/${runtime.env}/@connections/abc`, {
            method: 'POST',
            body: 'hi',
            headers: { origin: 'https://evil.example' },
          })
        ).status,
      ).toBe(403);
    });

    it('listen on loopback only', () => {
      for (const url of [runtime.url, runtime.operatorUrl, runtime.s3Endpoint, runtime.dynamoEndpoint])
        expect(new URL(url).hostname).toBe('127.0.0.1');
    });
  });

  describe('local pages a browser uses (outbox, Stripe stand-in)', () => {
    /** A raw request, so the Host header can be what a rebinding DNS name would make it. */
    const raw = (path: string, method: string, headers: Record<string, string>, body = '') =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${runtime.url}${path}`, { method, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
    const port = () => new URL(runtime.url).port;

    it('act only for the runtime’s own origins, not for whatever the Host header names', async () => {
      const rebound = { host: `evil.example:${port()}`, origin: `http://evil.example:${port()}` };

      expect(await raw('/_local/outbox.json', 'GET', rebound)).toBe(403);
      expect(await raw('/_local/stripe/checkout/cs_none/cancel', 'POST', { ...rebound, 'content-type': 'application/json' }, '{}')).toBe(
        403,
      );
      expect(await raw('/_local/outbox.json', 'GET', { origin: runtime.url })).toBe(200);
      expect(await raw('/_local/outbox.json', 'GET', {})).toBe(200);
    });

    it('refuse a form post and an oversized body to the Stripe stand-in', async () => {
      const own = { origin: runtime.url };

      expect(
        await raw('/_local/stripe/checkout/cs_none/cancel', 'POST', { ...own, 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'),
      ).toBe(415);
      expect(
        await raw(
          '/_local/stripe/checkout/cs_none/cancel',
          'POST',
          { ...own, 'content-type': 'application/json' },
          JSON.stringify({ pad: 'x'.repeat(10_000) }),
        ),
      ).toBe(413);
    });
  });

  it('DynamoDB Local grants no web page CORS access to the tables', async () => {
    const sut = await fetch(runtime.dynamoEndpoint, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target',
      },
    });

    expect(sut.headers.get('access-control-allow-origin')).toBeNull();
  });

  describe('sign-in throttling', () => {
    it('answers 429 with Retry-After after five wrong passwords, even to the right one', async () => {
      const keeper = await signUpAndIn(runtime);
      for (let i = 0; i < 5; i++) expect((await signIn(runtime, keeper.email, `wrong-${i}`)).status).toBe(400);

      const locked = await signIn(runtime, keeper.email, 'CoralReef-42');

      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await locked.json()).toMatchObject({ code: 'TooManyRequestsException', retryAfterSeconds: expect.any(Number) });
    });

    it('throttles an unknown email exactly like a known one, so the answers tell nothing', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await signIn(runtime, 'nobody-here@reef.test', `wrong-${i}`)).status);

      expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    });

    it('spends the same work on an unknown email as on a known one', async () => {
      const keeper = await signUpAndIn(runtime);
      const median = async (email: string) => {
        const times: number[] = [];
        for (let i = 0; i < 4; i++) {
          const started = process.hrtime.bigint();
          await signIn(runtime, email, `wrong-${i}`);
          times.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
        return times.sort((a, b) => a - b)[2];
      };

      const known = await median(keeper.email);
      const unknown = await median('never-signed-up@reef.test');

      // Before, a wrong password took about 20 times longer for a known email.
      expect(unknown / known).toBeGreaterThan(0.33);
      expect(unknown / known).toBeLessThan(3);
    });
  });
});
