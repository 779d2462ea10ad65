import { Injectable, inject } from '@angular/core';
import { Observable, forkJoin, map, of } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { readState } from '../../../core/api/api-outcome';
import { LoadState } from '../../../shared/load-state';
import { TestDetail, TestKind, TestStatus } from '../../../shared/tests/test-result';

/** One entry of `/test/history/list`. */
export interface TestSummary {
  readonly id: string;
  readonly kind: TestKind;
  readonly lab?: string;
  readonly status: TestStatus;
  readonly date: string;
  readonly label: string;
  readonly fileName?: string;
  readonly errorMessage?: string;
}

export interface TestPage {
  readonly tests: readonly TestSummary[];
  /** Where the next page starts; absent on the last page. */
  readonly nextCursor?: string;
}

export interface TestFilter {
  readonly kind?: TestKind;
  readonly lab?: string;
}

/** Tests per page of the tests page and the element table. */
export const TESTS_PER_PAGE = 10;

/** Every test of a tank, a page at a time, and the readings of a set of them. */
@Injectable({ providedIn: 'root' })
export class TestsService {
  private readonly api = inject(ApiClient);

  page(
    tankId: string,
    filter: TestFilter = {},
    cursor?: string,
    limit = TESTS_PER_PAGE,
  ): Observable<LoadState<TestPage>> {
    return readState(
      this.api.post<TestPage>('/test/history/list', {
        tankId,
        limit,
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.lab ? { lab: filter.lab } : {}),
        ...(cursor ? { cursor } : {}),
      }),
      'Your tests could not be loaded.',
    );
  }

  /** The evaluated readings of the given tests, read in parallel. */
  details(tankId: string, testIds: readonly string[]): Observable<LoadState<TestDetail[]>> {
    const reads = testIds.map((testId) =>
      this.api
        .post<{ test: TestDetail }>('/test/history', { tankId, testId })
        .pipe(map((answer) => answer.test)),
    );
    return readState(
      reads.length === 0 ? of([]) : forkJoin(reads),
      'The readings could not be loaded.',
    );
  }
}

/** Tests whose readings are final enough to compare. */
export const hasReadings = (test: TestSummary): boolean => test.status === 'DONE';
