import { HttpErrorResponse, type HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, tap, throwError } from 'rxjs';
import { InstallableApp } from './installable-app';

export const OFFLINE_MESSAGE =
  'You are offline. Saving and uploading need the network; results you have already seen stay readable.';

/**
 * Tells the app whether RaM answered over the network or from the service worker's saved copy, and
 * turns a call that could not reach RaM while offline into a message that says so.
 */
export const offlineInterceptor: HttpInterceptorFn = (request, next) => {
  const app = inject(InstallableApp);
  return next(request).pipe(
    tap((event) => {
      if (event instanceof HttpResponse) app.noteAnswer(event.headers.get('x-ram-offline-copy'));
    }),
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 0) {
        app.noteUnreachable();
        return throwError(
          () =>
            new HttpErrorResponse({
              status: 0,
              statusText: 'Offline',
              url: error.url ?? undefined,
              error: { message: OFFLINE_MESSAGE, code: 'OFFLINE' },
            }),
        );
      }
      return throwError(() => error);
    }),
  );
};
