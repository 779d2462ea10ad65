import { billingEventOf, keeperOf, subscriptionFacts, UnknownPriceError, type StripeSubscriptionLike } from './stripe-events';

const subscription = (overrides: Partial<StripeSubscriptionLike> = {}): StripeSubscriptionLike => ({
  id: 'sub_1',
  customer: 'cus_1',
  status: 'trialing',
  cancel_at_period_end: false,
  trial_end: 1_769_904_000,
  metadata: { userId: 'u1' },
  items: { data: [{ price: { id: 'price_b_m', lookup_key: 'ram-basic-monthly' }, current_period_end: 1_769_904_000 }] },
  ...overrides,
});

describe('subscriptionFacts', () => {
  it('reads plan and interval from the lookup key and the period end from the item', () => {
    expect(subscriptionFacts(subscription(), {})).toMatchObject({
      plan: 'BASIC',
      interval: 'MONTH',
      priceId: 'price_b_m',
      status: 'trialing',
      currentPeriodEnd: '2026-02-01T00:00:00.000Z',
      trialEnd: '2026-02-01T00:00:00.000Z',
    });
  });

  it('falls back to the catalogue price ids when a price has no lookup key', () => {
    const sut = subscriptionFacts(subscription({ items: { data: [{ price: { id: 'price_p_y', lookup_key: null } }] } }), {
      'ram-pro-yearly': 'price_p_y',
    });

    expect(sut).toMatchObject({ plan: 'PRO', interval: 'YEAR' });
  });

  it('refuses a price that is not one of the plans', () => {
    expect(() => subscriptionFacts(subscription({ items: { data: [{ price: { id: 'price_other' } }] } }), {})).toThrow(UnknownPriceError);
  });
});

describe('billingEventOf', () => {
  it.each([
    ['customer.subscription.updated', 'subscription'],
    ['customer.subscription.deleted', 'subscription'],
    ['invoice.paid', 'invoice'],
    ['invoice.payment_failed', 'invoice'],
    ['checkout.session.completed', 'checkout-completed'],
    ['customer.created', 'ignored'],
    ['payment_intent.succeeded', 'ignored'],
  ])('maps %s to a %s event', (type, kind) => {
    const object = type.startsWith('customer.subscription') ? subscription() : { id: 'obj_1', customer: 'cus_1', subscription: 'sub_1' };
    expect(billingEventOf({ id: 'evt_1', type, created: 1, data: { object: object as unknown as Record<string, unknown> } }, {}).kind).toBe(
      kind,
    );
  });

  it('finds the keeper from the checkout reference or the metadata', () => {
    expect(keeperOf({ id: 'e', type: 'checkout.session.completed', created: 1, data: { object: { client_reference_id: 'u7' } } })).toBe(
      'u7',
    );
    expect(keeperOf({ id: 'e', type: 'customer.subscription.updated', created: 1, data: { object: { metadata: { userId: 'u8' } } } })).toBe(
      'u8',
    );
    expect(
      keeperOf({
        id: 'e',
        type: 'invoice.paid',
        created: 1,
        data: { object: { parent: { subscription_details: { metadata: { userId: 'u9' } } } } },
      }),
    ).toBe('u9');
  });
});
