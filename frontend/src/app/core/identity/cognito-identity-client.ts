import { Injectable, inject } from '@angular/core';
import type {
  AuthenticationResultType,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
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

/** The user-pool attribute that carries the plan chosen at sign-up (read by the sign-up triggers). */
export const PLAN_ATTRIBUTE = 'custom:plan';

type CognitoSdk = typeof import('@aws-sdk/client-cognito-identity-provider');

// Keeper-facing words for the refusals a keeper can run into; anything else keeps Cognito's message.
const MESSAGES: Readonly<Record<string, string>> = {
  NotAuthorizedException: 'Incorrect email or password.',
  UserNotFoundException: 'Incorrect email or password.',
  UsernameExistsException: 'An account with this email already exists. Sign in instead.',
  UserNotConfirmedException: 'Confirm your email address first: enter the code we sent you.',
  CodeMismatchException: 'That code is not right. Check the latest email from RaM and try again.',
  ExpiredCodeException: 'That code has expired. Ask for a new one.',
  LimitExceededException: 'Too many attempts. Wait a few minutes, then try again.',
  TooManyRequestsException: 'Too many attempts. Wait a few minutes, then try again.',
  TooManyFailedAttemptsException: 'Too many attempts. Wait a few minutes, then try again.',
  AliasExistsException: 'An account with this email already exists.',
};

const WRONG_CURRENT_PASSWORD = 'The current password is not right.';
const WEAK_NEW_PASSWORD =
  'The new password is too weak: use at least 10 characters with upper and lower case letters and a digit.';

// The same refusals mean something else to a keeper who is already signed in.
const SIGNED_IN_MESSAGES: Readonly<Record<string, string>> = {
  NotAuthorizedException: WRONG_CURRENT_PASSWORD,
};

/**
 * Cognito answers a new password that breaks the pool's policy with InvalidPasswordException
 * ("Password did not conform with policy: …"); cognito-local uses the same name, without a policy
 * message, for a wrong current password.
 */
function passwordChangeRefusal(error: unknown): unknown {
  if (!(error instanceof IdentityError) || error.code !== 'InvalidPasswordException') return error;
  const text = /conform|policy/i.test(error.message) ? WEAK_NEW_PASSWORD : WRONG_CURRENT_PASSWORD;
  return new IdentityError(text, error.code);
}

/**
 * Signs keepers in with Amazon Cognito's user-pool API from the browser (the AWS SDK's Cognito client,
 * loaded only when this deployment uses Cognito). Passwords go to Cognito over TLS with
 * USER_PASSWORD_AUTH (ADR 0019); the pool's client has no secret, so no AWS credentials are involved.
 */
@Injectable({ providedIn: 'root' })
export class CognitoIdentityClient implements IdentityClient {
  readonly canResetPassword = true;
  private readonly config = inject(RuntimeConfigService);
  private sdk: Promise<{ sdk: CognitoSdk; client: CognitoIdentityProviderClient }> | undefined;

  async signUp({ email, password, plan }: SignUpRequest): Promise<SignUpResult> {
    const answer = await this.call((sdk, client, clientId) =>
      client.send(
        new sdk.SignUpCommand({
          ClientId: clientId,
          Username: email,
          Password: password,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: PLAN_ATTRIBUTE, Value: plan },
          ],
        }),
      ),
    );
    return { userSub: answer.UserSub ?? '', confirmed: answer.UserConfirmed === true };
  }

  async confirmSignUp(email: string, code: string): Promise<void> {
    await this.call((sdk, client, clientId) =>
      client.send(
        new sdk.ConfirmSignUpCommand({
          ClientId: clientId,
          Username: email,
          ConfirmationCode: code,
        }),
      ),
    );
  }

  async signIn(email: string, password: string): Promise<IdentityTokens> {
    const answer = await this.call((sdk, client, clientId) =>
      client.send(
        new sdk.InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      ),
    );
    const tokens = tokensFrom(answer.AuthenticationResult);
    if (!tokens.refreshToken) throw unexpected();
    return { ...tokens, refreshToken: tokens.refreshToken };
  }

  async refresh(refreshToken: string): Promise<RefreshedTokens> {
    const answer = await this.call((sdk, client, clientId) =>
      client.send(
        new sdk.InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        }),
      ),
    );
    const { idToken, accessToken, expiresIn } = tokensFrom(answer.AuthenticationResult);
    return { idToken, accessToken, expiresIn };
  }

  async revoke(refreshToken: string): Promise<void> {
    await this.call((sdk, client, clientId) =>
      client.send(new sdk.RevokeTokenCommand({ ClientId: clientId, Token: refreshToken })),
    );
  }

  async startPasswordReset(email: string): Promise<CodeDelivery> {
    const answer = await this.call((sdk, client, clientId) =>
      client.send(new sdk.ForgotPasswordCommand({ ClientId: clientId, Username: email })),
    );
    return { destination: answer.CodeDeliveryDetails?.Destination ?? null };
  }

  async resetPassword(email: string, code: string, newPassword: string): Promise<void> {
    await this.call((sdk, client, clientId) =>
      client.send(
        new sdk.ConfirmForgotPasswordCommand({
          ClientId: clientId,
          Username: email,
          ConfirmationCode: code,
          Password: newPassword,
        }),
      ),
    );
  }

  async changePassword(
    accessToken: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    await this.call(
      (sdk, client) =>
        client.send(
          new sdk.ChangePasswordCommand({
            AccessToken: accessToken,
            PreviousPassword: currentPassword,
            ProposedPassword: newPassword,
          }),
        ),
      SIGNED_IN_MESSAGES,
    ).catch((error: unknown) => {
      throw passwordChangeRefusal(error);
    });
  }

  async startEmailChange(accessToken: string, newEmail: string): Promise<CodeDelivery> {
    const answer = await this.call(
      (sdk, client) =>
        client.send(
          new sdk.UpdateUserAttributesCommand({
            AccessToken: accessToken,
            UserAttributes: [{ Name: 'email', Value: newEmail }],
          }),
        ),
      SIGNED_IN_MESSAGES,
    );
    const delivery = answer.CodeDeliveryDetailsList?.find((d) => d.AttributeName === 'email');
    return { destination: delivery?.Destination ?? null };
  }

  async confirmEmailChange(accessToken: string, code: string): Promise<void> {
    await this.call(
      (sdk, client) =>
        client.send(
          new sdk.VerifyUserAttributeCommand({
            AccessToken: accessToken,
            AttributeName: 'email',
            Code: code,
          }),
        ),
      SIGNED_IN_MESSAGES,
    );
  }

  /** Sends one command through the SDK's client, turning every failure into an IdentityError. */
  private async call<Output>(
    request: (
      sdk: CognitoSdk,
      client: CognitoIdentityProviderClient,
      clientId: string,
    ) => Promise<Output>,
    messages: Readonly<Record<string, string>> = {},
  ): Promise<Output> {
    const identity = this.config.current.identity;
    if (identity.kind !== 'cognito')
      throw new IdentityError(
        'This deployment does not sign in with Cognito',
        'WRONG_IDENTITY_KIND',
      );
    const { sdk, client } = await this.loadClient();
    try {
      return await request(sdk, client, identity.clientId);
    } catch (error) {
      throw identityErrorFrom(error, messages);
    }
  }

  private loadClient(): Promise<{ sdk: CognitoSdk; client: CognitoIdentityProviderClient }> {
    this.sdk ??= import('@aws-sdk/client-cognito-identity-provider').then((sdk) => {
      const identity = this.config.current.identity;
      if (identity.kind !== 'cognito') throw new Error('unreachable: checked by call()');
      const client = new sdk.CognitoIdentityProviderClient({
        region: identity.region,
        ...(identity.endpoint ? { endpoint: identity.endpoint } : {}),
        // The SDK retries throttling with backoff; a keeper waiting on a button wants an answer sooner.
        maxAttempts: 2,
      });
      return { sdk, client };
    });
    return this.sdk;
  }
}

