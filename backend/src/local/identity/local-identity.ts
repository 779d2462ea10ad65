import { createHash, randomInt, randomUUID } from 'node:crypto';
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
import type { MailSender } from '../../shared/mail/mail-sender';
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
const EMAIL_CODE_TTL_MS = 24 * 3_600_000;
const EMAIL_CODE_TRIES = 5;
/** Cognito's reset codes are valid for an hour. */
const RESET_CODE_TTL_MS = 3_600_000;

/** `k***@example.com`, as Cognito names where a code went. */
function maskedEmail(email: string): string {
  const [name, domain] = email.split('@');
  return `${name.slice(0, 1)}***@${domain}`;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const normalisedEmail = (value: unknown): string => text(value).trim().toLowerCase();
const codeHash = (sub: string, code: string): string => createHash('sha256').update(`${sub}:${code}`).digest('hex');

/** Cognito's default password policy as the local provider applies it (sign-up and changes). */
function checkPassword(password: string, field = 'password'): void {
  if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new IdentityError(400, 'InvalidPasswordException', `${field} must be at least 8 characters with a letter and a digit`);
  }
}

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
  private readonly wrongEmailCodes = new Map<string, number>();
  private readonly wrongResetCodes = new Map<string, number>();

  constructor(
    readonly issuer: string,
    private readonly functions: FunctionHost,
    private readonly poolId: string,
    storage: { keyFile?: string; usersFile?: string } = {},
    private readonly clock: () => Date = () => new Date(),
    /** Where verification codes go: the local outbox in the runtime. */
    private readonly mail?: MailSender,
  ) {
    this.signer = JwtSigner.load(storage.keyFile);
    this.users = new IdentityUserStore(storage.usersFile);
  }

  jwks() {
    return this.signer.jwks();
  }

  /** Registers a user (confirmed at once locally, where no email is sent) and runs the triggers. */
  async signUp(input: { email?: unknown; password?: unknown; plan?: unknown }): Promise<{ userSub: string; confirmed: true }> {
    const email = normalisedEmail(input.email);
    const password = text(input.password);
    const plan = text(input.plan);
    if (!EMAIL.test(email)) throw new IdentityError(400, 'InvalidParameterException', 'email must be a valid email address');
    checkPassword(password);
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

  /**
   * Cognito's ChangePassword: the signed-in keeper (by access token) gives the current password and
   * a new one. A wrong current password counts towards the sign-in throttle.
   */
  changePassword(input: { accessToken?: unknown; previousPassword?: unknown; proposedPassword?: unknown }): void {
    const user = this.signedInUser(input.accessToken);
    const now = this.clock().getTime();
    const wait = waitBeforeSignIn(this.accountFailures.get(user.email), now);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new IdentityError(429, 'LimitExceededException', `Too many wrong passwords: try again in ${seconds} s`, seconds);
    }
    if (!this.users.verifyPassword(user.email, text(input.previousPassword))) {
      this.recordFailure(this.accountFailures, user.email, ACCOUNT_THROTTLE, now);
      throw new IdentityError(400, 'NotAuthorizedException', 'The current password is not right');
    }
    const proposed = text(input.proposedPassword);
    checkPassword(proposed, 'The new password');
    this.accountFailures.delete(user.email);
    this.users.setPassword(user.sub, proposed);
  }

  /**
   * Cognito's UpdateUserAttributes for `email`: mails a six-digit code to the new address. The
   * account (and its tokens) keep the old address until `verifyEmail` gets the code.
   */
  async changeEmail(input: { accessToken?: unknown; email?: unknown }): Promise<{ destination: string }> {
    const user = this.signedInUser(input.accessToken);
    const email = normalisedEmail(input.email);
    if (!EMAIL.test(email)) throw new IdentityError(400, 'InvalidParameterException', 'email must be a valid email address');
    if (email === user.email) throw new IdentityError(400, 'InvalidParameterException', 'This is already the account’s email');
    if (this.users.byEmail(email)) throw new IdentityError(409, 'AliasExistsException', 'An account with this email already exists');
    if (!this.mail) throw new IdentityError(503, 'CodeDeliveryFailureException', 'This sign-in service has no way to send mail');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = this.clock();
    this.users.setPendingEmail(user.sub, { email, codeHash: codeHash(user.sub, code), expiresAt: now.getTime() + EMAIL_CODE_TTL_MS });
    this.wrongEmailCodes.delete(user.sub);
    await this.mail.send(
      {
        to: email,
        subject: `Your Reef-A-Matic verification code: ${code}`,
        text: `Enter ${code} in your Reef-A-Matic profile to make ${email} your sign-in email. The code is valid for 24 hours. If you did not ask for this, ignore this mail: nothing changes.`,
        kind: 'email-verification',
      },
      now,
    );
    return { destination: email };
  }

  /** Cognito's VerifyUserAttribute for `email`: the code moves the account to its new address. */
  verifyEmail(input: { accessToken?: unknown; code?: unknown }): { email: string } {
    const user = this.signedInUser(input.accessToken);
    const pending = user.pendingEmail;
    if (!pending) throw new IdentityError(400, 'InvalidParameterException', 'No email change is waiting for a code');
    if (pending.expiresAt < this.clock().getTime()) {
      this.users.setPendingEmail(user.sub, undefined);
      throw new IdentityError(400, 'ExpiredCodeException', 'The code has expired: ask for a new one');
    }
    if (codeHash(user.sub, text(input.code).trim()) !== pending.codeHash) {
      const wrong = (this.wrongEmailCodes.get(user.sub) ?? 0) + 1;
      this.wrongEmailCodes.set(user.sub, wrong);
      if (wrong >= EMAIL_CODE_TRIES) {
        this.users.setPendingEmail(user.sub, undefined);
        throw new IdentityError(400, 'LimitExceededException', 'Too many wrong codes: ask for a new one');
      }
      throw new IdentityError(400, 'CodeMismatchException', 'The code is not right');
    }
    // Another account may have taken the address while the code was on its way.
    if (this.users.byEmail(pending.email))
      throw new IdentityError(409, 'AliasExistsException', 'An account with this email already exists');
    this.wrongEmailCodes.delete(user.sub);
    this.users.moveToEmail(user.sub, pending.email);
    return { email: pending.email };
  }

  /**
   * Cognito's ForgotPassword: mails a six-digit code to the account's address. An unknown address gets
   * the same answer and no mail, so the form does not tell who has an account.
   */
  async forgotPassword(input: { email?: unknown }): Promise<{ destination: string }> {
    const email = normalisedEmail(input.email);
    if (!EMAIL.test(email)) throw new IdentityError(400, 'InvalidParameterException', 'email must be a valid email address');
    if (!this.mail) throw new IdentityError(503, 'CodeDeliveryFailureException', 'This sign-in service has no way to send mail');
    const user = this.users.byEmail(email);
    if (user) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const now = this.clock();
      this.users.setPendingReset(user.sub, { codeHash: codeHash(`reset:${user.sub}`, code), expiresAt: now.getTime() + RESET_CODE_TTL_MS });
      this.wrongResetCodes.delete(user.sub);
      await this.mail.send(
        {
          to: user.email,
          subject: `Your Reef-A-Matic password reset code: ${code}`,
          text: `Enter ${code} on the Reef-A-Matic reset page to choose a new password. The code is valid for one hour. If you did not ask for this, ignore this mail: your password stays as it is.`,
          kind: 'password-reset',
        },
        now,
      );
    }
    return { destination: maskedEmail(email) };
  }

  /** Cognito's ConfirmForgotPassword: the mailed code sets a new password and signs out every device. */
  confirmForgotPassword(input: { email?: unknown; code?: unknown; password?: unknown }): void {
    const user = this.users.byEmail(normalisedEmail(input.email));
    const pending = user?.pendingReset;
    if (!user || !pending) throw new IdentityError(400, 'CodeMismatchException', 'The code is not right: ask for a new one');
    if (pending.expiresAt < this.clock().getTime()) {
      this.users.setPendingReset(user.sub, undefined);
      throw new IdentityError(400, 'ExpiredCodeException', 'The code has expired: ask for a new one');
    }
    if (codeHash(`reset:${user.sub}`, text(input.code).trim()) !== pending.codeHash) {
      const wrong = (this.wrongResetCodes.get(user.sub) ?? 0) + 1;
      this.wrongResetCodes.set(user.sub, wrong);
      if (wrong >= EMAIL_CODE_TRIES) {
        this.users.setPendingReset(user.sub, undefined);
        throw new IdentityError(400, 'LimitExceededException', 'Too many wrong codes: ask for a new one');
      }
      throw new IdentityError(400, 'CodeMismatchException', 'The code is not right');
    }
    const password = text(input.password);
    checkPassword(password, 'The new password');
    this.wrongResetCodes.delete(user.sub);
    this.accountFailures.delete(user.email);
    this.users.setPassword(user.sub, password);
    this.users.setPendingReset(user.sub, undefined);
    this.users.revokeRefreshTokens(user.sub);
  }

  /** The account an access token of this provider was issued to. */
  private signedInUser(accessToken: unknown): IdentityUser {
    const claims = this.signer.verify(text(accessToken), this.clock());
    const user = claims?.token_use === 'access' && typeof claims.sub === 'string' ? this.users.bySub(claims.sub) : undefined;
    if (!user) throw new IdentityError(401, 'NotAuthorizedException', 'Sign in again: the access token is invalid or expired');
    return user;
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
