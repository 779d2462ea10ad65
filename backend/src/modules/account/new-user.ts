import { type DosingMethod, type IcpLab, type Plan, PLANS, type TankRecord, TRIAL_DAYS, type UserRecord } from './account.types';

/** Whether a value is one of the plans a keeper can choose. */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'string' && (PLANS as readonly string[]).includes(value);
}

/**
 * The user row for a newly confirmed keeper. The clock is passed in.
 *
 * @example newUserRecord({ userId: 'u1', email: 'a@b.c', plan: 'TRIAL' }, new Date('2026-01-01T00:00:00Z')).trialEndsAt
 * // '2026-01-08T00:00:00.000Z'
 */
export function newUserRecord(identity: { userId: string; email: string; plan?: string }, now: Date): UserRecord {
  const created = now.toISOString();
  return {
    userId: identity.userId,
    email: identity.email.toLowerCase(),
    // Asked at first tank set-up: greetings never use a piece of the email address.
    displayName: '',
    plan: isPlan(identity.plan) ? identity.plan : 'TRIAL',
    trialStartedAt: created,
    trialEndsAt: new Date(now.getTime() + TRIAL_DAYS * 86_400_000).toISOString(),
    billingExempt: false,
    icpUploadsTotal: 0,
    createdAt: created,
    updatedAt: created,
  };
}

export const LITRES_PER_US_GALLON = 3.785411784;
export const MAX_TANK_LITRES = 100_000;

/**
 * A volume in litres, rounded to 0.1 L.
 *
 * @example toLitres(100, 'GAL') // 378.5
 */
export function toLitres(volume: number, unit: 'L' | 'GAL'): number {
  return Math.round((unit === 'GAL' ? volume * LITRES_PER_US_GALLON : volume) * 10) / 10;
}

/** Whether the runtime knows an IANA time zone name. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** The tank every keeper starts with, so there is always a tank to upload to. */
export function firstTank(
  userId: string,
  tankId: string,
  now: Date,
  defaults: { dosingMethod?: DosingMethod; defaultLab?: IcpLab; timezone?: string } = {},
): TankRecord {
  const created = now.toISOString();
  return {
    userId,
    tankId,
    name: 'My reef',
    volumeLitres: 300,
    volumeUnit: 'L',
    dosingMethod: defaults.dosingMethod ?? 'CUSTOM',
    defaultLab: defaults.defaultLab ?? 'OCEAMO',
    timezone: defaults.timezone && isTimeZone(defaults.timezone) ? defaults.timezone : 'UTC',
    setupConfirmed: false,
    createdAt: created,
    updatedAt: created,
  };
}
