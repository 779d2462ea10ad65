import { HttpBackend, HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { RuntimeConfigService } from '../config/runtime-config.service';
import {
  CodeDelivery,
  IdentityClient,
  IdentityError,
  IdentityTokens,
  RefreshedTokens,
  SignUpRequest,
  SignUpResult,
} from './identity-client';

/**
 * Talks to the local identity provider that `npm start` runs beside the API. It confirms accounts at
 * sign-up, so there is no confirmation code; the codes for a password reset and a changed email go to
 * the local outbox (`/_local/outbox`).
 */
@Injectable({ providedIn: 'root' })
export class LocalIdentityClient implements IdentityClient {
  readonly canResetPassword = true;
  // Identity calls carry no bearer token and report their own errors, so they skip the interceptors.
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly config = inject(RuntimeConfigService);

  signUp(request: SignUpRequest): Promise<SignUpResult> {
    return this.call(this.http.post<SignUpResult>(this.url('/sign-up'), request));
  }

  signIn(email: string, password: string): Promise<IdentityTokens> {
    return this.call(this.http.post<IdentityTokens>(this.url('/sign-in'), { email, password }));
  }

  refresh(refreshToken: string): Promise<RefreshedTokens> {
    return this.call(this.http.post<RefreshedTokens>(this.url('/refresh'), { refreshToken }));
  }

  confirmSignUp(): Promise<void> {
    return Promise.resolve(); // local accounts are confirmed when they are created
  }

  revoke(): Promise<void> {
    return Promise.resolve(); // the local provider's refresh tokens end with its data folder
  }

  startPasswordReset(email: string): Promise<CodeDelivery> {
    return this.call(this.http.post<CodeDelivery>(this.url('/forgot-password'), { email }));
  }

  async resetPassword(email: string, code: string, newPassword: string): Promise<void> {
    await this.call(
      this.http.post(this.url('/confirm-forgot-password'), { email, code, password: newPassword }),
    );
  }

  async changePassword(
    accessToken: string,
    previousPassword: string,
    proposedPassword: string,
  ): Promise<void> {
    await this.call(
      this.http.post(this.url('/change-password'), {
        accessToken,
        previousPassword,
        proposedPassword,
      }),
    );
  }

  startEmailChange(accessToken: string, email: string): Promise<CodeDelivery> {
    return this.call(
      this.http.post<CodeDelivery>(this.url('/change-email'), { accessToken, email }),
    );
  }

  async confirmEmailChange(accessToken: string, code: string): Promise<void> {
    await this.call(this.http.post(this.url('/verify-email'), { accessToken, code }));
  }

  private url(path: string): string {
    const identity = this.config.current.identity;
    if (identity.kind !== 'local')
      throw new IdentityError(
        'This deployment does not use the local sign-in service',
        'WRONG_IDENTITY_KIND',
      );
    return `${identity.baseUrl}${path}`;
  }

  private async call<T>(request: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(request);
    } catch (error) {
      throw identityErrorFrom(error);
    }
  }
}

function identityErrorFrom(error: unknown): IdentityError {
  if (!(error instanceof HttpErrorResponse))
    return new IdentityError('Sign-in failed unexpectedly', 'UNKNOWN');
  if (error.status === 0)
    return new IdentityError(
      'Could not reach the sign-in service. Check your connection and try again.',
      'NETWORK',
    );
  const body = error.error as { message?: unknown; code?: unknown } | null;
  const message =
    typeof body?.message === 'string'
      ? body.message
      : 'The sign-in service could not complete the request.';
  const code = typeof body?.code === 'string' ? body.code : `HTTP_${error.status}`;
  return new IdentityError(message, code);
}
