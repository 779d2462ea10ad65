import { randomUUID } from 'node:crypto';
import { IDENTITY_TRIGGERS } from '../../catalogue';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  type ThrottleRule,
  type ThrottleState,
  isForgotten,
  recordSignInFailure,
  waitBeforeSignIn,
} from '../../domain/identity/sign-in-throttle';
import type { FunctionHost } from '../function-host';
import { JwtSigner } from './jwt-signer';
import { type IdentityUser, IdentityUserStore } from './user-store';

export const ID_TOKEN_TTL_SECONDS = 3600;

export class IdentityError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Set on a 429: seconds until the next try is accepted. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'IdentityError';
  }
}

export interface TokenSet {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly expiresIn: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PLANS = ['TRIAL', 'BASIC', 'PRO'];

/**
 * A small OpenID-style issuer standing in for Cognito on one machine: sign-up (calling the same
 * pre-sign-up and post-confirmation handlers Cognito triggers), sign-in, refresh, and a JWKS. Its ID
 * tokens carry Cognito's claim names so the backend verifies and reads them the same way.
 */
export class LocalIdentityProvider {
  readonly clientId = 'ram-local-client';
  private readonly signer: JwtSigner;
  private readonly users: IdentityUserStore;
  private readonly accountFailures = new Map<string, ThrottleState>();
  private readonly addressFailures = new Map<string, ThrottleState>();

  constructor(
    readonly issuer: string,
    private readonly functions: FunctionHost,
    private readonly poolId: string,
    storage: { keyFile?: string; usersFile?: string } = {},
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.signer = JwtSigner.load(storage.keyFile);
    this.users = new IdentityUserStore(storage.usersFile);
  }

  jwks() {
    return this.signer.jwks();
  }

  /** Registers a user (confirmed at once locally, where no email is sent) and runs the triggers. */
  async signUp(input: { email?: unknown; password?: unknown; plan?: unknown }): Promise<{ userSub: string; confirmed: true }> {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    const password = typeof input.password === 'string' ? input.password : '';
    const plan = typeof input.plan === 'string' ? input.plan : '';
    if (!EMAIL.test(email)) throw new IdentityError(400, 'InvalidParameterException', 'email must be a valid email address');
    if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
      throw new IdentityError(400, 'InvalidPasswordException', 'password must be at least 8 characters with a letter and a digit');
    }
    if (!PLANS.includes(plan)) throw new IdentityError(400, 'InvalidParameterException', 'plan must be one of TRIAL, BASIC, PRO');
    if (this.users.byEmail(email)) throw new IdentityError(409, 'UsernameExistsException', 'An account with this email already exists');

    const attributes = { email, 'custom:plan': plan };
    await this.runTrigger('preSignUp', 'PreSignUp_SignUp', email, attributes);
    const user = this.users.create(email, password, plan, this.clock());
    try {
      await this.runTrigger('postConfirmation', 'PostConfirmation_ConfirmSignUp', user.sub, {
        ...attributes,
        sub: user.sub,
        email_verified: 'true',
      });
    } catch (error) {
      this.users.remove(email); // Cognito leaves no usable account when confirmation fails
      throw error;
    }
    return { userSub: user.sub, confirmed: true };
  }

  /**
   * Signs in with email and password. Throttled like Cognito per account and per address (429 with
   * the seconds to wait); a known and an unknown email cost the same work and get the same answer.
   */
  signIn(input: { email?: unknown; password?: unknown }, sourceAddress = 'unknown'): TokenSet {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    const now = this.clock().getTime();
    const wait = Math.max(
      waitBeforeSignIn(this.accountFailures.get(email), now),
      waitBeforeSignIn(this.addressFailures.get(sourceAddress), now),
    );
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new IdentityError(429, 'TooManyRequestsException', `Too many failed sign-ins: try again in ${seconds} s`, seconds);
    }
    const user = this.users.verifyPassword(email, typeof input.password === 'string' ? input.password : '');
    if (!user) {
      this.recordFailure(this.accountFailures, email, ACCOUNT_THROTTLE, now);
      this.recordFailure(this.addressFailures, sourceAddress, ADDRESS_THROTTLE, now);
      throw new IdentityError(400, 'NotAuthorizedException', 'Incorrect email or password');
    }
    this.accountFailures.delete(email);
    return { ...this.tokensFor(user), refreshToken: this.users.issueRefreshToken(user.sub, this.clock()) };
  }

  private recordFailure(failures: Map<string, ThrottleState>, key: string, rule: ThrottleRule, now: number): void {
    failures.set(key, recordSignInFailure(failures.get(key), rule, now));
    if (failures.size > 10_000) for (const [k, state] of failures) if (isForgotten(state, rule, now)) failures.delete(k);
  }

  refresh(input: { refreshToken?: unknown }): TokenSet {
    const user = typeof input.refreshToken === 'string' ? this.users.userForRefreshToken(input.refreshToken, this.clock()) : undefined;
    if (!user) throw new IdentityError(400, 'NotAuthorizedException', 'Refresh token is invalid or expired');
    return this.tokensFor(user);
  }

  /** Creates an account unless it exists (the bootstrap admin and the demo keeper). */
  async ensureUser(email: string, password: string, plan: string): Promise<void> {
    if (!this.users.byEmail(email)) await this.signUp({ email, password, plan });
  }

  /** Deletes an account and its refresh tokens: sign-in and refresh fail from now on. */
  async deleteIdentity({ userId }: { userId: string }): Promise<void> {
    this.users.removeBySub(userId);
  }

  /** Signs a token with arbitrary claims (tests use it for expired or foreign tokens). */
  signRaw(claims: Record<string, unknown>): string {
    return this.signer.sign(claims);
  }

  private tokensFor(user: IdentityUser): TokenSet {
    const now = Math.floor(this.clock().getTime() / 1000);
    const common = { sub: user.sub, iss: this.issuer, iat: now, auth_time: now, exp: now + ID_TOKEN_TTL_SECONDS };
    const idToken = this.signer.sign({
      ...common,
      aud: this.clientId,
      token_use: 'id',
      email: user.email,
      email_verified: true,
      'cognito:username': user.sub,
      'custom:plan': user.plan,
      jti: randomUUID(),
    });
    const accessToken = this.signer.sign({
      ...common,
      client_id: this.clientId,
      token_use: 'access',
      scope: 'openid email',
      username: user.sub,
      jti: randomUUID(),
    });
    return { idToken, accessToken, expiresIn: ID_TOKEN_TTL_SECONDS };
  }

  private async runTrigger(
    trigger: keyof typeof IDENTITY_TRIGGERS,
    triggerSource: string,
    userName: string,
    userAttributes: Record<string, string>,
  ): Promise<void> {
    const fn = IDENTITY_TRIGGERS[trigger];
    if (!this.functions.has(fn)) return;
    const event = {
      version: '1',
      region: 'local',
      userPoolId: this.poolId,
      userName,
      triggerSource,
      callerContext: { awsSdkVersion: 'local', clientId: this.clientId },
      request: { userAttributes, validationData: {}, clientMetadata: {} },
      response: trigger === 'preSignUp' ? { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false } : {},
    };
    try {
      await this.functions.invoke(fn, event);
    } catch (error) {
      // Cognito reports a trigger's error message to the caller as a failed sign-up.
      throw new IdentityError(400, 'UserLambdaValidationException', (error as Error).message);
    }
  }
}
