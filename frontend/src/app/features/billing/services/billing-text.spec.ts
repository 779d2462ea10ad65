import { billingCatalogFactory, entitlementsFactory } from '../../../../testing/factories';
import type { BillingSummary } from '../../../core/profile/profile.model';
import { billingBanner, billingStanding, isSubscribed } from './billing-text';

const summary = (overrides: Partial<BillingSummary>): BillingSummary => ({
  phase: 'NONE',
  paymentProblem: false,
  hasCustomer: false,
  ...overrides,
});

describe('billingStanding', () => {
  it.each([
    [
      summary({
        phase: 'TRIALING',
        plan: 'BASIC',
        interval: 'MONTH',
        trialEndsAt: '2027-01-01T10:00:00Z',
      }),
      'Basic, monthly: Pro trial',
      'All of Pro until 1 Jan 2027, then €4.99 a month less any promotion code.',
    ],
    [
      summary({ phase: 'ACTIVE', plan: 'PRO', interval: 'YEAR', renewsAt: '2027-06-01T10:00:00Z' }),
      'Pro, yearly',
      'Renews on 1 Jun 2027.',
    ],
    [
      summary({
        phase: 'CANCELING',
        plan: 'BASIC',
        interval: 'YEAR',
        endsAt: '2027-01-31T10:00:00Z',
      }),
      'Basic, yearly: ends 31 Jan 2027',
      'Everything keeps working until then. Resume under Manage billing to stay on.',
    ],
    [
      summary({ phase: 'PAST_DUE', plan: 'PRO', interval: 'MONTH' }),
      'Pro, monthly: payment failed',
      'Stripe could not take the last payment. Update your card under Manage billing to keep your plan.',
    ],
  ])('tells the keeper where the subscription stands', (billing, title, detail) => {
    expect(billingStanding(billing, billingCatalogFactory())).toMatchObject({ title, detail });
  });

  it('says an ended subscription keeps the history readable', () => {
    const sut = billingStanding(
      summary({ phase: 'ENDED', plan: 'BASIC', endsAt: '2027-02-01T00:00:00Z' }),
    );

    expect(sut).toMatchObject({ title: 'Subscription ended', tone: 'closed' });
    expect(sut.detail).toContain('can be read; choose a plan to save again');
  });

  it.each([
    ['TRIALING', true],
    ['CANCELING', true],
    ['PAST_DUE', true],
    ['ENDED', false],
    ['CHECKOUT_OPEN', false],
  ] as const)('counts %s as subscribed: %s', (phase, subscribed) => {
    expect(isSubscribed(summary({ phase }))).toBe(subscribed);
  });
});

describe('billingBanner', () => {
  it('stays away while the keeper has access and payments go through', () => {
    expect(
      billingBanner(entitlementsFactory({ tier: 'PRO' }), summary({ phase: 'TRIALING' })),
    ).toBeNull();
    expect(
      billingBanner(entitlementsFactory({ tier: 'FRIEND' }), summary({ phase: 'ENDED' })),
    ).toBeNull();
  });

  it('warns about a failed payment while access still runs', () => {
    expect(
      billingBanner(entitlementsFactory({ tier: 'PRO' }), summary({ phase: 'PAST_DUE' })),
    ).toContain('last payment failed');
  });

  it.each([
    ['SUBSCRIPTION_INACTIVE', 'you can read and export your history, but not save anything new'],
    ['TRIAL_EXPIRED', 'free trial has ended'],
    ['CHECKOUT_REQUIRED', 'when checkout is finished'],
  ] as const)('explains lapsed access (%s) and the way back', (reason, text) => {
    expect(
      billingBanner(entitlementsFactory({ tier: 'NONE', reason }), summary({ phase: 'ENDED' })),
    ).toContain(text);
  });
});
