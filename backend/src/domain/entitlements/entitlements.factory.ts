import type { EntitlementSubject, UsageFacts } from './entitlements';

export const SIGNED_UP_AT = new Date('2026-03-01T10:00:00Z');
export const dayOfTrial = (day: number, extraMs = 0): Date => new Date(SIGNED_UP_AT.getTime() + (day - 1) * 86_400_000 + extraMs);

export function subject(overrides: Partial<EntitlementSubject> = {}): EntitlementSubject {
  return { plan: 'TRIAL', trialEndsAt: '2026-03-08T10:00:00.000Z', billingExempt: false, ...overrides };
}

export function usage(overrides: Partial<UsageFacts> = {}): UsageFacts {
  return { icpUploadsTotal: 0, ...overrides };
}
