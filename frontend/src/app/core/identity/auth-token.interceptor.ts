import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { from, switchMap } from 'rxjs';
import { RuntimeConfigService } from '../config/runtime-config.service';
import { AuthSession } from './auth-session';

/** Sends the keeper's id token with every call to RaM's API, and only there. */
export const authTokenInterceptor: HttpInterceptorFn = (req, next) => {
  if (!inject(RuntimeConfigService).isApiCall(req.url)) return next(req);
  return from(inject(AuthSession).currentIdToken()).pipe(
    switchMap((idToken) =>
      next(idToken ? req.clone({ setHeaders: { Authorization: `Bearer ${idToken}` } }) : req),
    ),
  );
};
