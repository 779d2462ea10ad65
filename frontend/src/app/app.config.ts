import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  EnvironmentInjector,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { routes } from './app.routes';
import { RuntimeConfigService } from './core/config/runtime-config.service';
import { apiErrorInterceptor } from './core/errors/api-error.interceptor';
import { AuthSession } from './core/identity/auth-session';
import { authTokenInterceptor } from './core/identity/auth-token.interceptor';
import { provideIdentity } from './core/identity/provide-identity';
import { InstallableApp } from './core/offline/installable-app';
import { offlineInterceptor } from './core/offline/offline.interceptor';
import { provideAppLocale } from './shared/locale';

/** Loads `/config.json`, then resumes the keeper's session, before the first route is decided. */
async function startRam(
  config: RuntimeConfigService,
  injector: EnvironmentInjector,
): Promise<void> {
  await config.load();
  // Resolved only now: the identity client depends on the config that just arrived.
  await injector.get(AuthSession).restore();
  injector.get(InstallableApp).register();
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideAppLocale(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' }),
    ),
    provideHttpClient(
      withInterceptors([authTokenInterceptor, offlineInterceptor, apiErrorInterceptor]),
    ),
    provideIdentity(),
    provideAppInitializer(() =>
      startRam(inject(RuntimeConfigService), inject(EnvironmentInjector)),
    ),
  ],
};
