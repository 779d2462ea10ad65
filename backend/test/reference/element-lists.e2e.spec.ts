import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

interface Listed {
  elementId: string;
  name: string;
  canonical: string;
  panel?: string;
}

describe('POST /test/elements/list and /dose/elements/list', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;
  const tankIds: Record<string, string> = {};

  beforeAll(async () => {
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime);
    const tanks = ['TRITON', 'FAUNA_MARIN', 'CUSTOM'].map((method, i) => ({
      name: `${method} tank`,
      volume: 200 + i,
      volumeUnit: 'L',
      dosingMethod: method,
      defaultLab: ['TRITON', 'FAUNA_MARIN', 'OCEAMO'][i],
      timezone: 'UTC',
    }));
    const { body } = await postApi(runtime, '/user/save', { tanks }, keeper);
    for (const t of body.tanks as { tankId: string; dosingMethod: string; name: string }[])
      if (t.name.endsWith(' tank')) tankIds[t.dosingMethod] = t.tankId;
  });
  afterAll(() => runtime.stop());

  it.each(['TRITON', 'FAUNA_MARIN', 'CUSTOM'])('returns the %s dose catalog for a tank dosing with it', async (method) => {
    const sut = await postApi(runtime, '/dose/elements/list', { tankId: tankIds[method] }, keeper);

    expect(sut.status).toBe(200);
    expect(sut.body.method).toBe(method);
    expect((sut.body.elements as Listed[]).length).toBeGreaterThan(10);
  });

  it('gives different tanks different catalogs', async () => {
    const triton = await postApi(runtime, '/dose/elements/list', { tankId: tankIds.TRITON }, keeper);
    const fauna = await postApi(runtime, '/dose/elements/list', { tankId: tankIds.FAUNA_MARIN }, keeper);

    expect((triton.body.elements as Listed[]).map((e) => e.name)).not.toEqual((fauna.body.elements as Listed[]).map((e) => e.name));
  });

  it('lists manual tests and the tank lab’s elements, tank water only, each name once', async () => {
    const sut = await postApi(runtime, '/test/elements/list', { tankId: tankIds.TRITON }, keeper);
    const elements = sut.body.elements as Listed[];

    expect(sut.status).toBe(200);
    expect(sut.body.lab).toBe('TRITON');
    expect(elements.some((e) => e.panel === 'MANUAL')).toBe(true);
    expect(elements.some((e) => e.panel === 'TRITON')).toBe(true);
    expect(elements.some((e) => /\(RO\)/.test(e.name))).toBe(false);
    const canon = elements.map((e) => e.canonical.toLowerCase());
    expect(new Set(canon).size).toBe(canon.length);
  });

  it('answers 404 for another keeper’s tank and 400 without a tank id', async () => {
    const other = await signUpAndIn(runtime);

    expect((await postApi(runtime, '/dose/elements/list', { tankId: tankIds.TRITON }, other)).status).toBe(404);
    expect((await postApi(runtime, '/test/elements/list', { tankId: tankIds.TRITON }, other)).status).toBe(404);
    const missing = await postApi(runtime, '/test/elements/list', {}, keeper);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/tankId/);
  });
});
