import type { ProfileView, TankRecord, UserRecord } from './account.types';

/** The profile response: the user and their tanks, without storage details. */
export function toProfileView(user: UserRecord, tanks: readonly TankRecord[]): ProfileView {
  return {
    user: {
      userId: user.userId,
      email: user.email,
      displayName: user.displayName,
      plan: user.plan,
      trialEndsAt: user.trialEndsAt,
      billingExempt: user.billingExempt,
      createdAt: user.createdAt,
    },
    tanks: tanks.map((t) => ({
      tankId: t.tankId,
      name: t.name,
      volumeLitres: t.volumeLitres,
      dosingMethod: t.dosingMethod,
      defaultLab: t.defaultLab,
      timezone: t.timezone,
    })),
  };
}
