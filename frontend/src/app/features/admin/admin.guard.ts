import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { CanMatchFn, Router } from '@angular/router';
import { filter, map, take } from 'rxjs';
import { ProfileService } from '../../core/profile/profile.service';

/**
 * Lets only the admin into `/app/admin` (the API refuses everyone else anyway); others land on home.
 * Waits for the profile the shell loads.
 */
export const adminGuard: CanMatchFn = () => {
  const profile = inject(ProfileService);
  const router = inject(Router);
  if (profile.profile().status === 'loading') profile.load();
  return toObservable(profile.profile).pipe(
    filter((state) => state.status !== 'loading'),
    take(1),
    map(
      (state) =>
        (state.status === 'ready' && state.value.user.isAdmin) || router.createUrlTree(['/app']),
    ),
  );
};
