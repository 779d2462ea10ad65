import {
  type BillingEvent,
  type BillingRecord,
  applyBillingEvent,
  billingSummary,
  hasLiveSubscription,
  REMEMBERED_EVENT_IDS,
} from './billing-state';
import { T0, facts, record, subscriptionEvent } from './billing.factory';

const applyAll = (events: readonly BillingEvent[], start: BillingRecord = record()): BillingRecord =>
  events.reduce((r, e) => applyBillingEvent(r, e).record, start);

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const pending = {
  sessionId: 'cs_1',
  plan: 'BASIC' as const,
  interval: 'MONTH' as const,
  url: 'https://checkout/cs_1',
  expiresAt: new Date((T0 + 86_400) * 1000).toISOString(),
};

// One keeper's life with a subscription: checkout, trial, paid, scheduled cancellation, canceled.
const lifecycle: readonly BillingEvent[] = [
  { kind: 'checkout-completed', id: 'evt_checkout', created: T0, sessionId: 'cs_1', customerId: 'cus_1' },
  subscriptionEvent('evt_created', T0, { status: 'trialing' }),
  { kind: 'invoice', id: 'evt_invoice_trial', created: T0, outcome: 'paid', subscriptionId: 'sub_1' },
  subscriptionEvent('evt_active', T0 + 100, { status: 'active', trialEnd: undefined }),
  subscriptionEvent('evt_cancel_scheduled', T0 + 200, {
    status: 'active',
    cancelAtPeriodEnd: true,
    cancelAt: new Date((T0 + 500) * 1000).toISOString(),
  }),
  subscriptionEvent('evt_deleted', T0 + 500, {
    status: 'canceled',
    cancelAtPeriodEnd: true,
    endedAt: new Date((T0 + 500) * 1000).toISOString(),
  }),
];

describe('applyBillingEvent', () => {
  it.each(permutations(lifecycle).map((order) => [order.map((e) => e.id).join(' → '), order]))(
    'ends canceled whatever the delivery order: %s',
    (_label, order) => {
      const sut = applyAll(order as BillingEvent[], record({ pendingCheckout: pending }));

      expect(sut.subscription).toMatchObject({ id: 'sub_1', status: 'canceled' });
      expect(sut.subscriptionEventAt).toBe(T0 + 500);
      expect(sut.customerId).toBe('cus_1');
      expect(sut.pendingCheckout).toBeUndefined();
      expect(sut.paidAt).toBe(T0);
    },
  );

  it('changes nothing when any event is delivered again, in any order', () => {
    const once = applyAll(lifecycle, record({ pendingCheckout: pending }));
    for (const replayed of lifecycle) {
      const sut = applyBillingEvent(once, replayed);

      expect(sut.outcome).toBe('replay');
      expect(sut.record).toBe(once);
    }
    expect(applyAll([...lifecycle].reverse(), once)).toEqual(once);
  });

  it.each([
    [
      'an older update after a newer one',
      [subscriptionEvent('e2', T0 + 10, { status: 'active' }), subscriptionEvent('e1', T0, { status: 'trialing' })],
      'active',
      'stale',
    ],
    [
      'a trialing update after the cancellation',
      [subscriptionEvent('e2', T0, { status: 'canceled' }), subscriptionEvent('e1', T0 + 50, { status: 'active' })],
      'canceled',
      'stale',
    ],
    [
      'two updates in the same second',
      [subscriptionEvent('e1', T0, { status: 'trialing' }), subscriptionEvent('e2', T0, { status: 'active' })],
      'active',
      'applied',
    ],
    [
      'the end of an old subscription while a new one runs',
      [
        subscriptionEvent('e1', T0 + 10, { id: 'sub_2', status: 'active' }),
        subscriptionEvent('e2', T0 + 20, { id: 'sub_1', status: 'canceled' }),
      ],
      'active',
      'other-subscription',
    ],
    [
      'a new subscription after the old one ended',
      [
        subscriptionEvent('e1', T0 + 10, { id: 'sub_1', status: 'canceled' }),
        subscriptionEvent('e2', T0 + 5, { id: 'sub_2', status: 'trialing' }),
      ],
      'trialing',
      'applied',
    ],
  ])('%s', (_label, events, status, lastOutcome) => {
    const [first, second] = events as BillingEvent[];
    const afterFirst = applyBillingEvent(record(), first!).record;
    const sut = applyBillingEvent(afterFirst, second!);

    expect(sut.outcome).toBe(lastOutcome);
    expect(sut.record.subscription?.status).toBe(status);
  });

  it('acknowledges event types it does not act on without changing anything', () => {
    const start = record({ customerId: 'cus_1' });
    const sut = applyBillingEvent(start, { kind: 'ignored', id: 'evt_x', created: T0, type: 'customer.created' });

    expect(sut).toEqual({ outcome: 'ignored', record: start });
  });

  it('takes the subscription a completed checkout carries and clears only its own pending session', () => {
    const other = { ...pending, sessionId: 'cs_other' };
    const sut = applyBillingEvent(record({ pendingCheckout: other }), {
      kind: 'checkout-completed',
      id: 'e1',
      created: T0,
      sessionId: 'cs_1',
      customerId: 'cus_9',
      subscription: facts(),
    });

    expect(sut.record).toMatchObject({ customerId: 'cus_9', subscription: { id: 'sub_1', status: 'trialing' } });
    expect(sut.record.pendingCheckout).toBeUndefined(); // the live subscription settles any open checkout
    const withoutSub = applyBillingEvent(record({ pendingCheckout: other }), {
      kind: 'checkout-completed',
      id: 'e2',
      created: T0,
      sessionId: 'cs_1',
    });
    expect(withoutSub.record.pendingCheckout).toEqual(other);
  });

  it('keeps a payment problem until a later invoice is paid, whatever arrives first', () => {
    const failed: BillingEvent = { kind: 'invoice', id: 'f', created: T0 + 10, outcome: 'failed', subscriptionId: 'sub_1' };
    const paidBefore: BillingEvent = { kind: 'invoice', id: 'p0', created: T0, outcome: 'paid', subscriptionId: 'sub_1' };
    const paidAfter: BillingEvent = { kind: 'invoice', id: 'p1', created: T0 + 20, outcome: 'paid', subscriptionId: 'sub_1' };
    const now = new Date((T0 + 30) * 1000);
    const start = record({ subscription: facts({ status: 'past_due' }), subscriptionEventAt: T0 });

    expect(billingSummary(applyAll([failed, paidBefore], start), now).paymentProblem).toBe(true);
    expect(billingSummary(applyAll([paidBefore, failed], start), now).paymentProblem).toBe(true);
    expect(billingSummary(applyAll([paidAfter, failed], start), now).paymentProblem).toBe(false);
  });

  it('ignores invoices of another subscription', () => {
    const start = record({ subscription: facts(), subscriptionEventAt: T0 });
    const sut = applyBillingEvent(start, { kind: 'invoice', id: 'x', created: T0 + 1, outcome: 'failed', subscriptionId: 'sub_old' });

    expect(sut.outcome).toBe('other-subscription');
    expect(sut.record.paymentFailedAt).toBeUndefined();
  });

  it(`remembers the last ${REMEMBERED_EVENT_IDS} event ids`, () => {
    const events = Array.from({ length: REMEMBERED_EVENT_IDS + 5 }, (_, i) => subscriptionEvent(`e${i}`, T0 + i));
    const sut = applyAll(events);

    expect(sut.eventIds).toHaveLength(REMEMBERED_EVENT_IDS);
    expect(sut.eventIds.at(-1)).toBe(`e${REMEMBERED_EVENT_IDS + 4}`);
  });
});

