import { TestBed } from '@angular/core/testing';
import { runtimeConfigFactory } from '../../../testing/factories';
import { IdentityConfig } from '../config/runtime-config';
import { RuntimeConfigService } from '../config/runtime-config.service';
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

  it('refuses Cognito sign-in plainly until its client exists', async () => {
    const sut = identityClientFor({
      kind: 'cognito',
      region: 'eu-central-1',
      userPoolId: 'eu-central-1_x',
      clientId: 'c',
    });

    await expect(sut.signIn('keeper@example.com', 'correct-horse-1')).rejects.toMatchObject({
      code: 'IDENTITY_KIND_UNSUPPORTED',
    });
  });
});
