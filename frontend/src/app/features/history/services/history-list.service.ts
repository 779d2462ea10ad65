import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, startWith } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';

export type HistoryKind = 'test' | 'dose' | 'program';

/** A side-rail section: loading, its entries counted, not served by this deployment yet, or failed. */
export type HistoryListState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly count: number }
  | { readonly status: 'unavailable' }
  | { readonly status: 'failed' };

/** What a side-rail section shows: a list's state, or that there is no tank to list for. */
export type RailSectionState = HistoryListState | { readonly status: 'no-tank' };

// 404 (and 501 from a gateway that knows the route but not its function): the list has not shipped yet.
const NOT_SHIPPED_STATUSES = [404, 501];

function entriesIn(body: unknown): number {
  if (Array.isArray(body)) return body.length;
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.length : 0;
}

/** Reads the test, dose and program history lists that fill the side rail. */
@Injectable({ providedIn: 'root' })
export class HistoryListService {
  private readonly api = inject(ApiClient);

  list(kind: HistoryKind, tankId: string): Observable<HistoryListState> {
    return this.api
      .post<unknown>(`/${kind}/history/list`, { tankId }, { handles: NOT_SHIPPED_STATUSES })
      .pipe(
        map((body): HistoryListState => ({ status: 'ready', count: entriesIn(body) })),
        catchError((error: unknown) =>
          of<HistoryListState>(
            error instanceof HttpErrorResponse && NOT_SHIPPED_STATUSES.includes(error.status)
              ? { status: 'unavailable' }
              : { status: 'failed' },
          ),
        ),
        startWith<HistoryListState>({ status: 'loading' }),
      );
  }
}
