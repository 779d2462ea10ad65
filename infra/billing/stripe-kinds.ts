import type { StripeObjectKind } from './stripe-provider';

export interface ProductInputs {
  readonly name: string;
  readonly description: string;
  readonly metadata: Record<string, string>;
}

export interface PriceInputs {
  readonly product: string;
  readonly currency: string;
  /** In the currency's smallest unit (cents). */
  readonly unitAmount: number;
  readonly interval: 'month' | 'year';
  /** What the backend looks prices up by, so price ids never need to be copied anywhere. */
  readonly lookupKey: string;
  readonly nickname: string;
}

export interface CouponInputs {
  readonly name: string;
  readonly percentOff: number;
  readonly durationInMonths: number;
}

export interface PromotionCodeInputs {
  readonly code: string;
  readonly coupon: string;
}

export const productKind: StripeObjectKind<ProductInputs> = {
  typeName: 'Product',
  replaceOn: [],
  create: (client, p) => client.products.create({ name: p.name, description: p.description, metadata: p.metadata }),
  update: (client, id, p) => client.products.update(id, { name: p.name, description: p.description, metadata: p.metadata }),
  // Stripe refuses to delete a product that ever had prices; archiving keeps old invoices readable.
  retire: (client, id) => client.products.update(id, { active: false }),
};

export const priceKind: StripeObjectKind<PriceInputs> = {
  typeName: 'Price',
  // Amount, currency and interval of a Stripe price are fixed for life.
  replaceOn: ['product', 'currency', 'unitAmount', 'interval'],
  create: (client, p) =>
    client.prices.create({
      product: p.product,
      currency: p.currency,
      unit_amount: p.unitAmount,
      recurring: { interval: p.interval },
      lookup_key: p.lookupKey,
      // A replacement price takes the lookup key over from the one it replaces.
      transfer_lookup_key: true,
      nickname: p.nickname,
    }),
  update: (client, id, p) => client.prices.update(id, { lookup_key: p.lookupKey, transfer_lookup_key: true, nickname: p.nickname }),
  retire: (client, id) => client.prices.update(id, { active: false }),
};

export const couponKind: StripeObjectKind<CouponInputs> = {
  typeName: 'Coupon',
  replaceOn: ['percentOff', 'durationInMonths'],
  create: (client, c) =>
    client.coupons.create({
      name: c.name,
      percent_off: c.percentOff,
      duration: 'repeating',
      duration_in_months: c.durationInMonths,
    }),
  update: (client, id, c) => client.coupons.update(id, { name: c.name }),
  retire: (client, id) => client.coupons.del(id),
};

export const promotionCodeKind: StripeObjectKind<PromotionCodeInputs> = {
  typeName: 'PromotionCode',
  replaceOn: ['code', 'coupon'],
  // Active codes are unique: the old one must be switched off before its replacement can take the code.
  deleteBeforeReplace: true,
  create: (client, p) => client.promotionCodes.create({ code: p.code, promotion: { type: 'coupon', coupon: p.coupon } }),
  update: async () => undefined,
  retire: (client, id) => client.promotionCodes.update(id, { active: false }),
};
