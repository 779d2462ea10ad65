import { FakeStripe } from '../testing/fake-stripe';
import { CURRENCY, LAUNCH_PROMOTION, PLANS, priceLookupKey } from './plans';
import {
  couponKind,
  priceKind,
  productKind,
  promotionCodeKind,
  type CouponInputs,
  type PriceInputs,
  type ProductInputs,
} from './stripe-kinds';
import { StripeObjectProvider, type StripeOutputs } from './stripe-provider';

const KEY = 'sk_test_provider';

function providers(stripe: FakeStripe) {
  return {
    product: new StripeObjectProvider(productKind, stripe.factory),
    price: new StripeObjectProvider(priceKind, stripe.factory),
    coupon: new StripeObjectProvider(couponKind, stripe.factory),
    promotionCode: new StripeObjectProvider(promotionCodeKind, stripe.factory),
  };
}

const basic: ProductInputs = { name: 'Reef-A-Matic Basic', description: 'Basic plan', metadata: { plan: 'basic' } };

async function createdProduct(stripe: FakeStripe): Promise<StripeOutputs<ProductInputs>> {
  const { outs } = await providers(stripe).product.create({ ...basic, apiKey: KEY });
  return outs;
}

function monthly(product: string): PriceInputs {
  return { product, currency: 'eur', unitAmount: 499, interval: 'month', lookupKey: 'ram-basic-monthly', nickname: 'Basic' };
}

