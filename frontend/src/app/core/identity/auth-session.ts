import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { CLOCK } from './clock';
import {
  CodeDelivery,
  IDENTITY_CLIENT,
  IdentityError,
  IdentityTokens,
  SignUpRequest,
} from './identity-client';
import { StoredSession, TokenStore } from './token-store';

/** Refresh the tokens this long before they expire, so no request leaves with a stale one. */
export const REFRESH_MARGIN_MS = 60_000;
/** When the identity provider cannot be reached, try the refresh again after this long. */
export const REFRESH_RETRY_MS = 30_000;
// setTimeout fires at once for delays above 2^31-1 ms.
const LONGEST_TIMER_MS = 2_147_483_647;

/** What became of a sign-up: signed in at once, or waiting for the emailed confirmation code. */
export type SignUpOutcome = 'SIGNED_IN' | 'CONFIRMATION_NEEDED';

/**
 * The signed-in keeper's tokens: sign-up (with its confirmation code), sign-in, refresh before expiry,
 * password reset and sign-out.
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly identity = inject(IDENTITY_CLIENT);
  private readonly store = inject(TokenStore);
  private readonly now = inject(CLOCK);
  private readonly session = signal<StoredSession | null>(null);
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlightRefresh: Promise<StoredSession | null> | null = null;
  // Bumped on sign-in and sign-out so a refresh that answers late cannot revive an old session.
  private generation = 0;
  // The credentials of a sign-up waiting for its code, in memory only, so confirming signs straight in.
  private pendingSignUp: { email: string; password: string } | null = null;

  readonly isSignedIn = computed(() => this.session() !== null);
  readonly email = computed(() => this.session()?.email ?? null);
  /** The current ID token; it changes on every refresh and is null when signed out. */
  readonly idToken = computed(() => this.session()?.idToken ?? null);

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.refreshTimer));
  }

  /** Picks up the session of an earlier visit; one that has expired is refreshed, or dropped. */
  async restore(): Promise<void> {
    const stored = this.store.read();
    if (!stored) return;
    this.adopt(stored);
    if (this.isDueForRefresh(stored)) await this.refresh();
  }

  async signIn(email: string, password: string): Promise<void> {
    const tokens = await this.identity.signIn(email, password);
    this.generation++;
    this.adopt(this.sessionFrom(tokens, email));
  }

  /** Whether a forgotten password can be reset by email with this identity provider. */
  get canResetPassword(): boolean {
    return this.identity.canResetPassword;
  }

  /** Creates the account with its chosen plan; signs straight in unless the provider mails a code first. */
  async signUp(request: SignUpRequest): Promise<SignUpOutcome> {
    const result = await this.identity.signUp(request);
    if (!result.confirmed) {
      this.pendingSignUp = { email: request.email, password: request.password };
      return 'CONFIRMATION_NEEDED';
    }
    await this.signIn(request.email, request.password);
    return 'SIGNED_IN';
  }

  /**
   * Confirms the account with its emailed code. Signs in when this tab made the sign-up (and so still
   * knows the password); returns whether it did.
   */
  async confirmSignUp(email: string, code: string): Promise<boolean> {
    await this.identity.confirmSignUp(email, code);
    const pending = this.pendingSignUp;
    this.pendingSignUp = null;
    if (pending?.email.toLowerCase() !== email.toLowerCase()) return false;
    await this.signIn(pending.email, pending.password);
    return true;
  }

  startPasswordReset(email: string): Promise<CodeDelivery> {
    return this.identity.startPasswordReset(email);
  }

  /** Sets the new password with the emailed code, then signs in with it. */
  async resetPassword(email: string, code: string, newPassword: string): Promise<void> {
    await this.identity.resetPassword(email, code, newPassword);
    await this.signIn(email, newPassword);
  }

  /** Replaces the signed-in keeper's password; the session carries on. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.identity.changePassword(await this.accessToken(), currentPassword, newPassword);
  }

  /** Mails a code to the new address; nothing changes until `confirmEmailChange` gets it. */
  async startEmailChange(newEmail: string): Promise<CodeDelivery> {
    return this.identity.startEmailChange(await this.accessToken(), newEmail);
  }

  /**
   * Verifies the new address with its code, then takes fresh tokens so the API sees the verified
   * address (the profile follows it from there).
   */
  async confirmEmailChange(newEmail: string, code: string): Promise<void> {
    await this.identity.confirmEmailChange(await this.accessToken(), code);
    const session = this.session();
    if (session) this.adopt({ ...session, email: newEmail.trim().toLowerCase() });
    await this.refresh();
  }

  private async accessToken(): Promise<string> {
    const session = this.session();
    const current = session && this.isDueForRefresh(session) ? await this.refresh() : session;
    if (!current) throw new IdentityError('Sign in again to change your account.', 'NOT_SIGNED_IN');
    return current.accessToken;
  }

  /** Forgets the tokens at once; the refresh token is revoked in the background, best effort. */
  signOut(): void {
    const refreshToken = this.session()?.refreshToken;
    this.generation++;
    clearTimeout(this.refreshTimer);
    this.inFlightRefresh = null;
    this.session.set(null);
    this.store.clear();
    if (refreshToken) void this.identity.revoke(refreshToken).catch(() => undefined);
  }

  /** The id token for the next API call, refreshed first if it is about to expire; null when signed out. */
  async currentIdToken(): Promise<string | null> {
    const session = this.session();
    if (!session) return null;
    if (!this.isDueForRefresh(session)) return session.idToken;
    return (await this.refresh())?.idToken ?? null;
  }

  /** Swaps the refresh token for new tokens; concurrent callers share one request. */
  refresh(): Promise<StoredSession | null> {
    if (!this.inFlightRefresh) {
      const refreshing: Promise<StoredSession | null> = this.refreshOnce().finally(() => {
        if (this.inFlightRefresh === refreshing) this.inFlightRefresh = null;
      });
      this.inFlightRefresh = refreshing;
    }
    return this.inFlightRefresh;
  }

  private async refreshOnce(): Promise<StoredSession | null> {
    const session = this.session();
    if (!session) return null;
    const generation = this.generation;
    try {
      const tokens = await this.identity.refresh(session.refreshToken);
      if (generation !== this.generation) return this.session();
      const next = this.sessionFrom(
        { ...tokens, refreshToken: session.refreshToken },
        session.email,
      );
      this.adopt(next);
      return next;
    } catch (error) {
      if (generation !== this.generation) return this.session();
      if (error instanceof IdentityError && error.code === 'NETWORK') {
        this.scheduleRefresh(REFRESH_RETRY_MS);
        return session;
      }
      this.signOut();
      return null;
    }
  }

  private sessionFrom(tokens: IdentityTokens, email: string): StoredSession {
    const { idToken, accessToken, refreshToken, expiresIn } = tokens;
    return { idToken, accessToken, refreshToken, email, expiresAt: this.now() + expiresIn * 1000 };
  }

  private adopt(session: StoredSession): void {
    this.session.set(session);
    this.store.write(session);
    this.scheduleRefresh(session.expiresAt - REFRESH_MARGIN_MS - this.now());
  }

  private scheduleRefresh(delayMs: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(
      () => void this.refresh(),
      Math.min(Math.max(0, delayMs), LONGEST_TIMER_MS),
    );
  }

  private isDueForRefresh(session: StoredSession): boolean {
    return this.now() >= session.expiresAt - REFRESH_MARGIN_MS;
  }
}
