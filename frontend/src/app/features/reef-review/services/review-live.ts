import { Observable, debounceTime, filter, map, merge, of, switchMap, timer } from 'rxjs';
import { HistoryChange } from '../../history/services/history-item';

/** A burst of messages (a test's steps, several dose days) is answered once, this long after. */
export const REVIEW_SETTLE_MS = 400;
/** Reviews are written a moment after their test turns DONE: the page looks once more then. */
export const REVIEW_SECOND_LOOK_MS = 5_000;

/**
 * When a tank's reviews may have changed, from the rail's live changes (the tank on screen only): a
 * test finished or was deleted (a review appears, is superseded, or gets its follow-up), or a dose
 * day changed (a correction's progress). Emits once per burst, then once more a little later.
 *
 * @example reviewRefreshes(lists.changes).pipe(takeUntilDestroyed()).subscribe(() => reload());
 */
export function reviewRefreshes(changes: Observable<HistoryChange>): Observable<void> {
  return changes.pipe(
    filter(
      (change) =>
        change.kind === 'dose' ||
        (change.kind === 'test' && (change.op === 'remove' || change.item.status === 'DONE')),
    ),
    debounceTime(REVIEW_SETTLE_MS),
    switchMap(() => merge(of(0), timer(REVIEW_SECOND_LOOK_MS))),
    map(() => undefined),
  );
}
