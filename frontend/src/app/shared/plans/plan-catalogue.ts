import type { BillingCatalog } from '../../core/config/runtime-config';
import type { SignUpPlan } from '../../core/identity/identity-client';
import { offerLine, priceLine } from './plan-prices';

export interface PlanOption {
  readonly plan: SignUpPlan;
  readonly name: string;
  readonly price: string;
  readonly summary: string;
  readonly highlights: readonly string[];
  /** The paid trial and launch code, under a paid plan's price. */
  readonly offer?: string;
}

/** The three ways to start, in the keeper's words; the same list feeds the landing and sign-up pages. */
export const PLAN_OPTIONS: readonly PlanOption[] = [
  {
    plan: 'TRIAL',
    name: 'Free Trial',
    price: 'Free for 7 days',
    summary: 'Everything in Pro for a week, no payment details needed.',
    highlights: [
      'All Pro features for 7 days',
      '3 ICP report uploads',
      'Corrections and Reef Reviews',
    ],
  },
  {
    plan: 'BASIC',
    name: 'Basic',
    price: 'Monthly or yearly',
    summary: 'Steady tracking for one careful keeper.',
    highlights: [
      'One ICP upload per upload window',
      'Corrections and dosing history',
      'One saved dashboard per tank',
    ],
  },
  {
    plan: 'PRO',
    name: 'Pro',
    price: 'Monthly or yearly',
    summary: 'For keepers who want RaM to plan ahead with them.',
    highlights: [
      'Unlimited ICP uploads and dashboards',
      'Trend warnings and projections',
      'Draft dosing programs',
    ],
  },
];

/** The plan cards with the real prices from `/config.json` (the catalogue Stripe charges), when it lists them. */
export function planOptionsFor(catalog: BillingCatalog | undefined): readonly PlanOption[] {
  return PLAN_OPTIONS.map((option) => {
    if (option.plan === 'TRIAL') return option;
    const price = priceLine(catalog, option.plan);
    return price ? { ...option, price, offer: offerLine(catalog) } : option;
  });
}

const TIER_LABELS: Record<string, string> = {
  TRIAL: 'Free Trial',
  BASIC: 'Basic',
  PRO: 'Pro',
  FRIEND: 'Pro (friend access)',
  LAPSED: 'No active plan',
  NONE: 'No active plan',
};

/** A plan or access tier code as a label, e.g. `planLabel('PRO')` → `Pro`; unknown codes pass through. */
export function planLabel(code: string): string {
  return TIER_LABELS[code] ?? code;
}

export function isSignUpPlan(value: unknown): value is SignUpPlan {
  return PLAN_OPTIONS.some((option) => option.plan === value);
}
