import { EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { RuntimeConfigService } from '../config/runtime-config.service';
import { CognitoIdentityClient } from './cognito-identity-client';
import { IDENTITY_CLIENT } from './identity-client';
import { LocalIdentityClient } from './local-identity-client';

/** Picks the identity client named by `config.identity.kind`; resolved only after the config loaded. */
export function provideIdentity(): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: IDENTITY_CLIENT,
      useFactory: () =>
        inject(RuntimeConfigService).current.identity.kind === 'local'
          ? inject(LocalIdentityClient)
          : inject(CognitoIdentityClient),
    },
  ]);
}
