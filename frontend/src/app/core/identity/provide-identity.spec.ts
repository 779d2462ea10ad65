import { TestBed } from '@angular/core/testing';
import { runtimeConfigFactory } from '../../../testing/factories';
import { IdentityConfig } from '../config/runtime-config';
import { RuntimeConfigService } from '../config/runtime-config.service';
import { CognitoIdentityClient } from './cognito-identity-client';
import { IDENTITY_CLIENT } from './identity-client';
import { LocalIdentityClient } from './local-identity-client';
import { provideIdentity } from './provide-identity';

describe('provideIdentity', () => {
  function identityClientFor(identity: IdentityConfig) {
    TestBed.configureTestingModule({ providers: [provideIdentity()] });
    TestBed.inject(RuntimeConfigService).use(runtimeConfigFactory({ identity }));
    return TestBed.inject(IDENTITY_CLIENT);
  }

  it('uses the local identity provider when the config says local', () => {
    expect(
      identityClientFor({ kind: 'local', baseUrl: '/auth', clientId: 'ram-web' }),
    ).toBeInstanceOf(LocalIdentityClient);
  });

  it('uses the Cognito client when the config names a user pool', () => {
    const sut = identityClientFor({
      kind: 'cognito',
      region: 'eu-central-1',
      userPoolId: 'eu-central-1_x',
      clientId: 'c',
    });

    expect(sut).toBeInstanceOf(CognitoIdentityClient);
    expect(sut.canResetPassword).toBe(true);
  });
});
