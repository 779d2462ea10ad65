/**
 * What a keeper may do right now, as one pure function of their user record, their usage, the
 * admin settings and the clock. Every gate in RaM asks this function; nothing else decides.
 */

export type ChosenPlan = 'TRIAL' | 'BASIC' | 'PRO';

/** Stripe subscription states (https://stripe.com/docs/billing/subscriptions/overview#subscription-statuses). */
export type SubscriptionStatus =
  'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid' | 'incomplete' | 'incomplete_expired' | 'paused';

export interface EntitlementSubject {
  readonly plan: ChosenPlan;
  readonly trialEndsAt: string;
  /** Friend/free access granted by the admin: Pro without billing. */
  readonly billingExempt: boolean;
  /** The bootstrap admin's own keeper features never depend on billing, so support can reproduce a keeper's problem. */
  readonly bootstrapAdmin?: boolean;
  readonly subscription?: {
    readonly status: SubscriptionStatus;
    readonly tier: 'BASIC' | 'PRO';
    readonly cancelAtPeriodEnd: boolean;
    readonly currentPeriodEnd?: string;
  };
}

export interface UsageFacts {
  /** ICP PDFs accepted for upload, ever. */
  readonly icpUploadsTotal: number;
  readonly lastIcpUploadAt?: string;
}

export interface EntitlementSettings {
  readonly basicUploadWindowMinutes: number;
}

export const DEFAULT_ENTITLEMENT_SETTINGS: EntitlementSettings = { basicUploadWindowMinutes: 7 * 24 * 60 };
export const TRIAL_UPLOAD_LIMIT = 3;
export const BASIC_DASHBOARDS_PER_TANK = 1;

export type AccessTier = 'TRIAL' | 'BASIC' | 'PRO' | 'FRIEND' | 'NONE';

export type ClosedReason =
  'TRIAL_EXPIRED' | 'TRIAL_UPLOADS_USED' | 'BASIC_UPLOAD_WINDOW' | 'CHECKOUT_REQUIRED' | 'SUBSCRIPTION_INACTIVE' | 'PRO_FEATURE';

export interface Gate {
  readonly allowed: boolean;
  readonly reason?: ClosedReason;
  /** The limit behind the gate, when it has one. */
  readonly limit?: number;
  /** When a time-limited gate opens again. */
  readonly retryAt?: string;
}

export interface Entitlements {
  readonly tier: AccessTier;
  /** Why there is no access at all (tier NONE). */
  readonly reason?: ClosedReason;
  readonly trialEndsAt?: string;
  readonly uploads: Gate & { readonly remaining: number | null };
  readonly dashboards: Gate & { readonly perTankLimit: number | null };
  readonly projections: Gate;
  readonly trendWarnings: Gate;
  readonly doseResponse: Gate;
  readonly draftPrograms: Gate;
  /** Saving anything (tests, uploads, doses, programs, templates, targets, dashboards, corrections, review decisions); reads stay open. */
  readonly writes: Gate;
}

const open: Gate = { allowed: true };
const closed = (reason: ClosedReason): Gate => ({ allowed: false, reason });

function proFeatures(): Pick<Entitlements, 'projections' | 'trendWarnings' | 'doseResponse' | 'draftPrograms'> {
  return { projections: open, trendWarnings: open, doseResponse: open, draftPrograms: open };
}

function noAccess(reason: ClosedReason, trialEndsAt?: string): Entitlements {
  const gate = closed(reason);
  return {
    tier: 'NONE',
    reason,
    trialEndsAt,
    uploads: { ...gate, remaining: 0 },
    dashboards: { ...gate, perTankLimit: 0 },
    projections: gate,
    trendWarnings: gate,
    doseResponse: gate,
    draftPrograms: gate,
    writes: gate,
  };
}

function proAccess(tier: 'PRO' | 'FRIEND'): Entitlements {
  return {
    tier,
    uploads: { allowed: true, remaining: null },
    dashboards: { allowed: true, perTankLimit: null },
    ...proFeatures(),
    writes: open,
  };
}

