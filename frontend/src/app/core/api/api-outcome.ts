import { HttpErrorResponse } from '@angular/common/http';
import { Observable, catchError, firstValueFrom, map, of, startWith, throwError } from 'rxjs';
import { LoadState } from '../../shared/load-state';
import { apiProblemFrom } from '../errors/api-problem';

/**
 * Refusals a form explains next to itself instead of on the banner: bad input (400), a record that
 * is gone (404), or one changed meanwhile (409). Pass them as `handles` on the call.
 */
export const FORM_STATUSES: readonly number[] = [400, 404, 409];

/** What came of sending a form: the answer, or a refusal in the API's words (none for failures the banner shows). */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message?: string; readonly code?: string };

/**
 * Waits for a call made with `handles: statuses` (by default {@link FORM_STATUSES}) and says how it
 * went: the answer, or the API's words for a refusal with one of those statuses.
 *
 * @example const outcome = await outcomeOf(api.post('/dose/history/save', body, { handles: FORM_STATUSES }));
 * if (!outcome.ok) formError.set(outcome.message ?? null);
 */
export async function outcomeOf<T>(
  call: Observable<T>,
  statuses: readonly number[] = FORM_STATUSES,
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await firstValueFrom(call) };
  } catch (error) {
    if (error instanceof HttpErrorResponse && statuses.includes(error.status)) {
      const problem = apiProblemFrom(error);
      return {
        ok: false,
        message: problem.message,
        ...(problem.code ? { code: problem.code } : {}),
      };
    }
    return { ok: false };
  }
}

/** A read for a page: loading, then the answer, or failed (the banner says why). */
export function readState<T>(call: Observable<T>, failure: string): Observable<LoadState<T>> {
  return call.pipe(
    map((value): LoadState<T> => ({ status: 'ready', value })),
    catchError(() => of<LoadState<T>>({ status: 'failed', message: failure })),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}

/**
 * One record read for a page, made with `handles: [404]`: like {@link readState}, with null when the
 * API has no such record for this tank.
 */
export function recordState<T>(
  call: Observable<T>,
  failure: string,
): Observable<LoadState<T | null>> {
  return readState<T | null>(
    call.pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 404
          ? of(null)
          : throwError(() => error),
      ),
    ),
    failure,
  );
}
