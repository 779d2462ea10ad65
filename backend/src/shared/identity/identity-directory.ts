import { AdminDeleteUserCommand, CognitoIdentityProviderClient, UserNotFoundException } from '@aws-sdk/client-cognito-identity-provider';
import { ConfigurationError, runtimeConfig } from '../config';
import { sdkClient } from '../aws/sdk-client';

/** Who is removed from the identity provider. */
export interface IdentityToDelete {
  readonly userId: string;
  readonly email: string;
}

/** Removes sign-in identities: Cognito's AdminDeleteUser in AWS, the local issuer's account store locally. */
export interface IdentityDirectory {
  /** Removes the identity; an identity already gone is not an error. */
  deleteIdentity(identity: IdentityToDelete): Promise<void>;
}

class CognitoIdentityDirectory implements IdentityDirectory {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async deleteIdentity({ userId }: IdentityToDelete): Promise<void> {
    try {
      // With email as the sign-in attribute, Cognito's username is the subject.
      await this.client.send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: userId }));
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
  }
}

let localDirectory: IdentityDirectory | undefined;

/**
 * The local runtime registers its identity provider here: handlers run in its process, and an
 * HTTP door for deleting accounts would be one more side door to guard.
 */
export function registerLocalIdentityDirectory(directory: IdentityDirectory | undefined): void {
  localDirectory = directory;
}

/** The identity directory of this container. */
export function identityDirectory(): IdentityDirectory {
  const { identity, region } = runtimeConfig();
  if (identity?.kind === 'cognito')
    return new CognitoIdentityDirectory(sdkClient(CognitoIdentityProviderClient, { region }), identity.userPoolId);
  if (identity?.kind === 'local' && localDirectory) return localDirectory;
  throw new ConfigurationError('No identity directory: this function has no user pool, or the local runtime registered none');
}