function basicAccess(usage: UsageFacts, settings: EntitlementSettings, now: Date): Entitlements {
  const pro = closed('PRO_FEATURE');
  const windowMs = settings.basicUploadWindowMinutes * 60_000;
  const last = usage.lastIcpUploadAt ? Date.parse(usage.lastIcpUploadAt) : undefined;
  const opensAt = last !== undefined ? last + windowMs : undefined;
  const uploads: Entitlements['uploads'] =
    opensAt !== undefined && now.getTime() < opensAt
      ? { allowed: false, reason: 'BASIC_UPLOAD_WINDOW', limit: 1, remaining: 0, retryAt: new Date(opensAt).toISOString() }
      : { allowed: true, limit: 1, remaining: 1 };
  return {
    tier: 'BASIC',
    uploads,
    dashboards: { allowed: true, limit: BASIC_DASHBOARDS_PER_TANK, perTankLimit: BASIC_DASHBOARDS_PER_TANK },
    projections: pro,
    trendWarnings: pro,
    doseResponse: pro,
    draftPrograms: pro,
    writes: open,
  };
}

function subscriptionIsLive(sub: NonNullable<EntitlementSubject['subscription']>, now: Date): boolean {
  if (sub.status === 'trialing' || sub.status === 'active' || sub.status === 'past_due') {
    // Cancel-at-period-end keeps access until the paid period is over.
    return !(sub.cancelAtPeriodEnd && sub.currentPeriodEnd && Date.parse(sub.currentPeriodEnd) <= now.getTime());
  }
  return false;
}

/**
 * Resolves a keeper's effective access.
 *
 * @example resolveEntitlements({ plan: 'TRIAL', trialEndsAt: '2026-01-08T00:00:00Z', billingExempt: false }, { icpUploadsTotal: 3 }, DEFAULT_ENTITLEMENT_SETTINGS, new Date('2026-01-02T00:00:00Z')).uploads
 * // { allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: 3, remaining: 0 }
 */
export function resolveEntitlements(
  subject: EntitlementSubject,
  usage: UsageFacts,
  settings: EntitlementSettings,
  now: Date,
): Entitlements {
  if (subject.billingExempt || subject.bootstrapAdmin) return proAccess('FRIEND');

  const sub = subject.subscription;
  if (sub) {
    if (!subscriptionIsLive(sub, now)) return noAccess('SUBSCRIPTION_INACTIVE');
    // A paid plan starts with Stripe's 30-day trial of Pro, whichever tier was bought.
    if (sub.status === 'trialing' || sub.tier === 'PRO') return proAccess('PRO');
    return basicAccess(usage, settings, now);
  }

  if (subject.plan !== 'TRIAL') return noAccess('CHECKOUT_REQUIRED');
  if (now.getTime() >= Date.parse(subject.trialEndsAt)) return noAccess('TRIAL_EXPIRED', subject.trialEndsAt);
  const remaining = Math.max(0, TRIAL_UPLOAD_LIMIT - usage.icpUploadsTotal);
  return {
    tier: 'TRIAL',
    trialEndsAt: subject.trialEndsAt,
    uploads:
      remaining > 0
        ? { allowed: true, limit: TRIAL_UPLOAD_LIMIT, remaining }
        : { allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: TRIAL_UPLOAD_LIMIT, remaining: 0 },
    dashboards: { allowed: true, perTankLimit: null },
    ...proFeatures(),
    writes: open,
  };
}

/**
 * Whether a batch of `files` ICP uploads may start now: all of it or none of it.
 *
 * @example uploadAllowance(entitlements, 2) // { allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: 3 }
 */
export function uploadAllowance(entitlements: Entitlements, files: number): Gate {
  const { uploads } = entitlements;
  if (!uploads.allowed) return { allowed: false, reason: uploads.reason, limit: uploads.limit, retryAt: uploads.retryAt };
  if (uploads.remaining !== null && files > uploads.remaining) {
    const reason: ClosedReason = entitlements.tier === 'BASIC' ? 'BASIC_UPLOAD_WINDOW' : 'TRIAL_UPLOADS_USED';
    return { allowed: false, reason, limit: uploads.limit };
  }
  return { allowed: true, limit: uploads.limit };
}
