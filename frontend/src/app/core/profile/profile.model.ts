import type { Tank } from '../../shared/tanks/tank';
import type { SignUpPlan } from '../identity/identity-client';

export type { Tank };

export type AccessTier = 'TRIAL' | 'BASIC' | 'PRO' | 'FRIEND' | 'NONE';

/** Why a gate is closed; each has a plain explanation in entitlement-text.ts. */
export type ClosedReason =
  | 'TRIAL_EXPIRED'
  | 'TRIAL_UPLOADS_USED'
  | 'BASIC_UPLOAD_WINDOW'
  | 'CHECKOUT_REQUIRED'
  | 'SUBSCRIPTION_INACTIVE'
  | 'PRO_FEATURE';

/** One thing the plan allows or not; `retryAt` is when a time-limited gate opens again. */
export interface Gate {
  readonly allowed: boolean;
  readonly reason?: ClosedReason;
  readonly limit?: number;
  readonly retryAt?: string;
}

/** What the keeper may do right now, as the API resolves it from plan, usage and clock. */
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
  /** Saving anything; closed (reads stay open) while the keeper has no effective access. */
  readonly writes?: Gate;
}

export type BillingPhase =
  'NONE' | 'CHECKOUT_OPEN' | 'TRIALING' | 'ACTIVE' | 'PAST_DUE' | 'CANCELING' | 'ENDED';

/** Plan & billing: the paid subscription as Stripe last reported it. */
export interface BillingSummary {
  readonly phase: BillingPhase;
  readonly plan?: 'BASIC' | 'PRO';
  readonly interval?: 'MONTH' | 'YEAR';
  readonly status?: string;
  readonly trialEndsAt?: string;
  readonly renewsAt?: string;
  readonly endsAt?: string;
  readonly paymentProblem: boolean;
  readonly hasCustomer: boolean;
  readonly pendingCheckout?: {
    readonly plan: 'BASIC' | 'PRO';
    readonly interval: 'MONTH' | 'YEAR';
  };
}

/** What `POST /user` and `POST /user/save` answer with. */
export interface UserProfile {
  readonly user: {
    readonly userId: string;
    readonly email: string;
    readonly displayName: string;
    /** The plan chosen at sign-up; what it gives today is in `entitlements`. */
    readonly plan: SignUpPlan;
    readonly trialEndsAt?: string;
    readonly billingExempt?: boolean;
    readonly createdAt: string;
    /** The bootstrap admin: the shell shows the admin console's link. */
    readonly isAdmin?: boolean;
  };
  readonly tanks: readonly Tank[];
  readonly entitlements: Entitlements;
  /** Absent from servers older than billing. */
  readonly billing?: BillingSummary;
}

/** The outcome of saving the profile: saved, or refused with the server's words about the field. */
export type ProfileSaveResult =
  { readonly saved: true } | { readonly saved: false; readonly fieldError?: string };

/** Saving a tank also hands back the tank as stored (with its id when it was new). */
export type TankSaveResult =
  | { readonly saved: true; readonly tank: Tank }
  | { readonly saved: false; readonly fieldError?: string };
