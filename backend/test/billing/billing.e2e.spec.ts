import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, sendStripeWebhook, signUpAndIn, startTestRuntime } from '../support/test-runtime';

interface Billing {
  phase: string;
  plan?: string;
  interval?: string;
  trialEndsAt?: string;
  renewsAt?: string;
  endsAt?: string;
  paymentProblem: boolean;
}

const DAY = 86_400_000;

/** Drives the local checkout and portal pages the way their buttons do: same-origin JSON. */
function pagePost(runtime: LocalRuntime, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${runtime.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...headers },
    body: JSON.stringify(body),
  });
}

async function profileOf(runtime: LocalRuntime, keeper: SignedInUser) {
  const { body } = await postApi(runtime, '/user', {}, keeper);
  return body as {
    billing: Billing;
    entitlements: { tier: string; reason?: string; writes: { allowed: boolean; reason?: string } };
    tanks: { tankId: string }[];
  };
}

const manualTest = (tankId: string) => ({
  tankId,
  date: new Date().toISOString().slice(0, 10),
  elements: [{ elementId: 'alkalinity', value: 8.1 }],
});

describe('billing with the local Stripe stand-in', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.stop());

  describe('a Basic sign-up through checkout, the portal and cancellation', () => {
    let keeper: SignedInUser;
    let tankId: string;
    beforeAll(async () => {
      keeper = await signUpAndIn(runtime, undefined, 'BASIC');
      tankId = (await profileOf(runtime, keeper)).tanks[0]!.tankId;
    });

    it('has no access before paying: writes are refused with the reason, reads still work', async () => {
      const profile = await profileOf(runtime, keeper);
      const write = await postApi(runtime, '/test/history/save', manualTest(tankId), keeper);
      const read = await postApi(runtime, '/test/history/list', { tankId }, keeper);

      expect(profile.billing).toMatchObject({ phase: 'NONE' });
      expect(profile.entitlements).toMatchObject({ tier: 'NONE', writes: { allowed: false, reason: 'CHECKOUT_REQUIRED' } });
      expect(write.status).toBe(403);
      expect(write.body).toMatchObject({ code: 'ENTITLEMENT_REQUIRED', reason: 'CHECKOUT_REQUIRED' });
      expect(read.status).toBe(200);
    });

    it('opens one checkout and hands the same one out again; another interval replaces it', async () => {
      const first = await postApi(runtime, '/user/billing/checkout', { plan: 'BASIC', interval: 'YEAR' }, keeper);
      const again = await postApi(runtime, '/user/billing/checkout', { plan: 'BASIC', interval: 'YEAR' }, keeper);
      const monthly = await postApi(runtime, '/user/billing/checkout', { plan: 'BASIC', interval: 'MONTH' }, keeper);

      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ kind: 'checkout', url: expect.stringMatching(/^\/_local\/stripe\/checkout\/cs_/) });
      expect(again.body.url).toBe(first.body.url);
      expect(monthly.body.url).not.toBe(first.body.url);
      const closed = await fetch(`${runtime.url}${first.body.url as string}`);
      expect(closed.status).toBe(410);
      expect((await profileOf(runtime, keeper)).billing).toMatchObject({ phase: 'CHECKOUT_OPEN' });
    });

    it('shows the plan, the price and the trial on the checkout page, and refuses a wrong code', async () => {
      const { body } = await postApi(runtime, '/user/billing/checkout', { plan: 'BASIC', interval: 'MONTH' }, keeper);
      const html = await (await fetch(`${runtime.url}${body.url as string}`)).text();
      const wrong = await pagePost(runtime, `${body.url as string}/complete`, { promotionCode: 'FREE_REEF' });

      expect(html).toContain('Reef-A-Matic Basic');
      expect(html).toContain('€4.99');
      expect(html).toContain('30 days of Pro free');
      expect(wrong.status).toBe(400);
      expect((await profileOf(runtime, keeper)).billing.phase).toBe('CHECKOUT_OPEN');
    });

    it('accepts only same-origin JSON on the pay button', async () => {
      const { body } = await postApi(runtime, '/user/billing/checkout', { plan: 'BASIC', interval: 'MONTH' }, keeper);
      const path = `${body.url as string}/complete`;
      const form = await fetch(`${runtime.url}${path}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
      const crossSite = await pagePost(runtime, path, {}, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });

      expect(form.status).toBe(415); // a form or text post is not JSON: refused before the origin is even read
      expect(crossSite.status).toBe(403);
      expect((await profileOf(runtime, keeper)).billing.phase).toBe('CHECKOUT_OPEN');
    });

    it('pays with RAM_2026: a 30-day Pro trial of the Basic plan, recorded by the webhook before the keeper is sent back', async () => {
      const { body } = await postApi(runtime, '/user/billing/checkout', { plan: 'BASIC', interval: 'MONTH' }, keeper);
      const paid = await pagePost(runtime, `${body.url as string}/complete`, { promotionCode: 'ram_2026' });

      expect(paid.status).toBe(200);
      expect(await paid.json()).toEqual({ redirect: '/app/profile?checkout=success#billing' });
      const profile = await profileOf(runtime, keeper);
      expect(profile.billing).toMatchObject({ phase: 'TRIALING', plan: 'BASIC', interval: 'MONTH', paymentProblem: false });
      expect(Date.parse(profile.billing.trialEndsAt!) - Date.now()).toBeGreaterThan(29 * DAY);
      expect(profile.entitlements).toMatchObject({ tier: 'PRO', writes: { allowed: true } });
      expect((await postApi(runtime, '/test/history/save', manualTest(tankId), keeper)).status).toBe(200);
    });

    it('sends a subscriber to the portal instead of a second checkout', async () => {
      const sut = await postApi(runtime, '/user/billing/checkout', { plan: 'PRO', interval: 'MONTH' }, keeper);

      expect(sut.body).toMatchObject({ kind: 'portal', url: expect.stringMatching(/^\/_local\/stripe\/portal\/bps_/) });
    });

    it('switches to yearly, cancels at period end, and after canceling can read but not write', async () => {
      const { body } = await postApi(runtime, '/user/billing/portal', {}, keeper);
      const portal = body.url as string;

      await pagePost(runtime, `${portal}/action`, { action: 'switch', plan: 'BASIC', interval: 'YEAR' });
      expect((await profileOf(runtime, keeper)).billing).toMatchObject({ phase: 'TRIALING', interval: 'YEAR' });

      await pagePost(runtime, `${portal}/action`, { action: 'cancel-at-period-end' });
      const canceling = await profileOf(runtime, keeper);
      expect(canceling.billing).toMatchObject({ phase: 'CANCELING', endsAt: expect.any(String) });
      expect(canceling.entitlements.writes.allowed).toBe(true);

      await pagePost(runtime, `${portal}/action`, { action: 'cancel-now' });
      const canceled = await profileOf(runtime, keeper);
      expect(canceled.billing.phase).toBe('ENDED');
      expect(canceled.entitlements).toMatchObject({ tier: 'NONE', reason: 'SUBSCRIPTION_INACTIVE' });
      const write = await postApi(runtime, '/dose/history/save', { tankId, doses: [] }, keeper);
      expect(write.status).toBe(403);
      expect(write.body.reason).toBe('SUBSCRIPTION_INACTIVE');
      const history = await postApi(runtime, '/test/history/list', { tankId }, keeper);
      expect(history.status).toBe(200);
      expect(JSON.stringify(history.body)).toContain('MANUAL');
    });

    it('offers a new checkout without a second trial once the subscription ended', async () => {
      const { body } = await postApi(runtime, '/user/billing/checkout', { plan: 'PRO', interval: 'MONTH' }, keeper);
      const html = await (await fetch(`${runtime.url}${body.url as string}`)).text();

      expect(body.kind).toBe('checkout');
      expect(html).not.toContain('days of Pro free');
      expect(html).toContain('€9.99');
    });
  });

  describe('the webhook', () => {
    let keeper: SignedInUser;
    beforeAll(async () => {
      keeper = await signUpAndIn(runtime, undefined, 'PRO');
    });

    const subscriptionEvent = (id: string, created: number, status: string) =>
      JSON.stringify({
        id,
        object: 'event',
        type: 'customer.subscription.updated',
        created,
        data: {
          object: {
            id: 'sub_manual',
            object: 'subscription',
            customer: 'cus_manual',
            status,
            cancel_at_period_end: false,
            metadata: { userId: keeper.userId },
            items: { data: [{ price: { id: 'price_x', lookup_key: 'ram-pro-monthly' }, current_period_end: created + 30 * 86_400 }] },
          },
        },
      });
    const send = (payload: string, signature?: string) => sendStripeWebhook(runtime, payload, signature);

    it('refuses a missing or forged signature with 400 and writes nothing', async () => {
      const payload = subscriptionEvent('evt_forged', 1_800_000_000, 'active');
      const forgedBody = payload.replace('"active"', '"trialing"');

      const missing = await send(payload);
      const forged = await send(forgedBody, runtime.localStripe!.signatureFor(payload));
      const wrongSecret = await send(payload, 't=1800000000,v1=' + 'ab'.repeat(32));

      expect([missing.status, forged.status, wrongSecret.status]).toEqual([400, 400, 400]);
      expect((await profileOf(runtime, keeper)).billing.phase).toBe('NONE');
    });

    it('applies a signed event once, ignores its replay, and never lets an older event roll it back', async () => {
      const now = Math.floor(Date.now() / 1000);
      const newer = subscriptionEvent('evt_newer', now, 'active');
      const older = subscriptionEvent('evt_older', now - 60, 'trialing');
      const sign = (p: string) => runtime.localStripe!.signatureFor(p);

      const applied = (await (await send(newer, sign(newer))).json()) as { outcome: string };
      const replay = (await (await send(newer, sign(newer))).json()) as { outcome: string };
      const stale = (await (await send(older, sign(older))).json()) as { outcome: string };

      expect([applied.outcome, replay.outcome, stale.outcome]).toEqual(['applied', 'replay', 'stale']);
      expect((await profileOf(runtime, keeper)).billing).toMatchObject({ phase: 'ACTIVE', plan: 'PRO' });
    });

    it('acknowledges event types it does not handle', async () => {
      const payload = JSON.stringify({
        id: 'evt_other',
        object: 'event',
        type: 'customer.created',
        created: 1,
        data: { object: { id: 'cus_1' } },
      });
      const sut = await send(payload, runtime.localStripe!.signatureFor(payload));

      expect(sut.status).toBe(200);
      expect(await sut.json()).toMatchObject({ received: true, outcome: 'ignored' });
    });
  });

  describe('bad input and exemptions', () => {
    it.each([
      [{ plan: 'GOLD', interval: 'MONTH' }, /plan must be one of BASIC, PRO/],
      [{ plan: 'PRO', interval: 'WEEK' }, /interval must be one of MONTH, YEAR/],
      [{ plan: 'PRO', interval: 'MONTH', price: 1 }, /price should not exist/],
    ])('refuses %j with 400', async (body, message) => {
      const keeper = await signUpAndIn(runtime, undefined, 'PRO');
      const sut = await postApi(runtime, '/user/billing/checkout', body, keeper);

      expect(sut.status).toBe(400);
      expect(sut.body.message).toMatch(message);
    });

    it('answers the portal with 409 NO_SUBSCRIPTION for a keeper who never checked out', async () => {
      const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
      const sut = await postApi(runtime, '/user/billing/portal', {}, keeper);

      expect(sut.status).toBe(409);
      expect(sut.body.code).toBe('NO_SUBSCRIPTION');
    });

    it('resolves the bootstrap admin as billing-exempt, with nothing to check out', async () => {
      const signIn = await fetch(`${runtime.url}/auth/sign-in`, {
        method: 'POST',
        body: JSON.stringify({ email: 'admin@reefamatic.test', password: 'AdminPass-1' }),
      });
      const admin = { email: 'admin@reefamatic.test', userId: '', idToken: ((await signIn.json()) as { idToken: string }).idToken };

      expect((await profileOf(runtime, admin)).entitlements).toMatchObject({ tier: 'FRIEND', writes: { allowed: true } });
      const checkout = await postApi(runtime, '/user/billing/checkout', { plan: 'PRO', interval: 'MONTH' }, admin);
      expect(checkout.status).toBe(409);
      expect(checkout.body.code).toBe('BILLING_EXEMPT');
    });
  });
});
