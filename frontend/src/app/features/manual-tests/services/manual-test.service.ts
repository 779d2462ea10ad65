import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { LoadState } from '../../../shared/load-state';
import { TestDetail } from '../../../shared/tests/test-result';
import { FORM_STATUSES, Outcome, outcomeOf, recordState } from '../../../core/api/api-outcome';
import { Handoff } from '../../../shared/handoff';
import { ManualTestInput, ManualTestSaved } from './manual-test';

/** Reads and saves the keeper's manual tests; each save comes back evaluated. */
@Injectable({ providedIn: 'root' })
export class ManualTestService {
  private readonly api = inject(ApiClient);
  // A new test's page opens with the answer of the save that made it, instead of reading it again.
  private readonly justSaved = new Handoff<ManualTestSaved>();

  /** One test of the tank; null when the tank has no such test. */
  get(tankId: string, testId: string): Observable<LoadState<TestDetail | null>> {
    return recordState(
      this.api
        .post<{ test: TestDetail }>('/test/history', { tankId, testId }, { handles: [404] })
        .pipe(map((answer) => answer.test)),
      'The test could not be loaded.',
    );
  }

  /** Creates a manual test (no `testId`) or replaces one. */
  save(tankId: string, test: ManualTestInput): Promise<Outcome<ManualTestSaved>> {
    return outcomeOf(
      this.api.post<ManualTestSaved>(
        '/test/history/save',
        { tankId, ...test },
        { handles: FORM_STATUSES },
      ),
    );
  }

  keepSaved(saved: ManualTestSaved): void {
    this.justSaved.leave(saved.test.id, saved);
  }

  /** The save that just made this test, once. */
  takeSaved(testId: string): ManualTestSaved | null {
    return this.justSaved.take(testId);
  }
}
