/**
 * Sign-in throttling as Cognito does it: after a few wrong passwords the next try waits a second,
 * and every further failure doubles the wait, up to a ceiling; a quiet spell forgets the failures.
 * Counted per account (the email as typed, known or not, so the answer never tells which emails
 * exist) and, more generously, per address, so one machine cannot walk through many accounts.
 */

export interface ThrottleRule {
  /** Failures allowed before the next try has to wait (the one after them waits). */
  readonly freeFailures: number;
  readonly firstWaitMs: number;
  readonly maxWaitMs: number;
  /** Failures older than this (counted from the last one) are forgotten. */
  readonly forgetAfterMs: number;
}

export const ACCOUNT_THROTTLE: ThrottleRule = { freeFailures: 5, firstWaitMs: 1000, maxWaitMs: 15 * 60_000, forgetAfterMs: 15 * 60_000 };
export const ADDRESS_THROTTLE: ThrottleRule = { freeFailures: 20, firstWaitMs: 1000, maxWaitMs: 15 * 60_000, forgetAfterMs: 15 * 60_000 };

export interface ThrottleState {
  readonly failures: number;
  readonly lastFailureAt: number;
  readonly blockedUntil: number;
}

/** Milliseconds until a sign-in may be tried again; 0 when it may be tried now. */
export function waitBeforeSignIn(state: ThrottleState | undefined, now: number): number {
  return state && state.blockedUntil > now ? state.blockedUntil - now : 0;
}

/**
 * The state after one more failed sign-in at `now`.
 *
 * @example recordSignInFailure(undefined, ACCOUNT_THROTTLE, 0) // { failures: 1, lastFailureAt: 0, blockedUntil: 0 }
 */
export function recordSignInFailure(state: ThrottleState | undefined, rule: ThrottleRule, now: number): ThrottleState {
  const earlier = state && now - state.lastFailureAt <= rule.forgetAfterMs ? state.failures : 0;
  const failures = earlier + 1;
  const over = failures - rule.freeFailures + 1;
  const wait = over > 0 ? Math.min(rule.firstWaitMs * 2 ** (over - 1), rule.maxWaitMs) : 0;
  return { failures, lastFailureAt: now, blockedUntil: wait > 0 ? now + wait : 0 };
}

/** Whether a state can be dropped (nothing left to remember at `now`). */
export function isForgotten(state: ThrottleState, rule: ThrottleRule, now: number): boolean {
  return now - state.lastFailureAt > rule.forgetAfterMs && state.blockedUntil <= now;
}
