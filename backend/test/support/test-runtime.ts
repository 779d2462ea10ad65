import { randomBytes } from 'node:crypto';
import { type LocalRuntime, type LocalRuntimeOptions, startLocalRuntime } from '../../src/local/runtime';

/** A full local runtime on free ports against the shared DynamoDB Local, with its own table prefix. */
export function startTestRuntime(options: Partial<LocalRuntimeOptions> = {}): Promise<LocalRuntime> {
  const endpoint = process.env.RAM_TEST_DYNAMO_ENDPOINT;
  if (!endpoint) throw new Error('RAM_TEST_DYNAMO_ENDPOINT is not set: run through jest (global setup starts DynamoDB Local)');
  return startLocalRuntime({
    env: `t${randomBytes(4).toString('hex')}`,
    port: 0,
    dynamoEndpoint: endpoint,
    scheduler: false,
    logLevel: 'SILENT',
    adminEmail: 'admin@reefamatic.test',
    adminPassword: 'AdminPass-1',
    ...options,
  });
}

export interface SignedInUser {
  readonly email: string;
  readonly idToken: string;
  readonly userId: string;
}

/** Signs a new keeper up and in through the runtime's identity endpoints. */
export async function signUpAndIn(
  runtime: LocalRuntime,
  email = `keeper-${randomBytes(3).toString('hex')}@reef.test`,
  plan = 'TRIAL',
): Promise<SignedInUser> {
  const password = 'CoralReef-42';
  const signUp = await fetch(`${runtime.url}/auth/sign-up`, { method: 'POST', body: JSON.stringify({ email, password, plan }) });
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const { userSub } = (await signUp.json()) as { userSub: string };
  const signIn = await fetch(`${runtime.url}/auth/sign-in`, { method: 'POST', body: JSON.stringify({ email, password }) });
  const { idToken } = (await signIn.json()) as { idToken: string };
  return { email, idToken, userId: userSub };
}

/** POSTs JSON to an API path as the given user (or anonymously). */
export async function postApi(
  runtime: LocalRuntime,
  path: string,
  body: unknown,
  user?: SignedInUser,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${runtime.url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? { authorization: `Bearer ${user.idToken}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Delivers a webhook body to the billing webhook route, as Stripe does, with or without a signature. */
export function sendStripeWebhook(runtime: LocalRuntime, payload: string, signature?: string): Promise<Response> {
  return fetch(`${runtime.url}/api/user/billing/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
}
