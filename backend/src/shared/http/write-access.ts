import type { CallerIdentity } from './caller';

/**
 * Decides whether the caller may save anything right now. The route guard asks it for every route the
 * catalogue marks as writing; the account context provides the implementation (entitlements), so the
 * rule is applied in one place for every lambdalith.
 */
export abstract class WriteAccess {
  /** Resolves when the caller may write; throws a domain error with the reason when not. */
  abstract assertMayWrite(caller: CallerIdentity): Promise<void>;
}
