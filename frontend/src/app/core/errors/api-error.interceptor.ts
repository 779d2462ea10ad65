import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { RuntimeConfigService } from '../config/runtime-config.service';
import { AuthSession } from '../identity/auth-session';
import { HANDLED_STATUSES, apiProblemFrom } from './api-problem';
import { ErrorBannerService } from './error-banner.service';

/**
 * Turns failed API calls into the error banner. A 401 means the session is gone: sign out and
 * go to sign-in, then back to the same page. Statuses the caller declared as handled stay off the banner. The error still
 * reaches the caller either way.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (req, next) => {
  if (!inject(RuntimeConfigService).isApiCall(req.url)) return next(req);
  const banner = inject(ErrorBannerService);
  const session = inject(AuthSession);
  const router = inject(Router);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        if (error.status === 401) {
          const returnUrl = router.url;
          session.signOut();
          void router.navigate(['/sign-in'], { queryParams: { reason: 'expired', returnUrl } });
        } else if (!req.context.get(HANDLED_STATUSES).includes(error.status)) {
          banner.report(apiProblemFrom(error));
        }
      }
      return throwError(() => error);
    }),
  );
};
