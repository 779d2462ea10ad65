import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { FORM_STATUSES } from '../../../core/api/api-outcome';
import { ElementTrend, IcpTestResponse, QueuedCorrections } from './icp-test.model';

// A background re-read keeps what is on screen when it fails, so it stays off the banner.
const QUIET_STATUSES = [0, 404, 500, 502, 503, 504];

/** The ICP test page's calls: the test with its corrections, an element's trend, applying corrections. */
@Injectable({ providedIn: 'root' })
export class IcpTestService {
  private readonly api = inject(ApiClient);

  /** The test; a 404 (another tank's test, or gone) is the page's to explain. */
  test(tankId: string, testId: string, { quiet = false } = {}): Observable<IcpTestResponse> {
    return this.api.post<IcpTestResponse>(
      '/test/history/icp',
      { tankId, testId },
      { handles: quiet ? QUIET_STATUSES : [404] },
    );
  }

  /**
   * Measured values, doses and the range of one element; `days` 0 means all of them. With
   * `doseElementIds` (a custom dashboard's chart) the doses are of those products only.
   */
  trend(
    tankId: string,
    elementId: string,
    days: number,
    doseElementIds?: readonly string[],
  ): Observable<ElementTrend> {
    return this.api.post<ElementTrend>(
      '/test/history/icp/trend',
      { tankId, elementId, days, ...(doseElementIds ? { doseElementIds } : {}) },
      { handles: [0, 404, 500, 502, 503, 504] },
    );
  }

  /** Queues the chosen corrections as dose entries; a refusal (400) is shown beside the button. */
  applyCorrections(
    tankId: string,
    testId: string,
    elementIds: readonly string[],
    confirmSuperseded = false,
  ): Observable<QueuedCorrections> {
    return this.api.post<QueuedCorrections>(
      '/corrections',
      { tankId, testId, elementIds, ...(confirmSuperseded ? { confirmSuperseded: true } : {}) },
      { handles: [400, 409] },
    );
  }

  /** Reads a failed upload again as a report of `lab`; a refusal (400, 404, 409) is shown beside the button. */
  retryFailed(
    tankId: string,
    testId: string,
    lab: string,
  ): Observable<{ testId: string; status: string }> {
    return this.api.post(
      '/test/history/retry',
      { tankId, testId, lab },
      { handles: FORM_STATUSES },
    );
  }

  /** Deletes a failed test and its PDF. */
  deleteFailed(tankId: string, testId: string): Observable<{ deleted: true; testId: string }> {
    return this.api.post('/test/history/delete', { tankId, testId }, { handles: FORM_STATUSES });
  }
}
