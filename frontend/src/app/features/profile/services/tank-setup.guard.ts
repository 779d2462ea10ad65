import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import type { Tank } from '../../../shared/tanks/tank';

/**
 * Sends a keeper whose tank was never confirmed (the one made at sign-up) to `/app/setup` before
 * home. A failed read lets them through: the banner tells them, and the app works without it.
 */
export const tankSetupGuard: CanActivateFn = async () => {
  const router = inject(Router);
  try {
    const profile = await firstValueFrom(
      inject(ApiClient).post<{ tanks?: readonly Tank[] }>(
        '/user',
        {},
        { handles: [0, 500, 502, 503, 504] },
      ),
    );
    return (profile.tanks ?? []).some((t) => t.setupConfirmed === false)
      ? router.createUrlTree(['/app/setup'])
      : true;
  } catch {
    return true;
  }
};
