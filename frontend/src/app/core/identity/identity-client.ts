import { InjectionToken } from '@angular/core';

export type SignUpPlan = 'TRIAL' | 'BASIC' | 'PRO';

export interface SignUpRequest {
  readonly email: string;
  readonly password: string;
  readonly plan: SignUpPlan;
}

export interface SignUpResult {
  readonly userSub: string;
  readonly confirmed: boolean;
}

/** What a successful sign-in hands back; `expiresIn` is in seconds. */
export interface IdentityTokens {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
}

export type RefreshedTokens = Omit<IdentityTokens, 'refreshToken'>;

/** Where a confirmation or reset code was sent, e.g. `k***@e***.com`, as the provider reports it. */
export interface CodeDelivery {
  readonly destination: string | null;
}

/**
 * The port between the SPA and whoever signs people in: the local identity provider over HTTP
 * (`LocalIdentityClient`) or Amazon Cognito (`CognitoIdentityClient`).
 */
export interface IdentityClient {
  /** Whether a forgotten password can be reset by email here (Cognito can; the local provider sends no mail). */
  readonly canResetPassword: boolean;
  signUp(request: SignUpRequest): Promise<SignUpResult>;
  /** Confirms a new account with the code mailed at sign-up. */
  confirmSignUp(email: string, code: string): Promise<void>;
  signIn(email: string, password: string): Promise<IdentityTokens>;
  refresh(refreshToken: string): Promise<RefreshedTokens>;
  /** Revokes the refresh token, so a copy of it cannot mint new tokens after sign-out. */
  revoke(refreshToken: string): Promise<void>;
  /** Mails a code for choosing a new password. */
  startPasswordReset(email: string): Promise<CodeDelivery>;
  resetPassword(email: string, code: string, newPassword: string): Promise<void>;
  /** Signed in: replaces the password once the current one checks out. */
  changePassword(accessToken: string, currentPassword: string, newPassword: string): Promise<void>;
  /** Signed in: mails a code to the new address; the account keeps its email until it is given. */
  startEmailChange(accessToken: string, newEmail: string): Promise<CodeDelivery>;
  /** Signed in: the code from the new address makes it the sign-in email. */
  confirmEmailChange(accessToken: string, code: string): Promise<void>;
}

export const IDENTITY_CLIENT = new InjectionToken<IdentityClient>('IdentityClient');

/** A sign-in, sign-up or refresh the identity provider refused, with its message for the keeper. */
export class IdentityError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'IdentityError';
  }
}
