/** The plan a keeper chose: the free trial, or one of the paid plans. */
export const PLANS = ['TRIAL', 'BASIC', 'PRO'] as const;
export type Plan = (typeof PLANS)[number];

export const TRIAL_DAYS = 7;

export interface UserRecord {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly plan: Plan;
  readonly trialStartedAt: string;
  readonly trialEndsAt: string;
  readonly billingExempt: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface TankRecord {
  readonly userId: string;
  readonly tankId: string;
  readonly name: string;
  readonly volumeLitres: number;
  readonly dosingMethod: string;
  readonly defaultLab: string;
  readonly timezone: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProfileView {
  readonly user: {
    readonly userId: string;
    readonly email: string;
    readonly displayName: string;
    readonly plan: Plan;
    readonly trialEndsAt: string;
    readonly billingExempt: boolean;
    readonly createdAt: string;
  };
  readonly tanks: readonly {
    readonly tankId: string;
    readonly name: string;
    readonly volumeLitres: number;
    readonly dosingMethod: string;
    readonly defaultLab: string;
    readonly timezone: string;
  }[];
}
