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

/**
 * The port between the SPA and whoever signs people in. The local identity provider implements it
 * over HTTP today; a Cognito implementation (InitiateAuth / SignUp) plugs in behind the same calls.
 */
export interface IdentityClient {
  signUp(request: SignUpRequest): Promise<SignUpResult>;
  signIn(email: string, password: string): Promise<IdentityTokens>;
  refresh(refreshToken: string): Promise<RefreshedTokens>;
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
