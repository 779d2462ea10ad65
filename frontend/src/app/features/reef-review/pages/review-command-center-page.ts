import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { tap } from 'rxjs';
import { LoadState, readyValue } from '../../../shared/load-state';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { LoadingBlock } from '../../../shared/ui/loading-block';
import { latestLoad } from '../../../shared/latest-load';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { ReviewList } from '../components/review-list';
import { HistoryLists } from '../../history/services/history-lists';
import { ReefReviewService, ReviewListState } from '../services/reef-review.service';
import { reviewRefreshes } from '../services/review-live';
import { ReviewListItem } from '../services/review.model';

/**
 * `/app/reef-review`: opens the most urgent open review of the selected tank, or explains how a
 * review comes about when there is none. `?view=history` lists the completed and dismissed ones.
 */
@Component({
  selector: 'ram-review-command-center-page',
  imports: [RouterLink, EmptyState, LoadStateFrame, LoadingBlock, ReviewList, SelectedTankFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Reef Review</h1>
    <nav aria-label="Reef Review lists" class="mt-4 flex gap-1 border-b border-reef-200">
      @for (tab of tabs; track tab.state) {
        <a
          routerLink="/app/reef-review"
          [queryParams]="{ view: tab.query }"
          class="-mb-px flex min-h-11 items-center border-b-2 px-4 text-sm font-medium"
          [class]="
            tab.state === shown()
              ? 'border-lagoon-700 text-reef-900'
              : 'border-transparent text-reef-700 hover:text-reef-900'
          "
          [attr.aria-current]="tab.state === shown() ? 'page' : null"
          >{{ tab.label }}</a
        >
      }
    </nav>

    <ram-selected-tank-frame
      class="mt-6"
      noTankText="Reef Reviews are made from a tank's tests. Add a tank to begin."
    >
      @if (selection.selectedTank(); as tank) {
        <ram-load-state-frame
          [state]="lists.state()"
          [loadingLabel]="
            shown() === 'OPEN' ? 'Looking for open reviews…' : 'Loading past reviews…'
          "
          failedHeading="The reviews could not be loaded"
          (retry)="lists.reload()"
        >
          @if (shown() === 'HISTORY') {
            @if (reviews().length === 0) {
              <ram-empty-state
                heading="No finished reviews yet"
                description="Reviews you complete or dismiss are kept here, newest first."
              />
            } @else {
              <ram-review-list [reviews]="reviews()" />
            }
          } @else if (reviews().length > 0) {
            <ram-loading-block label="Opening the most urgent review…" />
          } @else {
            <section class="card" aria-labelledby="no-reviews-heading" data-testid="no-reviews">
              <h2 id="no-reviews-heading" class="text-lg font-semibold text-reef-900">
                No open reviews for {{ tank.name }}
              </h2>
              <p class="mt-2 text-reef-800">
                A Reef Review is RaM's read of one water test: which elements need attention and how
                they are trending, the one-time corrections and daily dose changes that would help,
                and, after your next test, whether those changes worked.
              </p>
              <h3 class="mt-5 font-medium text-reef-900">How to get one</h3>
              <ol class="mt-2 list-decimal space-y-2 pl-5 text-reef-800">
                <li>
                  Upload an ICP report with <strong>Upload ICP</strong> in the menu. RaM reviews it
                  once every element is evaluated.
                </li>
                <li>
                  Or
                  <a
                    routerLink="/app/tests/manual/new"
                    class="font-medium text-lagoon-800 underline"
                    >log a manual test</a
                  >; RaM opens a short review when a reading is out of range or moving fast.
                </li>
              </ol>
              <p class="mt-4 text-sm text-reef-700">
                Reviews compare each reading with the tank's
                <a routerLink="/app/targets" class="font-medium text-lagoon-800 underline"
                  >target ranges</a
                >.
              </p>
              <div class="mt-5 flex flex-col gap-2 sm:flex-row">
                <a routerLink="/app/tests/manual/new" class="btn-primary">Log a manual test</a>
                <a
                  routerLink="/app/reef-review"
                  [queryParams]="{ view: 'history' }"
                  class="btn-secondary"
                  >See past reviews</a
                >
              </div>
            </section>
          }
        </ram-load-state-frame>
      }
    </ram-selected-tank-frame>
  `,
})
export class ReviewCommandCenterPage {
  /** `?view=history` shows finished reviews; anything else the open ones. */
  readonly view = input<string>();

  protected readonly selection = inject(TankSelection);
  private readonly reviewsApi = inject(ReefReviewService);
  private readonly router = inject(Router);

  protected readonly tabs: readonly {
    state: ReviewListState;
    label: string;
    query: string | null;
  }[] = [
    { state: 'OPEN', label: 'Open', query: null },
    { state: 'HISTORY', label: 'History', query: 'history' },
  ];
  protected readonly shown = computed<ReviewListState>(() =>
    this.view() === 'history' ? 'HISTORY' : 'OPEN',
  );
  protected readonly lists = latestLoad(
    () => {
      const tankId = this.selection.selectedTankId();
      return tankId ? { tankId, state: this.shown() } : null;
    },
    ({ tankId, state }) =>
      this.reviewsApi.list(tankId, state).pipe(tap((answer) => this.openFirst(state, answer))),
    { status: 'loading' } as LoadState<readonly ReviewListItem[]>,
  );
  protected readonly reviews = computed(() => readyValue(this.lists.state()) ?? []);

  constructor() {
    // Live: a review that appears while the keeper waits here opens (the open list is read again).
    reviewRefreshes(inject(HistoryLists).changes)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.lists.reload());
  }

  /** The most urgent review opens at once; Back then skips this page rather than bouncing here. */
  private openFirst(state: ReviewListState, answer: LoadState<readonly ReviewListItem[]>): void {
    const top = readyValue(answer)?.[0];
    if (state === 'OPEN' && top) {
      void this.router.navigate(['/app/reef-review', top.reviewId], { replaceUrl: true });
    }
  }
}
