import { billingSummary } from '../../domain/billing/billing-state';
import type { Entitlements } from '../../domain/entitlements/entitlements';
import { runtimeConfig } from '../../shared/config';
import type { ProfileView, TankRecord, TankView, UserRecord } from './account.types';

export function toTankView(t: TankRecord): TankView {
  return {
    tankId: t.tankId,
    name: t.name,
    volumeLitres: t.volumeLitres,
    volumeUnit: t.volumeUnit,
    dosingMethod: t.dosingMethod,
    defaultLab: t.defaultLab,
    timezone: t.timezone,
    setupConfirmed: t.setupConfirmed,
  };
}

/** The profile response: the user, their tanks and what they may do, without storage details. */
export function toProfileView(user: UserRecord, tanks: readonly TankRecord[], entitlements: Entitlements, now: Date): ProfileView {
  return {
    user: {
      userId: user.userId,
      email: user.email,
      displayName: user.displayName,
      plan: user.plan,
      trialEndsAt: user.trialEndsAt,
      billingExempt: user.billingExempt,
      createdAt: user.createdAt,
      // Shows the admin console's link; the admin routes check the token themselves.
      isAdmin: user.email === runtimeConfig().adminEmail,
    },
    tanks: [...tanks].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(toTankView),
    entitlements,
    billing: billingSummary(user.billing ?? { eventIds: [] }, now),
  };
}
