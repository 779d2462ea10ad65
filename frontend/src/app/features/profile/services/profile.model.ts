import type { SignUpPlan } from '../../../core/identity/identity-client';
import type { Tank } from '../../../shared/tanks/tank';

export type { Tank };

/** What `POST /user` and `POST /user/save` answer with. */
export interface UserProfile {
  readonly user: {
    readonly userId: string;
    readonly email: string;
    readonly displayName: string;
    readonly plan: SignUpPlan;
    /** The access the keeper has now (trial, paid, friend, lapsed); shown as given. */
    readonly accessTier?: string;
    readonly createdAt: string;
    readonly trialEndsAt?: string;
  };
  readonly tanks: readonly Tank[];
  readonly entitlements?: Readonly<Record<string, unknown>>;
}

/** The outcome of saving the profile: saved, or refused with the server's words about the field. */
export type ProfileSaveResult =
  { readonly saved: true } | { readonly saved: false; readonly fieldError?: string };
