import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, inject, provideAppInitializer } from '@angular/core';
import { provideRouter } from '@angular/router';
import { RuntimeConfig } from '../app/core/config/runtime-config';
import { RuntimeConfigService } from '../app/core/config/runtime-config.service';
import { authTokenInterceptor } from '../app/core/identity/auth-token.interceptor';
import { apiErrorInterceptor } from '../app/core/errors/api-error.interceptor';
import { IDENTITY_CLIENT } from '../app/core/identity/identity-client';
import { runtimeConfigFactory } from './factories';
import { FakeIdentityClient } from './fake-identity-client';

/**
 * HttpClient with RaM's interceptors against HttpTestingController, a loaded runtime config, and a
 * fake identity provider (inject IDENTITY_CLIENT to script it).
 */
export function provideTestHttp(
  config: RuntimeConfig = runtimeConfigFactory(),
): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([authTokenInterceptor, apiErrorInterceptor])),
    provideHttpClientTesting(),
    provideRouter([]),
    { provide: IDENTITY_CLIENT, useFactory: () => new FakeIdentityClient() },
    provideAppInitializer(() => {
      inject(RuntimeConfigService).use(config);
    }),
  ];
}
