import { AsyncLocalStorage } from 'node:async_hooks';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

export interface Invocation {
  readonly event: APIGatewayProxyEvent;
  readonly context: Context;
}

// The local runtime serves many requests at once in one process, so the current API Gateway event
// travels with the async call chain rather than in a module variable.
const storage = new AsyncLocalStorage<Invocation>();

export function runWithInvocation<T>(invocation: Invocation, fn: () => T): T {
  return storage.run(invocation, fn);
}

export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}

/** Claims put on the event by the Cognito authorizer (or the local gateway acting as one). */
export function currentClaims(): Record<string, string> | undefined {
  const claims = currentInvocation()?.event.requestContext?.authorizer?.claims as Record<string, string> | undefined;
  return claims && typeof claims === 'object' ? claims : undefined;
}
