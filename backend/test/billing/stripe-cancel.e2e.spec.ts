import { FakeStripeApi } from '../fakes/fake-stripe-api';

describe('ending a keeper’s subscriptions with the Stripe SDK', () => {
  let stripe: FakeStripeApi;

  beforeEach(async () => {
    stripe = await FakeStripeApi.start([
      { id: 'sub_running', customer: 'cus_keeper', status: 'active' },
      { id: 'sub_trial', customer: 'cus_keeper', status: 'trialing' },
      { id: 'sub_expired', customer: 'cus_keeper', status: 'incomplete_expired' },
      { id: 'sub_other', customer: 'cus_other', status: 'active' },
    ]);
  });
  afterEach(() => stripe.stop());

  it('cancels every running subscription of the customer now, without a final invoice or proration', async () => {
    const sut = stripe.gateway();

    expect(await sut.cancelSubscriptionsNow('cus_keeper')).toEqual(['sub_running', 'sub_trial']);
    expect(stripe.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/subscriptions',
      'DELETE /v1/subscriptions/sub_running',
      'DELETE /v1/subscriptions/sub_trial',
    ]);
    expect(stripe.requests[0]!.query).toMatchObject({ customer: 'cus_keeper', limit: '100' });
    for (const cancel of stripe.requests.slice(1)) {
      expect({ ...cancel.query, ...cancel.form }).toMatchObject({
        invoice_now: 'false',
        prorate: 'false',
        'cancellation_details[comment]': 'RaM account deleted by the keeper',
      });
      expect(cancel.idempotencyKey).toBe(`ram-erasure-${cancel.path.split('/').pop()}`);
    }
  });

  it('asks for nothing more when the customer has nothing running', async () => {
    const sut = stripe.gateway();
    await sut.cancelSubscriptionsNow('cus_keeper');

    expect(await sut.cancelSubscriptionsNow('cus_keeper')).toEqual([]);
    expect(stripe.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
  });
});