function tokensFrom(result: AuthenticationResultType | undefined): IdentityTokens & {
  refreshToken: string | undefined;
} {
  if (!result?.IdToken || !result.AccessToken) throw unexpected();
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    refreshToken: result.RefreshToken ?? '',
    expiresIn: result.ExpiresIn ?? secondsUntilExpiry(result.IdToken),
  };
}

/** Cognito reports ExpiresIn; an emulator may not, so the ID token's own `exp` decides then. */
function secondsUntilExpiry(idToken: string): number {
  try {
    const payload = JSON.parse(
      atob(idToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')),
    ) as { exp?: unknown };
    if (typeof payload.exp === 'number')
      return Math.max(0, payload.exp - Math.floor(Date.now() / 1000));
  } catch {
    // Fall through: a token we cannot read is treated as short-lived.
  }
  return 0;
}

function unexpected(): IdentityError {
  return new IdentityError(
    'The sign-in service gave an answer RaM did not expect.',
    'UNEXPECTED_ANSWER',
  );
}

function identityErrorFrom(
  error: unknown,
  messages: Readonly<Record<string, string>>,
): IdentityError {
  const name = (error as { name?: unknown } | null)?.name;
  const message = (error as { message?: unknown } | null)?.message;
  // fetch rejects with a TypeError when the network is down or CORS refuses the call.
  if (error instanceof TypeError || name === 'TimeoutError' || name === 'NetworkingError')
    return new IdentityError(
      'Could not reach the sign-in service. Check your connection and try again.',
      'NETWORK',
    );
  if (typeof name !== 'string') return new IdentityError('Sign-in failed unexpectedly', 'UNKNOWN');
  const text =
    messages[name] ??
    MESSAGES[name] ??
    (typeof message === 'string' && message ? message : 'The sign-in service refused the request.');
  return new IdentityError(text, name);
}