describe('StripeObjectProvider', () => {
  it('creates a product with the key from its inputs and returns the Stripe id as an output', async () => {
    const sut = new FakeStripe();
    const outs = await createdProduct(sut);
    expect(sut.products.get(outs.stripeId)).toMatchObject({ name: basic.name, metadata: { plan: 'basic' }, active: true });
    expect(sut.calls).toEqual([{ apiKey: KEY, method: 'products.create', id: undefined }]);
  });

  it('updates a renamed product in place', async () => {
    const stripe = new FakeStripe();
    const sut = providers(stripe).product;
    const olds = await createdProduct(stripe);
    const news = { ...basic, name: 'Reef-A-Matic Basic+', apiKey: KEY };
    expect(await sut.diff(olds.stripeId, olds, news)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
    await sut.update(olds.stripeId, olds, news);
    expect(stripe.products.get(olds.stripeId)?.name).toBe('Reef-A-Matic Basic+');
  });

  it('sees no change when only the API key was rotated', async () => {
    const stripe = new FakeStripe();
    const olds = await createdProduct(stripe);
    const diff = await providers(stripe).product.diff(olds.stripeId, olds, { ...basic, apiKey: 'sk_test_rotated' });
    expect(diff.changes).toBe(false);
  });

  it('archives a deleted product instead of deleting it, using the key stored in its outputs', async () => {
    const stripe = new FakeStripe();
    const outs = await createdProduct(stripe);
    await providers(stripe).product.delete(outs.stripeId, outs);
    expect(stripe.products.get(outs.stripeId)?.active).toBe(false);
    expect(stripe.calls.at(-1)).toEqual({ apiKey: KEY, method: 'products.update', id: outs.stripeId });
  });

  it('replaces a price whose amount changed, and the new price takes over the lookup key', async () => {
    const stripe = new FakeStripe();
    const sut = providers(stripe).price;
    const product = await createdProduct(stripe);
    const { outs: olds } = await sut.create({ ...monthly(product.stripeId), apiKey: KEY });
    const news = { ...monthly(product.stripeId), unitAmount: 599, apiKey: KEY };
    expect(await sut.diff(olds.stripeId, olds, news)).toMatchObject({ changes: true, replaces: ['unitAmount'] });
    const { outs: replacement } = await sut.create(news);
    await sut.delete(olds.stripeId, olds);
    expect(stripe.prices.get(replacement.stripeId)).toMatchObject({ unit_amount: 599, lookup_key: 'ram-basic-monthly' });
    expect(stripe.prices.get(olds.stripeId)).toMatchObject({ active: false, lookup_key: undefined });
  });

  it('renames a price in place, keeping its id', async () => {
    const stripe = new FakeStripe();
    const sut = providers(stripe).price;
    const product = await createdProduct(stripe);
    const { outs: olds } = await sut.create({ ...monthly(product.stripeId), apiKey: KEY });
    const news = { ...monthly(product.stripeId), nickname: 'Basic (monthly)', apiKey: KEY };
    expect((await sut.diff(olds.stripeId, olds, news)).replaces).toEqual([]);
    expect((await sut.update(olds.stripeId, olds, news)).outs).toMatchObject({ stripeId: olds.stripeId });
    expect(stripe.prices.get(olds.stripeId)?.nickname).toBe('Basic (monthly)');
  });

  it('fails when Stripe refuses, rather than reporting a price that does not exist', async () => {
    const sut = providers(new FakeStripe()).price;
    await expect(sut.create({ ...monthly('prod_missing'), apiKey: KEY })).rejects.toThrow(/No such object/);
  });

  it('deletes a coupon, and replaces one whose discount changed', async () => {
    const stripe = new FakeStripe();
    const sut = providers(stripe).coupon;
    const inputs: CouponInputs = { name: 'Launch', percentOff: 50, durationInMonths: 12 };
    const { outs } = await sut.create({ ...inputs, apiKey: KEY });
    expect((await sut.diff(outs.stripeId, outs, { ...inputs, percentOff: 40, apiKey: KEY })).replaces).toEqual(['percentOff']);
    await sut.delete(outs.stripeId, outs);
    expect(stripe.coupons.has(outs.stripeId)).toBe(false);
  });

  it('switches an old promotion code off before its replacement claims the same code', async () => {
    const stripe = new FakeStripe();
    const sut = providers(stripe);
    const { outs: coupon } = await sut.coupon.create({ name: 'Launch', percentOff: 50, durationInMonths: 12, apiKey: KEY });
    const { outs: newCoupon } = await sut.coupon.create({ name: 'Launch', percentOff: 40, durationInMonths: 12, apiKey: KEY });
    const { outs: olds } = await sut.promotionCode.create({ code: 'RAM_2026', coupon: coupon.stripeId, apiKey: KEY });
    const news = { code: 'RAM_2026', coupon: newCoupon.stripeId, apiKey: KEY };

    const diff = await sut.promotionCode.diff(olds.stripeId, olds, news);

    expect(diff).toEqual({ changes: true, replaces: ['coupon'], deleteBeforeReplace: true });
    await expect(sut.promotionCode.create(news)).rejects.toThrow(/already exists/);
    await sut.promotionCode.delete(olds.stripeId, olds);
    await expect(sut.promotionCode.create(news)).resolves.toMatchObject({ id: expect.stringMatching(/^promo_/) });
  });
});

describe('the Reef-A-Matic catalogue in Stripe', () => {
  it('offers Basic and Pro monthly and annually, and RAM_2026 takes 50% off for 12 months', async () => {
    const stripe = new FakeStripe();
    const sut = providers(stripe);
    for (const plan of PLANS) {
      const { outs: product } = await sut.product.create({
        name: plan.displayName,
        description: plan.description,
        metadata: { plan: plan.name },
        apiKey: KEY,
      });
      for (const price of plan.prices) {
        const lookupKey = priceLookupKey(plan.name, price.interval);
        await sut.price.create({ product: product.stripeId, currency: CURRENCY, ...price, lookupKey, nickname: lookupKey, apiKey: KEY });
      }
    }
    const { outs: coupon } = await sut.coupon.create({
      name: LAUNCH_PROMOTION.couponName,
      percentOff: LAUNCH_PROMOTION.percentOff,
      durationInMonths: LAUNCH_PROMOTION.durationInMonths,
      apiKey: KEY,
    });
    await sut.promotionCode.create({ code: LAUNCH_PROMOTION.code, coupon: coupon.stripeId, apiKey: KEY });

    const lookup = [...stripe.prices.values()].map((p) => [p.lookup_key, (p.recurring as { interval: string }).interval]);
    expect(lookup.sort()).toEqual([
      ['ram-basic-monthly', 'month'],
      ['ram-basic-yearly', 'year'],
      ['ram-pro-monthly', 'month'],
      ['ram-pro-yearly', 'year'],
    ]);
    expect([...stripe.coupons.values()]).toEqual([
      expect.objectContaining({ percent_off: 50, duration: 'repeating', duration_in_months: 12 }),
    ]);
    expect([...stripe.promotionCodes.values()]).toEqual([
      expect.objectContaining({ code: 'RAM_2026', promotion: { type: 'coupon', coupon: coupon.stripeId } }),
    ]);
  });
});
