import { IdentityClient, IdentityError } from './identity-client';

/**
 * Stands in for Cognito until its client lands: every call fails with a plain message instead of
 * pretending to sign anyone in.
 */
export class UnavailableIdentityClient implements IdentityClient {
  private fail(): Promise<never> {
    return Promise.reject(
      new IdentityError(
        'Cognito sign-in is not part of this build yet.',
        'IDENTITY_KIND_UNSUPPORTED',
      ),
    );
  }

  signUp(): Promise<never> {
    return this.fail();
  }

  signIn(): Promise<never> {
    return this.fail();
  }

  refresh(): Promise<never> {
    return this.fail();
  }
}
