import { DEFAULT_ENTITLEMENT_SETTINGS, type SubscriptionStatus, resolveEntitlements, uploadAllowance } from './entitlements';
import { dayOfTrial, subject, usage } from './entitlements.factory';

const settings = { basicUploadWindowMinutes: 60 };
const now = new Date('2026-03-05T12:00:00Z');

describe('resolveEntitlements', () => {
  describe('free trial', () => {
    it.each([
      ['day 1', dayOfTrial(1), 'TRIAL'],
      ['day 7, last millisecond', dayOfTrial(8, -1), 'TRIAL'],
      ['day 8, first millisecond', dayOfTrial(8), 'NONE'],
      ['day 30', dayOfTrial(30), 'NONE'],
    ])('on %s the tier is %s', (_label, at, tier) => {
      const sut = resolveEntitlements(subject(), usage(), settings, at);

      expect(sut.tier).toBe(tier);
      if (tier === 'NONE') expect(sut).toMatchObject({ reason: 'TRIAL_EXPIRED', uploads: { allowed: false, reason: 'TRIAL_EXPIRED' } });
    });

    it('gives Pro features during the trial', () => {
      const sut = resolveEntitlements(subject(), usage(), settings, dayOfTrial(3));

      expect([sut.projections, sut.trendWarnings, sut.doseResponse, sut.draftPrograms].every((g) => g.allowed)).toBe(true);
      expect(sut.dashboards.perTankLimit).toBeNull();
    });

    it.each([
      [0, true, 3],
      [2, true, 1],
      [3, false, 0],
      [4, false, 0],
    ])('with %i uploads used, uploading is allowed=%s with %i left', (used, allowed, remaining) => {
      const sut = resolveEntitlements(subject(), usage({ icpUploadsTotal: used }), settings, dayOfTrial(2));

      expect(sut.uploads).toMatchObject({ allowed, remaining, limit: 3 });
      if (!allowed) expect(sut.uploads.reason).toBe('TRIAL_UPLOADS_USED');
    });

    it('refuses a batch that would take the trial past three uploads, all or nothing', () => {
      const ent = resolveEntitlements(subject(), usage({ icpUploadsTotal: 2 }), settings, dayOfTrial(2));

      expect(uploadAllowance(ent, 1)).toMatchObject({ allowed: true });
      expect(uploadAllowance(ent, 2)).toEqual({ allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: 3 });
    });
  });

  describe('basic subscription', () => {
    const basic = subject({ plan: 'BASIC', subscription: { status: 'active', tier: 'BASIC', cancelAtPeriodEnd: false } });

    it.each([
      ['no upload yet', undefined, true],
      ['last upload 59 minutes ago', '2026-03-05T11:01:00Z', false],
      ['last upload exactly one window ago', '2026-03-05T11:00:00Z', true],
      ['last upload a day ago', '2026-03-04T12:00:00Z', true],
    ])('with %s uploading is allowed=%s', (_label, lastIcpUploadAt, allowed) => {
      const sut = resolveEntitlements(basic, usage({ icpUploadsTotal: 5, lastIcpUploadAt }), settings, now);

      expect(sut.uploads.allowed).toBe(allowed);
      if (!allowed) expect(sut.uploads).toMatchObject({ reason: 'BASIC_UPLOAD_WINDOW', limit: 1, retryAt: '2026-03-05T12:01:00.000Z' });
    });

    it('allows one file per window, never two at once', () => {
      const ent = resolveEntitlements(basic, usage(), settings, now);

      expect(uploadAllowance(ent, 1).allowed).toBe(true);
      expect(uploadAllowance(ent, 2)).toMatchObject({ allowed: false, reason: 'BASIC_UPLOAD_WINDOW' });
    });

    it('closes the Pro features with a reason and allows one dashboard per tank', () => {
      const sut = resolveEntitlements(basic, usage(), settings, now);

      for (const gate of [sut.projections, sut.trendWarnings, sut.doseResponse, sut.draftPrograms])
        expect(gate).toEqual({ allowed: false, reason: 'PRO_FEATURE' });
      expect(sut.dashboards).toMatchObject({ allowed: true, perTankLimit: 1 });
    });

    it('uses the admin-configured window', () => {
      const weekly = resolveEntitlements(basic, usage({ lastIcpUploadAt: '2026-03-01T12:00:00Z' }), DEFAULT_ENTITLEMENT_SETTINGS, now);

      expect(weekly.uploads).toMatchObject({ allowed: false, retryAt: '2026-03-08T12:00:00.000Z' });
    });
  });

  describe('paid subscriptions by Stripe status', () => {
    it.each<[SubscriptionStatus, 'BASIC' | 'PRO', string]>([
      ['trialing', 'BASIC', 'PRO'],
      ['trialing', 'PRO', 'PRO'],
      ['active', 'PRO', 'PRO'],
      ['active', 'BASIC', 'BASIC'],
      ['past_due', 'PRO', 'PRO'],
      ['canceled', 'PRO', 'NONE'],
      ['unpaid', 'PRO', 'NONE'],
      ['incomplete', 'BASIC', 'NONE'],
      ['incomplete_expired', 'PRO', 'NONE'],
      ['paused', 'PRO', 'NONE'],
    ])('%s %s resolves to %s', (status, tier, expected) => {
      const sut = resolveEntitlements(
        subject({ plan: tier, subscription: { status, tier, cancelAtPeriodEnd: false } }),
        usage(),
        settings,
        now,
      );

      expect(sut.tier).toBe(expected);
      if (expected === 'NONE') expect(sut.reason).toBe('SUBSCRIPTION_INACTIVE');
    });

    it('keeps access until the end of the paid period when cancelled at period end, then closes it', () => {
      const sub = { status: 'active' as const, tier: 'PRO' as const, cancelAtPeriodEnd: true, currentPeriodEnd: '2026-03-05T12:00:00Z' };

      expect(
        resolveEntitlements(subject({ plan: 'PRO', subscription: sub }), usage(), settings, new Date('2026-03-05T11:59:59Z')).tier,
      ).toBe('PRO');
      expect(
        resolveEntitlements(subject({ plan: 'PRO', subscription: sub }), usage(), settings, new Date('2026-03-05T12:00:00Z')),
      ).toMatchObject({ tier: 'NONE', reason: 'SUBSCRIPTION_INACTIVE' });
    });

    it('gives a Basic or Pro sign-up without a completed checkout no access yet', () => {
      for (const plan of ['BASIC', 'PRO'] as const) {
        expect(resolveEntitlements(subject({ plan }), usage(), settings, dayOfTrial(1))).toMatchObject({
          tier: 'NONE',
          reason: 'CHECKOUT_REQUIRED',
        });
      }
    });
  });

  describe('friend access', () => {
    it.each([
      ['an expired trial', subject({ trialEndsAt: '2026-01-01T00:00:00Z' })],
      ['a cancelled subscription', subject({ plan: 'PRO', subscription: { status: 'canceled', tier: 'PRO', cancelAtPeriodEnd: false } })],
      ['a basic plan', subject({ plan: 'BASIC', subscription: { status: 'active', tier: 'BASIC', cancelAtPeriodEnd: false } })],
    ])('grants unlimited Pro over %s', (_label, base) => {
      const sut = resolveEntitlements(
        { ...base, billingExempt: true },
        usage({ icpUploadsTotal: 99, lastIcpUploadAt: now.toISOString() }),
        settings,
        now,
      );

      expect(sut).toMatchObject({ tier: 'FRIEND', uploads: { allowed: true, remaining: null }, draftPrograms: { allowed: true } });
      expect(uploadAllowance(sut, 10).allowed).toBe(true);
    });
  });
  describe('the bootstrap admin', () => {
    it('resolves as billing-exempt Pro whatever plan or subscription the account has', () => {
      const lapsed = subject({
        plan: 'BASIC',
        bootstrapAdmin: true,
        subscription: { status: 'canceled', tier: 'BASIC', cancelAtPeriodEnd: false },
      });

      expect(resolveEntitlements(lapsed, usage(), settings, now)).toMatchObject({
        tier: 'FRIEND',
        writes: { allowed: true },
        draftPrograms: { allowed: true },
      });
    });
  });

  describe('writes', () => {
    it.each([
      ['a running trial', subject(), dayOfTrial(2), true, undefined],
      ['an expired trial', subject(), dayOfTrial(9), false, 'TRIAL_EXPIRED'],
      ['a Basic sign-up before checkout', subject({ plan: 'BASIC' }), dayOfTrial(1), false, 'CHECKOUT_REQUIRED'],
      [
        'an active Basic subscription',
        subject({ plan: 'BASIC', subscription: { status: 'active', tier: 'BASIC', cancelAtPeriodEnd: false } }),
        now,
        true,
        undefined,
      ],
      [
        'a Basic subscription in its Pro trial',
        subject({ plan: 'BASIC', subscription: { status: 'trialing', tier: 'BASIC', cancelAtPeriodEnd: false } }),
        now,
        true,
        undefined,
      ],
      [
        'a canceled subscription',
        subject({ plan: 'PRO', subscription: { status: 'canceled', tier: 'PRO', cancelAtPeriodEnd: false } }),
        now,
        false,
        'SUBSCRIPTION_INACTIVE',
      ],
      [
        'an incomplete first payment',
        subject({ plan: 'PRO', subscription: { status: 'incomplete', tier: 'PRO', cancelAtPeriodEnd: false } }),
        now,
        false,
        'SUBSCRIPTION_INACTIVE',
      ],
    ])('with %s are allowed=%s', (_label, base, at, allowed, reason) => {
      const sut = resolveEntitlements(base, usage(), settings, at);

      expect(sut.writes).toEqual(allowed ? { allowed: true } : { allowed: false, reason });
    });
  });
});
