import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, startWith } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { HistoryItem, HistoryKind, historyItemsFrom } from './history-item';

/** One history list: loading, its entries, not served by this deployment yet, or failed. */
export type HistoryListState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly items: readonly HistoryItem[] }
  | { readonly status: 'unavailable' }
  | { readonly status: 'failed' };

// 404 (and 501 from a gateway that knows the route but not its function): the list has not shipped yet.
const NOT_SHIPPED_STATUSES = [404, 501];
// A background refresh that fails keeps what the rail shows instead of raising the banner.
const QUIET_STATUSES = [0, ...NOT_SHIPPED_STATUSES, 500, 502, 503, 504];

/** Reads the test, dose and program history lists that fill the side rail. */
@Injectable({ providedIn: 'root' })
export class HistoryListService {
  private readonly api = inject(ApiClient);

  /**
   * The list of `kind` for the tank, starting with `loading`. A `quiet` read (a refresh behind a
   * list already on screen) starts with no loading state and leaves server failures off the banner.
   */
  list(kind: HistoryKind, tankId: string, { quiet = false } = {}): Observable<HistoryListState> {
    const answer$ = this.api
      .post<unknown>(
        `/${kind}/history/list`,
        { tankId },
        { handles: quiet ? QUIET_STATUSES : NOT_SHIPPED_STATUSES },
      )
      .pipe(
        map((body): HistoryListState => ({ status: 'ready', items: historyItemsFrom(kind, body) })),
        catchError((error: unknown) =>
          of<HistoryListState>(
            error instanceof HttpErrorResponse && NOT_SHIPPED_STATUSES.includes(error.status)
              ? { status: 'unavailable' }
              : { status: 'failed' },
          ),
        ),
      );
    return quiet ? answer$ : answer$.pipe(startWith<HistoryListState>({ status: 'loading' }));
  }
}
