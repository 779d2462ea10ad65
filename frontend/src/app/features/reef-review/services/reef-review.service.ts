import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, startWith } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { Outcome, outcomeOf, readState } from '../../../core/api/api-outcome';
import { LoadState } from '../../../shared/load-state';
import {
  CompareScope,
  DecisionInput,
  ReviewDetail,
  ReviewListItem,
  ReviewSummary,
} from './review.model';

export type ReviewListState = 'OPEN' | 'HISTORY';

/** A review as a page loads it: also `missing` when this tank has no review with that id. */
export type ReviewDetailState = LoadState<ReviewDetail> | { readonly status: 'missing' };

/** The home card's summary: also `unavailable` while this deployment does not serve reviews yet. */
export type ReviewSummaryState = LoadState<ReviewSummary> | { readonly status: 'unavailable' };

/** A change to a review: the review as it now stands, or the server's reason (a 400), or a failure the banner shows. */
export type ReviewChangeResult = Outcome<ReviewDetail>;

const PATH = '/user/reef-reviews';
// 404 and 501: the route has not shipped in this deployment yet.
const NOT_SHIPPED = [404, 501];

const statusOf = (error: unknown) => (error instanceof HttpErrorResponse ? error.status : 0);

/** Reef Review through `POST /user/reef-reviews`: lists, the home summary, one review and changes to it. */
@Injectable({ providedIn: 'root' })
export class ReefReviewService {
  private readonly api = inject(ApiClient);

  /** The tank's open reviews, highest priority first, or its finished ones (HISTORY), newest first. */
  list(tankId: string, state: ReviewListState): Observable<LoadState<readonly ReviewListItem[]>> {
    return readState(
      this.api
        .post<{ reviews?: ReviewListItem[] }>(PATH, { action: 'LIST', tankId, state })
        .pipe(map((body): readonly ReviewListItem[] => body.reviews ?? [])),
      'The reviews could not be loaded.',
    );
  }

  /** How many reviews are open and which comes first; quiet while the route is not served. */
  summary(tankId: string): Observable<ReviewSummaryState> {
    return this.api
      .post<ReviewSummary>(PATH, { action: 'SUMMARY', tankId }, { handles: NOT_SHIPPED })
      .pipe(
        map((summary): ReviewSummaryState => ({ status: 'ready', value: summary })),
        startWith<ReviewSummaryState>({ status: 'loading' }),
        catchError((error: unknown) =>
          of<ReviewSummaryState>(
            NOT_SHIPPED.includes(statusOf(error))
              ? { status: 'unavailable' }
              : { status: 'failed', message: 'failed' },
          ),
        ),
      );
  }

  /** One review; `missing` when the tank has none with that id. */
  detail(tankId: string, reviewId: string): Observable<ReviewDetailState> {
    return this.api
      .post<{
        review: ReviewDetail;
      }>(PATH, { action: 'DETAIL', tankId, reviewId }, { handles: [404] })
      .pipe(
        map((body): ReviewDetailState => ({ status: 'ready', value: body.review })),
        startWith<ReviewDetailState>({ status: 'loading' }),
        catchError((error: unknown) =>
          of<ReviewDetailState>(
            statusOf(error) === 404
              ? { status: 'missing' }
              : { status: 'failed', message: 'failed' },
          ),
        ),
      );
  }

  /** Records the keeper's choice on one action: accepted, overridden (with their own dose) or dismissed. */
  decide(tankId: string, reviewId: string, decision: DecisionInput): Promise<ReviewChangeResult> {
    return this.change({ action: 'DECIDE', tankId, reviewId, ...decision });
  }

  /** Compares the test with another span of earlier tests; decisions and progress are kept. */
  recalculate(
    tankId: string,
    reviewId: string,
    compareScope: CompareScope,
  ): Promise<ReviewChangeResult> {
    return this.change({ action: 'RECALCULATE', tankId, reviewId, compareScope });
  }

  complete(tankId: string, reviewId: string): Promise<ReviewChangeResult> {
    return this.change({ action: 'COMPLETE', tankId, reviewId });
  }

  dismiss(tankId: string, reviewId: string): Promise<ReviewChangeResult> {
    return this.change({ action: 'DISMISS', tankId, reviewId });
  }

  private async change(body: object): Promise<ReviewChangeResult> {
    const outcome = await outcomeOf(
      this.api.post<{ review: ReviewDetail }>(PATH, body, { handles: [400] }),
      [400],
    );
    return outcome.ok ? { ok: true, value: outcome.value.review } : outcome;
  }
}
