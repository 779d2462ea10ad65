import { UnauthenticatedError } from '../errors/domain-error';
import { isRevoked } from '../identity/revoked-identities';
import { type Invocation, currentInvocation } from './invocation-context';

/**
 * A deleted account's tokens stay signed until they expire, so every keeper request is checked
 * against the account's tombstone (one GetItem). For most routes the route guard waits for that
 * answer before anything runs. For the busiest reads (`READ_ONLY_ROUTES` in the catalogue) it only
 * starts the check; the read runs beside it and the answer waits for it (see
 * `LiveAccountInterceptor`), so a deleted account still gets 401 and never its data, at the cost of
 * one round trip less in the common case. A read route that would create something for the caller
 * (the profile read re-creating a missing profile) calls {@link assertAccountLive} first.
 */
const pending = new WeakMap<Invocation, { sub: string; revoked: Promise<boolean> }>();

const ACCOUNT_DELETED = 'This account was deleted';

/** Starts the tombstone read for this invocation without waiting for it. */
export function beginLiveAccountCheck(sub: string): void {
  const invocation = currentInvocation();
  const revoked = isRevoked(sub);
  // Awaited later (assertAccountLive); a request that fails before then must not leave it unhandled.
  revoked.catch(() => undefined);
  if (invocation) pending.set(invocation, { sub, revoked });
}

/** Throws 401 when `sub` belongs to a deleted account: the check already started, or a fresh one. */
export async function assertAccountLive(sub: string): Promise<void> {
  const invocation = currentInvocation();
  const started = invocation ? pending.get(invocation) : undefined;
  const revoked = started?.sub === sub ? await started.revoked : await isRevoked(sub);
  if (revoked) throw new UnauthenticatedError(ACCOUNT_DELETED);
}

/** Whether this invocation started a check the answer still has to wait for. */
export function pendingLiveAccountCheck(): string | undefined {
  const invocation = currentInvocation();
  return invocation ? pending.get(invocation)?.sub : undefined;
}
