import type { BillingCatalog, BillingInterval } from '../../../core/config/runtime-config';
import type { BillingSummary, Entitlements } from '../../../core/profile/profile.model';
import { formatAmount, priceOf } from '../../../shared/plans/plan-prices';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const on = (iso: string | undefined) =>
  iso ? day.format(new Date(iso)) : 'a date Stripe will confirm';
const planName = (plan: string | undefined) => (plan === 'PRO' ? 'Pro' : 'Basic');
const intervalName = (interval: string | undefined) => (interval === 'YEAR' ? 'yearly' : 'monthly');

/** The headline of Plan & billing, and whether the keeper has something to do. */
export interface BillingStanding {
  readonly title: string;
  readonly detail: string;
  readonly tone: 'ok' | 'warning' | 'closed';
}

/**
 * The subscription in the keeper's words.
 *
 * @example billingStanding({ phase: 'TRIALING', plan: 'BASIC', interval: 'MONTH', trialEndsAt: '2027-01-01T00:00:00Z', paymentProblem: false, hasCustomer: true }, catalog).title
 * // 'Basic, monthly: Pro trial'
 */
export function billingStanding(
  billing: BillingSummary,
  catalog?: BillingCatalog,
): BillingStanding {
  const name = `${planName(billing.plan)}, ${intervalName(billing.interval)}`;
  const price =
    billing.plan && billing.interval ? priceOf(catalog, billing.plan, billing.interval) : undefined;
  // The list price: a promotion code is applied by Stripe on the invoice.
  const then =
    price !== undefined && catalog
      ? `, then ${formatAmount(price, catalog.currency)} ${billing.interval === 'YEAR' ? 'a year' : 'a month'} less any promotion code`
      : '';
  switch (billing.phase) {
    case 'TRIALING':
      return {
        title: `${name}: Pro trial`,
        detail: `All of Pro until ${on(billing.trialEndsAt)}${then}.`,
        tone: 'ok',
      };
    case 'ACTIVE':
      return { title: name, detail: `Renews on ${on(billing.renewsAt)}.`, tone: 'ok' };
    case 'PAST_DUE':
      return {
        title: `${name}: payment failed`,
        detail:
          'Stripe could not take the last payment. Update your card under Manage billing to keep your plan.',
        tone: 'warning',
      };
    case 'CANCELING':
      return {
        title: `${name}: ends ${on(billing.endsAt)}`,
        detail: 'Everything keeps working until then. Resume under Manage billing to stay on.',
        tone: 'warning',
      };
    case 'ENDED':
      return {
        title: 'Subscription ended',
        detail: `Your ${planName(billing.plan)} plan ended${billing.endsAt ? ` on ${on(billing.endsAt)}` : ''}. Your tanks and history are kept and can be read; choose a plan to save again.`,
        tone: 'closed',
      };
    case 'CHECKOUT_OPEN':
      return {
        title: 'Checkout not finished',
        detail: `Your checkout for ${planName(billing.pendingCheckout?.plan)} (${intervalName(billing.pendingCheckout?.interval)}) is still open. Continue it to start your plan.`,
        tone: 'warning',
      };
    default:
      return {
        title: 'No paid plan yet',
        detail:
          'Choose Basic or Pro below. Paid plans start with a Pro trial; your card is charged when it ends.',
        tone: 'ok',
      };
  }
}

/** Whether the keeper already pays (or is in the paid trial): the portal, not a checkout, is the next step. */
export function isSubscribed(billing: BillingSummary | undefined): boolean {
  return ['TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELING'].includes(billing?.phase ?? 'NONE');
}

/**
 * The app-wide banner for a payment problem or lapsed access, or null when all is well.
 *
 * @example billingBanner({ tier: 'NONE', reason: 'SUBSCRIPTION_INACTIVE', … }, { phase: 'ENDED', … })
 * // 'Your subscription has ended: you can read and export your history, but not save. …'
 */
export function billingBanner(
  entitlements: Entitlements,
  billing: BillingSummary | undefined,
): string | null {
  if (entitlements.tier === 'FRIEND') return null;
  if (billing?.phase === 'PAST_DUE' || (billing?.paymentProblem && isSubscribed(billing))) {
    return 'Your last payment failed. Update your card under Plan & billing to keep your plan.';
  }
  if (entitlements.tier !== 'NONE') return null;
  switch (entitlements.reason) {
    case 'SUBSCRIPTION_INACTIVE':
      return 'Your subscription has ended: you can read and export your history, but not save anything new. Choose a plan to carry on.';
    case 'TRIAL_EXPIRED':
      return 'Your free trial has ended: your history stays readable. Choose a plan to save again.';
    case 'CHECKOUT_REQUIRED':
      return 'Your plan starts when checkout is finished: until then you can look around but not save.';
    default:
      return 'Your account has no active plan right now. Choose one to save again.';
  }
}

/** The two ways to pay, for the interval switches of sign-up and Plan & billing. */
export const INTERVAL_OPTIONS: readonly {
  readonly value: BillingInterval;
  readonly label: string;
}[] = [
  { value: 'MONTH', label: 'Monthly' },
  { value: 'YEAR', label: 'Yearly' },
];
