import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

interface Tank {
  tankId: string;
  name: string;
  volumeLitres: number;
  volumeUnit: string;
  dosingMethod: string;
  defaultLab: string;
  timezone: string;
}

const reefTank = (overrides: Record<string, unknown> = {}) => ({
  name: 'Frag tank',
  volume: 120,
  volumeUnit: 'L',
  dosingMethod: 'TRITON',
  defaultLab: 'TRITON',
  timezone: 'Europe/Berlin',
  ...overrides,
});

describe('accounts, tanks and plans on the local runtime', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.stop());

  describe('sign-up with a plan choice', () => {
    it.each([
      ['TRIAL', 'TRIAL', undefined],
      ['BASIC', 'NONE', 'CHECKOUT_REQUIRED'],
      ['PRO', 'NONE', 'CHECKOUT_REQUIRED'],
    ])('a %s sign-up has tier %s and one tank to start with', async (plan, tier, reason) => {
      const keeper = await signUpAndIn(runtime, undefined, plan);

      const sut = await postApi(runtime, '/user', {}, keeper);

      expect(sut.status).toBe(200);
      expect(sut.body.user).toMatchObject({ plan, email: keeper.email });
      expect(sut.body.entitlements).toMatchObject({ tier, ...(reason ? { reason } : {}) });
      expect(sut.body.tanks).toHaveLength(1);
    });

    it('shows the trial limits with the reason the UI explains', async () => {
      const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');

      const { body } = await postApi(runtime, '/user', {}, keeper);

      expect(body.entitlements).toMatchObject({ uploads: { allowed: true, limit: 3, remaining: 3 }, draftPrograms: { allowed: true } });
    });

    it('rejects a sign-up without a valid plan in the trigger as well as in the identity provider', async () => {
      const viaIdentity = await fetch(`${runtime.url}/auth/sign-up`, {
        method: 'POST',
        body: JSON.stringify({ email: 'x@reef.test', password: 'CoralReef-42', plan: 'GOLD' }),
      });
      const trigger = runtime.functions.invoke('cognito-pre-signup', {
        triggerSource: 'PreSignUp_SignUp',
        request: { userAttributes: { email: 'y@reef.test', 'custom:plan': 'GOLD' } },
        response: {},
      });

      expect(viaIdentity.status).toBe(400);
      await expect(trigger).rejects.toThrow(/plan must be one of TRIAL, BASIC, PRO/);
    });
  });

  describe('tanks', () => {
    let keeper: SignedInUser;
    beforeAll(async () => {
      keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    });

    it('adds a second tank, storing US gallons as litres', async () => {
      const sut = await postApi(
        runtime,
        '/user/save',
        { tanks: [reefTank({ name: 'Mixed reef', volume: 100, volumeUnit: 'GAL', timezone: 'Pacific/Honolulu' })] },
        keeper,
      );

      expect(sut.status).toBe(200);
      const added = (sut.body.tanks as Tank[]).find((t) => t.name === 'Mixed reef');
      expect(added).toMatchObject({
        volumeLitres: 378.5,
        volumeUnit: 'GAL',
        dosingMethod: 'TRITON',
        defaultLab: 'TRITON',
        timezone: 'Pacific/Honolulu',
      });
      expect(sut.body.tanks).toHaveLength(2);
    });

    it('updates an existing tank in place, changing its volume unit', async () => {
      const { body } = await postApi(runtime, '/user', {}, keeper);
      const tank = (body.tanks as Tank[])[0];

      const sut = await postApi(
        runtime,
        '/user/save',
        {
          tanks: [
            reefTank({
              tankId: tank.tankId,
              name: 'Display',
              volume: 450,
              volumeUnit: 'L',
              dosingMethod: 'FAUNA_MARIN',
              defaultLab: 'OCEAMO',
            }),
          ],
        },
        keeper,
      );

      expect((sut.body.tanks as Tank[]).find((t) => t.tankId === tank.tankId)).toMatchObject({
        name: 'Display',
        volumeLitres: 450,
        dosingMethod: 'FAUNA_MARIN',
        defaultLab: 'OCEAMO',
      });
      expect(sut.body.tanks).toHaveLength(2);
    });

    it('answers 404 for a tank id that is another keeper’s, and changes nothing', async () => {
      const other = await signUpAndIn(runtime);
      const othersTank = ((await postApi(runtime, '/user', {}, other)).body.tanks as Tank[])[0];

      const sut = await postApi(runtime, '/user/save', { displayName: 'Thief', tanks: [reefTank({ tankId: othersTank.tankId })] }, keeper);

      expect(sut.status).toBe(404);
      expect(sut.body.message).toBe('Tank was not found');
      expect(((await postApi(runtime, '/user', {}, other)).body.tanks as Tank[])[0]).toEqual(othersTank);
      expect(((await postApi(runtime, '/user', {}, keeper)).body.user as { displayName: string }).displayName).not.toBe('Thief');
    });

    it.each([
      ['a negative volume', { volume: -5 }, /volume must be greater than zero/],
      ['an absurd volume', { volume: 5_000_000 }, /volume must be at most/],
      ['gallons beyond the limit', { volume: 30_000, volumeUnit: 'GAL' }, /at most 100000 litres/],
      ['an unknown dosing method', { dosingMethod: 'MAGIC' }, /dosingMethod must be one of TRITON, FAUNA_MARIN, CUSTOM/],
      ['an unknown lab', { defaultLab: 'ACME' }, /defaultLab must be one of OCEAMO, TRITON, ATI, FAUNA_MARIN/],
      ['an unknown time zone', { timezone: 'Mars/Olympus' }, /timezone must be an IANA time zone/],
      ['an unknown field', { colour: 'blue' }, /property tanks\.0\.colour should not exist|colour should not exist/],
      ['a volume as text', { volume: '120' }, /volume must be a number/],
    ])('answers 400 for %s and writes none of the batch', async (_label, bad, message) => {
      const before = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as Tank[]).length;

      const sut = await postApi(
        runtime,
        '/user/save',
        { displayName: 'Changed', tanks: [reefTank({ name: 'Good one' }), reefTank(bad)] },
        keeper,
      );

      expect(sut.status).toBe(400);
      expect(sut.body.message).toMatch(message);
      const after = (await postApi(runtime, '/user', {}, keeper)).body;
      expect((after.tanks as Tank[]).length).toBe(before);
      expect((after.user as { displayName: string }).displayName).not.toBe('Changed');
    });
  });

  describe('friend access (admin only)', () => {
    let admin: SignedInUser;
    beforeAll(async () => {
      const signIn = await fetch(`${runtime.url}/auth/sign-in`, {
        method: 'POST',
        body: JSON.stringify({ email: 'admin@reefamatic.test', password: 'AdminPass-1' }),
      });
      admin = { email: 'admin@reefamatic.test', userId: '', idToken: ((await signIn.json()) as { idToken: string }).idToken };
    });

    it('makes an existing keeper Pro without billing at once', async () => {
      const keeper = await signUpAndIn(runtime, undefined, 'BASIC');

      const sut = await postApi(
        runtime,
        '/user/billing/friend-access',
        { action: 'GRANT', email: keeper.email.toUpperCase(), note: 'beta tester' },
        admin,
      );

      expect(sut.status).toBe(200);
      expect(sut.body.grant).toMatchObject({ email: keeper.email, registered: true, grantedBy: admin.email });
      expect((await postApi(runtime, '/user', {}, keeper)).body.entitlements).toMatchObject({
        tier: 'FRIEND',
        uploads: { allowed: true, remaining: null },
      });
    });

    it('applies a grant for a not-yet-registered email when that keeper signs up', async () => {
      const email = `later-${Date.now()}@reef.test`;
      await postApi(runtime, '/user/billing/friend-access', { action: 'GRANT', email }, admin);

      const keeper = await signUpAndIn(runtime, email, 'TRIAL');

      expect((await postApi(runtime, '/user', {}, keeper)).body.entitlements).toMatchObject({ tier: 'FRIEND' });
      const list = await postApi(runtime, '/user/billing/friend-access', { action: 'LIST' }, admin);
      expect(list.body.grants).toEqual(expect.arrayContaining([expect.objectContaining({ email, registered: true })]));
    });

    it('revokes a grant and the keeper falls back to their own plan', async () => {
      const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
      await postApi(runtime, '/user/billing/friend-access', { action: 'GRANT', email: keeper.email }, admin);

      const sut = await postApi(runtime, '/user/billing/friend-access', { action: 'REVOKE', email: keeper.email }, admin);

      expect(sut.body).toEqual({ email: keeper.email, revoked: true });
      expect((await postApi(runtime, '/user', {}, keeper)).body.entitlements).toMatchObject({ tier: 'TRIAL' });
    });

    it('refuses a keeper who is not the bootstrap admin with 403, even with friend access', async () => {
      const keeper = await signUpAndIn(runtime);
      await postApi(runtime, '/user/billing/friend-access', { action: 'GRANT', email: keeper.email }, admin);

      const sut = await postApi(runtime, '/user/billing/friend-access', { action: 'LIST' }, keeper);

      expect(sut.status).toBe(403);
    });

    it('answers 400 for a grant without a valid email', async () => {
      const sut = await postApi(runtime, '/user/billing/friend-access', { action: 'GRANT', email: 'not-an-email' }, admin);

      expect(sut.status).toBe(400);
      expect(sut.body.message).toMatch(/email must be an email address/);
    });
  });

  describe('a changed sign-in email', () => {
    const identity = async (path: string, body: object) => {
      const response = await fetch(`${runtime.url}/auth${path}`, { method: 'POST', body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    };

    it('starts a new keeper with no display name rather than a piece of the email', async () => {
      const keeper = await signUpAndIn(runtime);
      expect((await postApi(runtime, '/user', {}, keeper)).body.user).toMatchObject({ displayName: '' });
    });

    it('reaches the profile only once the code mailed to the new address is verified', async () => {
      const keeper = await signUpAndIn(runtime);
      const newEmail = `moved-${keeper.userId.slice(0, 8)}@reef.test`;
      const { accessToken } = (await identity('/sign-in', { email: keeper.email, password: 'CoralReef-42' })).body;

      expect(await identity('/change-email', { accessToken, email: newEmail })).toEqual({ status: 200, body: { destination: newEmail } });
      const { mails } = (await (await fetch(`${runtime.url}/_local/outbox.json`)).json()) as { mails: { to: string; subject: string }[] };
      const code = /\b(\d{6})\b/.exec(mails.find((m) => m.to === newEmail)?.subject ?? '')?.[1];
      expect(code).toMatch(/^\d{6}$/);
      expect((await postApi(runtime, '/user', {}, keeper)).body.user).toMatchObject({ email: keeper.email });

      expect(await identity('/verify-email', { accessToken, code: code! })).toEqual({ status: 200, body: { email: newEmail } });
      const signedIn = await identity('/sign-in', { email: newEmail, password: 'CoralReef-42' });
      const moved = { ...keeper, email: newEmail, idToken: signedIn.body.idToken };
      expect((await postApi(runtime, '/user', {}, moved)).body.user).toMatchObject({ email: newEmail });
    });

    it('answers a taken address with 409 and an invalid access token with 401', async () => {
      const first = await signUpAndIn(runtime);
      const second = await signUpAndIn(runtime);
      const { accessToken } = (await identity('/sign-in', { email: second.email, password: 'CoralReef-42' })).body;
      expect(await identity('/change-email', { accessToken, email: first.email })).toMatchObject({
        status: 409,
        body: { code: 'AliasExistsException' },
      });
      expect(
        (
          await identity('/change-password', {
            accessToken: second.idToken,
            previousPassword: 'CoralReef-42',
            proposedPassword: 'CoralReef-43',
          })
        ).status,
      ).toBe(401);
    });
  });
});
