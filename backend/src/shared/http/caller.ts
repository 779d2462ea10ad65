import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '../errors/domain-error';
import { currentClaims } from './invocation-context';

/** Who is calling, taken only from the verified token's claims. */
export interface CallerIdentity {
  readonly userId: string;
  readonly email: string;
  /** The plan chosen at sign-up, when the identity provider carries it. */
  readonly signUpPlan?: string;
  /** The identity provider vouches for `email` (true after a changed address was verified). */
  readonly emailVerified?: boolean;
}

export function callerFromClaims(claims: Record<string, string> | undefined): CallerIdentity | undefined {
  const userId = claims?.sub;
  const email = claims?.email;
  if (!userId || !email) return undefined;
  return { userId, email: email.toLowerCase(), signUpPlan: claims['custom:plan'], emailVerified: claims.email_verified === 'true' };
}

/** Resolves the caller of the current request or fails with 401. */
export function requireCaller(): CallerIdentity {
  const caller = callerFromClaims(currentClaims());
  if (!caller) throw new UnauthenticatedError();
  return caller;
}

/** Controller parameter: the verified caller. */
export const Caller = createParamDecorator((_data: unknown, _ctx: ExecutionContext) => requireCaller());
