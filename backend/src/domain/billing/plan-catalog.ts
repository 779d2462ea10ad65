/**
 * The paid plans, declared once: Pulumi creates these products and prices in Stripe, the local Stripe
 * stand-in charges them, and the app shows them. Amounts are in the currency's smallest unit (cents).
 */

export const PAID_PLANS = ['BASIC', 'PRO'] as const;
export type PaidPlan = (typeof PAID_PLANS)[number];

export const BILLING_INTERVALS = ['MONTH', 'YEAR'] as const;
export type BillingInterval = (typeof BILLING_INTERVALS)[number];

export const BILLING_CURRENCY = 'eur';

/** Every paid subscription starts with this many days of Pro, paid for up front (card collected). */
export const PAID_TRIAL_DAYS = 30;

/** The launch offer: half price for the first year on either plan and interval. */
export const LAUNCH_PROMOTION = {
  code: 'RAM_2026',
  couponName: 'Launch 2026: 50% off the first year',
  percentOff: 50,
  durationInMonths: 12,
} as const;

export interface PlanCatalogEntry {
  readonly plan: PaidPlan;
  readonly displayName: string;
  readonly description: string;
  readonly prices: Readonly<Record<BillingInterval, number>>;
}

export const PLAN_CATALOG: readonly PlanCatalogEntry[] = [
  {
    plan: 'BASIC',
    displayName: 'Reef-A-Matic Basic',
    description: 'ICP uploads within the configured window, one saved dashboard per tank.',
    prices: { MONTH: 499, YEAR: 4990 },
  },
  {
    plan: 'PRO',
    displayName: 'Reef-A-Matic Pro',
    description: 'Unlimited uploads and dashboards, projections, trend warnings and draft programs.',
    prices: { MONTH: 999, YEAR: 9990 },
  },
];

export function isPaidPlan(value: unknown): value is PaidPlan {
  return typeof value === 'string' && (PAID_PLANS as readonly string[]).includes(value);
}

export function isBillingInterval(value: unknown): value is BillingInterval {
  return typeof value === 'string' && (BILLING_INTERVALS as readonly string[]).includes(value);
}

export function catalogEntry(plan: PaidPlan): PlanCatalogEntry {
  return PLAN_CATALOG.find((entry) => entry.plan === plan)!;
}

/** The price of a plan and interval in cents. */
export function planPrice(plan: PaidPlan, interval: BillingInterval): number {
  return catalogEntry(plan).prices[interval];
}

/**
 * The lookup key a Stripe price of the catalogue carries.
 *
 * @example priceLookupKey('PRO', 'YEAR') // 'ram-pro-yearly'
 */
export function priceLookupKey(plan: PaidPlan, interval: BillingInterval): string {
  return `ram-${plan.toLowerCase()}-${interval === 'MONTH' ? 'monthly' : 'yearly'}`;
}

/**
 * The plan and interval behind a lookup key, or undefined for a price that is not RaM's.
 *
 * @example planOfLookupKey('ram-basic-monthly') // { plan: 'BASIC', interval: 'MONTH' }
 */
export function planOfLookupKey(key: string | null | undefined): { plan: PaidPlan; interval: BillingInterval } | undefined {
  const match = /^ram-(basic|pro)-(monthly|yearly)$/.exec(key ?? '');
  if (!match) return undefined;
  return { plan: match[1]!.toUpperCase() as PaidPlan, interval: match[2] === 'monthly' ? 'MONTH' : 'YEAR' };
}

/** Lookup key → Stripe price id, as stored in SSM by infra (or found by lookup key in test mode). */
export type PriceIds = Readonly<Record<string, string>>;

/** The plans as the public app shows them (landing page, sign-up, profile). */
export interface PublicBillingCatalog {
  readonly currency: string;
  readonly trialDays: number;
  readonly promotion: { readonly code: string; readonly percentOff: number; readonly months: number };
  readonly plans: readonly { readonly plan: PaidPlan; readonly name: string; readonly monthly: number; readonly yearly: number }[];
}

export function publicBillingCatalog(): PublicBillingCatalog {
  return {
    currency: BILLING_CURRENCY,
    trialDays: PAID_TRIAL_DAYS,
    promotion: { code: LAUNCH_PROMOTION.code, percentOff: LAUNCH_PROMOTION.percentOff, months: LAUNCH_PROMOTION.durationInMonths },
    plans: PLAN_CATALOG.map((p) => ({ plan: p.plan, name: p.displayName, monthly: p.prices.MONTH, yearly: p.prices.YEAR })),
  };
}
