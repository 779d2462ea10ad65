import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { filter, switchMap } from 'rxjs';
import { HistoryLists } from '../../history/services/history-lists';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingBlock } from '../../../shared/ui/loading-block';
import { testKindLabel } from '../../../shared/tests/test-links';
import { latestLoad } from '../../../shared/latest-load';
import { readyValue } from '../../../shared/load-state';
import { SeverityBadge } from '../../reef-review/components/severity-badge';
import {
  ReefReviewService,
  ReviewSummaryState,
} from '../../reef-review/services/reef-review.service';
import { SEVERITY_ORDER } from '../../reef-review/services/review-text';

/** The home page's Reef Review: how many reviews are open, by severity, and the one to open first. */
@Component({
  selector: 'ram-reef-review-card',
  imports: [DatePipe, RouterLink, EmptyState, LoadingBlock, SeverityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section class="card" aria-labelledby="review-card-heading">
      <div class="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="review-card-heading" class="text-lg font-semibold text-reef-900">Reef Review</h2>
        <a routerLink="/app/reef-review" class="text-sm font-medium text-lagoon-800 underline">
          All reviews
        </a>
      </div>
      <div class="mt-3">
        @switch (state().status) {
          @case ('loading') {
            <ram-loading-block label="Loading your reviews…" />
          }
          @case ('failed') {
            <ram-empty-state [compact]="true" heading="Your reviews could not be loaded">
              <button type="button" class="btn-secondary mt-3" (click)="summaryLoad.reload()">
                Try again
              </button>
            </ram-empty-state>
          }
          @case ('unavailable') {
            <p class="text-sm text-reef-700">Reef Review is not available yet.</p>
          }
          @case ('ready') {
            @if (summary(); as summary) {
              @if (summary.open === 0) {
                <ram-empty-state
                  [compact]="true"
                  heading="No open reviews"
                  description="After each ICP report or manual test, RaM reviews what changed and what to do."
                />
              } @else {
                <p class="text-reef-900" data-testid="open-count">
                  <span class="text-2xl font-semibold tabular-nums">{{ summary.open }}</span>
                  open {{ summary.open === 1 ? 'review' : 'reviews' }}
                </p>
                <ul class="mt-2 flex flex-wrap gap-2" aria-label="Open reviews by severity">
                  @for (count of counts(); track count.severity) {
                    <li class="inline-flex items-center gap-1 text-sm text-reef-800">
                      <ram-severity-badge [severity]="count.severity" />&ngsp;
                      <span class="tabular-nums">{{ count.count }}</span>
                    </li>
                  }
                </ul>
                @if (summary.top; as top) {
                  <a
                    [routerLink]="['/app/reef-review', top.reviewId]"
                    class="mt-4 block rounded-xl border border-reef-200 p-3 hover:border-lagoon-400 hover:bg-lagoon-50"
                    data-testid="top-review"
                  >
                    <span class="text-xs font-semibold tracking-wide text-lagoon-700 uppercase"
                      >Start here</span
                    >
                    <span class="mt-1 flex flex-wrap items-center gap-2">
                      <ram-severity-badge [severity]="top.severity" />&ngsp;
                      <span class="font-medium break-words text-reef-900">{{ top.title }}</span>
                    </span>
                    <span class="mt-1 block text-sm text-reef-700">
                      {{ kind(top.testKind) }} · {{ top.testDate | date: 'd MMM y' }}
                    </span>
                  </a>
                }
              }
            }
          }
        }
      </div>
    </section>
  `,
})
export class ReefReviewCard {
  readonly tankId = input.required<string>();

  private readonly reviews = inject(ReefReviewService);
  protected readonly summaryLoad = latestLoad<string, ReviewSummaryState>(
    () => this.tankId(),
    (tankId) => this.reviews.summary(tankId),
    { status: 'loading' },
  );
  protected readonly state = this.summaryLoad.state;
  protected readonly summary = computed(() => readyValue(this.state()));
  /** The severities that have open reviews, most urgent first. */
  protected readonly counts = computed(() => {
    const bySeverity = this.summary()?.bySeverity;
    return SEVERITY_ORDER.map((severity) => ({
      severity,
      count: bySeverity?.[severity] ?? 0,
    })).filter((entry) => entry.count > 0);
  });
  protected readonly kind = testKindLabel;

  constructor() {
    // A test of this tank turned DONE: its review was written just before, so read the summary
    // again behind what is shown (no loading state, and a failed read keeps it).
    inject(HistoryLists)
      .changes.pipe(
        filter((c) => c.kind === 'test' && c.item.status === 'DONE' && c.tankId === this.tankId()),
        switchMap((c) => this.reviews.summary(c.tankId)),
        filter((answer) => answer.status === 'ready'),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => this.summaryLoad.set(answer));
  }
}
