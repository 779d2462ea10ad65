import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { testKindLabel } from '../../../shared/tests/test-links';
import { ReviewListItem } from '../services/review.model';
import { SeverityBadge } from './severity-badge';

/** Reviews as links: title, severity, the test it came from and how many actions are done. */
@Component({
  selector: 'ram-review-list',
  imports: [DatePipe, RouterLink, SeverityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ul class="space-y-2">
      @for (review of reviews(); track review.reviewId) {
        <li data-testid="review-item">
          <a
            [routerLink]="['/app/reef-review', review.reviewId]"
            class="block rounded-xl border border-reef-200 bg-white p-3 hover:border-lagoon-400 hover:bg-lagoon-50"
          >
            <span class="flex flex-wrap items-center gap-2">
              <ram-severity-badge [severity]="review.severity" />&ngsp;
              <span class="min-w-0 font-medium break-words text-reef-900">{{ review.title }}</span>
            </span>
            <span class="mt-1 block text-sm text-reef-700">
              {{ kind(review) }} · {{ review.testDate | date: 'd MMM y' }}
              @if (review.actionCount > 0) {
                · {{ review.actionsDone }} of {{ review.actionCount }} actions done
              }
            </span>
            @if (review.completedAt) {
              <span class="mt-1 block text-xs text-reef-600">
                Completed {{ review.completedAt | date: 'd MMM y' }}
              </span>
            } @else if (review.dismissedAt) {
              <span class="mt-1 block text-xs text-reef-600">
                Dismissed {{ review.dismissedAt | date: 'd MMM y' }}
              </span>
            }
          </a>
        </li>
      }
    </ul>
  `,
})
export class ReviewList {
  readonly reviews = input.required<readonly ReviewListItem[]>();
  protected readonly kind = (review: ReviewListItem) => testKindLabel(review.testKind);
}
