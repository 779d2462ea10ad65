import { type Plan, PLANS, TRIAL_DAYS, type UserRecord } from './account.types';

/** Whether a value is one of the plans a keeper can choose. */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'string' && (PLANS as readonly string[]).includes(value);
}

/**
 * The user row for someone signing in for the first time. The clock is passed in.
 *
 * @example newUserRecord({ userId: 'u1', email: 'a@b.c' }, new Date('2026-01-01T00:00:00Z')).trialEndsAt
 * // '2026-01-08T00:00:00.000Z'
 */
export function newUserRecord(identity: { userId: string; email: string; plan?: string }, now: Date): UserRecord {
  const created = now.toISOString();
  return {
    userId: identity.userId,
    email: identity.email.toLowerCase(),
    displayName: identity.email.split('@')[0] ?? identity.email,
    plan: isPlan(identity.plan) ? identity.plan : 'TRIAL',
    trialStartedAt: created,
    trialEndsAt: new Date(now.getTime() + TRIAL_DAYS * 86_400_000).toISOString(),
    billingExempt: false,
    createdAt: created,
    updatedAt: created,
  };
}
