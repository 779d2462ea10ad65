import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

/** Sends a raw body with the given headers as the keeper. */
async function send(runtime: LocalRuntime, path: string, body: string | Buffer, headers: Record<string, string>, keeper: SignedInUser) {
  const response = await fetch(`${runtime.url}/api${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${keeper.idToken}`, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, unknown> };
}

describe('one request policy on every route, through the local gateway and the lambdaliths', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;
  let tankId: string;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime); // a trial keeper may write, so the policy is what answers
    tankId = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as { tankId: string }[])[0].tankId;
  });
  afterAll(() => runtime.stop());

  it.each([
    ['text/plain', {}],
    ['application/x-www-form-urlencoded', {}],
    ['application/json; charset=iso-8859-1', {}],
    ['application/json', { 'content-encoding': 'gzip' }],
  ])('answers 415 to %s %j', async (type, extra) => {
    const sut = await send(runtime, '/user/save', '{"displayName":"Ann"}', { 'content-type': type, ...extra }, keeper);

    expect(sut.status).toBe(415);
    expect(sut.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect((await postApi(runtime, '/user', {}, keeper)).body.user).not.toMatchObject({ displayName: 'Ann' });
  });

  it.each([
    ['just over the limit', 300 * 1024],
    ['over 10 MiB', 10 * 1024 * 1024 + 1],
  ])('answers 413 to a body %s instead of closing the connection', async (_what, size) => {
    const body = `{"displayName":"${'x'.repeat(size)}"}`;
    const sut = await send(runtime, '/user/save', body, { 'content-type': 'application/json' }, keeper);

    expect(sut.status).toBe(413);
    expect(sut.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it.each([
    ['deep nesting', `{"displayName":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'nested more than'],
    ['a prototype key', '{"__proto__":{"isAdmin":true},"displayName":"Ann"}', 'property __proto__ should not exist'],
    ['a constructor key', '{"constructor":{"prototype":{}}}', 'property constructor should not exist'],
    ['a nested prototype key', '{"tanks":[{"__proto__":{}}]}', 'property tanks.0.__proto__ should not exist'],
  ])('answers 400 to %s, naming the field', async (_what, body, message) => {
    const sut = await send(runtime, '/user/save', body, { 'content-type': 'application/json' }, keeper);

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toContain(message);
  });

  it('answers 400 naming the field for a list where a tank belongs', async () => {
    const sut = await postApi(runtime, '/user/save', { tanks: [[]] }, keeper);

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(/tanks/);
  });

  it('answers 400 naming the field for a list where a program source belongs', async () => {
    const sut = await postApi(runtime, '/program/history/save', { tankId, source: [], elements: [] }, keeper);

    expect(sut.status).toBe(400);
    expect(String(sut.body.message)).toMatch(/source/);
  });

  it('puts the security headers and no-store on every API answer, and no x-powered-by', async () => {
    const ok = await send(runtime, '/user', '{}', { 'content-type': 'application/json' }, keeper);
    const refused = await send(runtime, '/user', '{}', { 'content-type': 'text/plain' }, keeper);
    const invalid = await send(runtime, '/user/save', '{"nope":1}', { 'content-type': 'application/json' }, keeper);

    for (const sut of [ok, refused, invalid]) {
      expect(sut.headers.get('cache-control')).toBe('no-store');
      expect(sut.headers.get('x-content-type-options')).toBe('nosniff');
      expect(sut.headers.get('referrer-policy')).toBe('no-referrer');
      expect(sut.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(sut.headers.get('x-powered-by')).toBeNull();
    }
    expect([ok.status, refused.status, invalid.status]).toEqual([200, 415, 400]);
  });
});
