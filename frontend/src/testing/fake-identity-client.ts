import { vi } from 'vitest';
import {
  CodeDelivery,
  IdentityClient,
  IdentityTokens,
  RefreshedTokens,
  SignUpResult,
} from '../app/core/identity/identity-client';

/** Stands in for the identity provider: each call is a vi.fn the test scripts. */
export class FakeIdentityClient implements IdentityClient {
  canResetPassword = true;
  readonly signUp = vi.fn<IdentityClient['signUp']>(async (): Promise<SignUpResult> => ({
    userSub: 'sub-1',
    confirmed: true,
  }));
  readonly confirmSignUp = vi.fn<IdentityClient['confirmSignUp']>(async () => undefined);
  readonly signIn = vi.fn<IdentityClient['signIn']>(async (): Promise<IdentityTokens> => ({
    idToken: 'id-1',
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresIn: 3600,
  }));
  readonly refresh = vi.fn<IdentityClient['refresh']>(async (): Promise<RefreshedTokens> => ({
    idToken: 'id-2',
    accessToken: 'access-2',
    expiresIn: 3600,
  }));
  readonly revoke = vi.fn<IdentityClient['revoke']>(async () => undefined);
  readonly startPasswordReset = vi.fn<IdentityClient['startPasswordReset']>(
    async (): Promise<CodeDelivery> => ({ destination: 'k***@e***.com' }),
  );
  readonly resetPassword = vi.fn<IdentityClient['resetPassword']>(async () => undefined);
  readonly changePassword = vi.fn<IdentityClient['changePassword']>(async () => undefined);
  readonly startEmailChange = vi.fn<IdentityClient['startEmailChange']>(
    async (): Promise<CodeDelivery> => ({ destination: 'n***@e***.com' }),
  );
  readonly confirmEmailChange = vi.fn<IdentityClient['confirmEmailChange']>(async () => undefined);
}
