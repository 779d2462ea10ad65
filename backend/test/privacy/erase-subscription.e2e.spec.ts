import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_NAMES } from '../../src/catalogue';
import { useLocalBillingGateway } from '../../src/modules/billing';
import { unreachableStripeGateway } from '../support/unreachable-stripe';
import { postApi } from '../support/test-runtime';
import { keeperRuntime } from '../targets/keeper-runtime';
import { leftoversIn } from './leftovers';

describe('deleting an account whose subscription renews', () => {
  const ctx = keeperRuntime('BASIC');
  let subscriptionId: string;

  const userRow = async () =>
    (await ctx.doc.send(new GetCommand({ TableName: ctx.table('user'), Key: { user_id: ctx.keeper.userId } }))).Item as
      { billing?: { customerId?: string; subscription?: { id: string; status: string } } } | undefined;
  const erasures = async () => (await ctx.doc.send(new ScanCommand({ TableName: ctx.table('account-erasure') }))).Items ?? [];

  beforeAll(async () => {
    const checkout = await postApi(ctx.runtime, '/user/billing/checkout', { plan: 'BASIC', interval: 'MONTH' }, ctx.keeper);
    const sessionId = String(checkout.body.url).split('/').pop()!;
    await ctx.runtime.localStripe!.completeCheckout(sessionId, undefined);
    const saved = await postApi(
      ctx.runtime,
      '/test/history/save',
      { tankId: ctx.tankId, date: '2026-03-02', elements: [{ elementId: 'alkalinity', value: 8.1 }] },
      ctx.keeper,
    );
    expect(saved.status).toBe(200);
    subscriptionId = (await userRow())!.billing!.subscription!.id;
    expect((await ctx.runtime.localStripe!.retrieveSubscription(subscriptionId)).status).toBe('trialing');
  });

  it('answers 502 with a support reference and deletes nothing when Stripe cannot be reached', async () => {
    // The real Stripe SDK gateway, pointed at an address where nothing answers.
    useLocalBillingGateway(await unreachableStripeGateway());
    try {
      const sut = await postApi(ctx.runtime, '/user/delete', { confirmEmail: ctx.keeper.email }, ctx.keeper);

      expect(sut.status).toBe(502);
      expect(sut.body).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', referenceId: expect.stringMatching(/^RAM-[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
      expect(String(sut.body.message)).toMatch(/^Stripe could not list your subscriptions\. Nothing was changed/);
      expect(JSON.stringify(sut.body)).not.toMatch(/at .*\.ts|ECONNREFUSED/);
    } finally {
      useLocalBillingGateway(ctx.runtime.localStripe);
    }
    expect((await postApi(ctx.runtime, '/user', {}, ctx.keeper)).status).toBe(200);
    expect((await postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId }, ctx.keeper)).body.tests).toHaveLength(1);
    expect(await erasures()).toEqual([]);
    expect((await ctx.runtime.localStripe!.retrieveSubscription(subscriptionId)).status).toBe('trialing');
  });

  it('cancels the subscription at once through the billing port, then removes every row of the keeper', async () => {
    const sut = await postApi(ctx.runtime, '/user/delete', { confirmEmail: ctx.keeper.email }, ctx.keeper);

    expect(sut.status).toBe(200);
    expect(sut.body).toMatchObject({ deleted: true, subscription: 'cancelled' });
    const ended = await ctx.runtime.localStripe!.retrieveSubscription(subscriptionId);
    expect(ended).toMatchObject({ status: 'canceled', cancel_at_period_end: false, ended_at: expect.any(Number) });
    for (const table of TABLE_NAMES)
      expect({ table, leftovers: await leftoversIn(ctx, table, ctx.keeper) }).toEqual({ table, leftovers: [] });
    expect(await erasures()).toEqual([expect.objectContaining({ subscription: 'cancelled', identity_deleted: true })]);
    expect((await postApi(ctx.runtime, '/user', {}, ctx.keeper)).status).toBe(401);
  });
});
