import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthSession } from './auth-session';

/** Lets signed-in keepers into the app; everyone else goes to sign-in and comes back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) =>
  inject(AuthSession).isSignedIn() ||
  inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });

/** Sends keepers who are already signed in past the sign-in and sign-up pages. */
export const signedOutGuard: CanActivateFn = () =>
  !inject(AuthSession).isSignedIn() || inject(Router).createUrlTree(['/app']);
