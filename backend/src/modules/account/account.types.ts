import type { BillingRecord, BillingSummary } from '../../domain/billing/billing-state';
import type { ChosenPlan, Entitlements, EntitlementSubject } from '../../domain/entitlements/entitlements';

export const PLANS = ['TRIAL', 'BASIC', 'PRO'] as const satisfies readonly ChosenPlan[];
export type Plan = ChosenPlan;
export const TRIAL_DAYS = 7;

export const DOSING_METHODS = ['TRITON', 'FAUNA_MARIN', 'CUSTOM'] as const;
export type DosingMethod = (typeof DOSING_METHODS)[number];
export const ICP_LABS = ['OCEAMO', 'TRITON', 'ATI', 'FAUNA_MARIN'] as const;
export type IcpLab = (typeof ICP_LABS)[number];
export const VOLUME_UNITS = ['L', 'GAL'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];

export interface UserRecord {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly plan: Plan;
  readonly trialStartedAt: string;
  readonly trialEndsAt: string;
  readonly billingExempt: boolean;
  readonly friendGrantedAt?: string;
  readonly subscription?: EntitlementSubject['subscription'];
  /** What the Stripe webhook recorded (absent on rows that never went through billing). */
  readonly billing?: BillingRecord;
  readonly icpUploadsTotal: number;
  readonly lastIcpUploadAt?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface TankRecord {
  readonly userId: string;
  readonly tankId: string;
  readonly name: string;
  readonly volumeLitres: number;
  /** The unit the keeper entered the volume in, for display. */
  readonly volumeUnit: VolumeUnit;
  readonly dosingMethod: DosingMethod;
  readonly defaultLab: IcpLab;
  /** IANA zone; a tank's "today" for doses is its local date. */
  readonly timezone: string;
  /**
   * False for the tank made at sign-up until the keeper confirms it (name, volume, method, lab, time
   * zone): no dose amount is computed from a volume nobody entered. Every tank the keeper saves is.
   */
  readonly setupConfirmed: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type TankView = Omit<TankRecord, 'userId' | 'createdAt' | 'updatedAt'>;

export interface ProfileView {
  readonly user: {
    readonly userId: string;
    readonly email: string;
    readonly displayName: string;
    readonly plan: Plan;
    readonly trialEndsAt: string;
    readonly billingExempt: boolean;
    readonly createdAt: string;
    readonly isAdmin: boolean;
  };
  readonly tanks: readonly TankView[];
  readonly entitlements: Entitlements;
  /** Plan & billing: the subscription as Stripe last reported it. */
  readonly billing: BillingSummary;
}