describe('billingSummary', () => {
  const at = (offset: number) => new Date((T0 + offset) * 1000);
  const day = 86_400;

  it.each([
    ['no subscription', record(), 'NONE'],
    ['an open checkout', record({ pendingCheckout: pending }), 'CHECKOUT_OPEN'],
    ['an expired checkout', record({ pendingCheckout: { ...pending, expiresAt: at(-1).toISOString() } }), 'NONE'],
    ['the 30-day trial', record({ subscription: facts() }), 'TRIALING'],
    ['a paid subscription', record({ subscription: facts({ status: 'active' }) }), 'ACTIVE'],
    ['a failed renewal', record({ subscription: facts({ status: 'past_due' }) }), 'PAST_DUE'],
    [
      'a scheduled cancellation',
      record({ subscription: facts({ status: 'active', cancelAtPeriodEnd: true, currentPeriodEnd: at(10 * day).toISOString() }) }),
      'CANCELING',
    ],
    [
      'a cancellation date that has passed',
      record({ subscription: facts({ status: 'active', cancelAtPeriodEnd: true, currentPeriodEnd: at(-1).toISOString() }) }),
      'ENDED',
    ],
    ['a canceled subscription', record({ subscription: facts({ status: 'canceled' }) }), 'ENDED'],
    ['an unpaid subscription', record({ subscription: facts({ status: 'unpaid' }) }), 'ENDED'],
  ])('%s reads as %s', (_label, billing, phase) => {
    expect(billingSummary(billing, at(0)).phase).toBe(phase);
  });

  it('shows the trial end and the renewal while trialing, and the end date once canceling', () => {
    const trial = billingSummary(record({ subscription: facts() }), at(0));
    expect(trial).toMatchObject({ plan: 'BASIC', interval: 'MONTH', trialEndsAt: facts().trialEnd, renewsAt: facts().currentPeriodEnd });

    const canceling = billingSummary(record({ subscription: facts({ status: 'active', cancelAtPeriodEnd: true }) }), at(0));
    expect(canceling).toMatchObject({ phase: 'CANCELING', endsAt: facts().currentPeriodEnd });
    expect(canceling.renewsAt).toBeUndefined();
  });

  it.each([
    ['TRIALING', facts(), true],
    ['CANCELING', facts({ cancelAtPeriodEnd: true }), true],
    ['ENDED', facts({ status: 'canceled' }), false],
  ])('a %s subscription is live for checkout: %s', (_label, subscription, live) => {
    expect(hasLiveSubscription(record({ subscription }), at(0))).toBe(live);
  });
});
