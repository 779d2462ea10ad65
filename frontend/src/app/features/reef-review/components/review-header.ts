import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { datesInText } from '../../../shared/format';
import { dayFormat } from '../../../shared/locale';
import { labLabel } from '../../../shared/tanks/tank-options';
import { testPath } from '../../../shared/tests/test-links';
import { ReviewDetail, ReviewStatus } from '../services/review.model';
import { SeverityBadge } from './severity-badge';

const STATUS_LOOKS: Record<ReviewStatus, { text: string; tone: string }> = {
  OPEN: { text: 'Open', tone: 'bg-lagoon-700 text-white' },
  COMPLETED: { text: 'Completed', tone: 'bg-reef-700 text-white' },
  DISMISSED: { text: 'Dismissed', tone: 'bg-reef-100 text-reef-800' },
  SUPERSEDED: { text: 'Superseded by a newer report', tone: 'bg-reef-100 text-reef-800' },
};

/** The top of a review: its title, severity and status, the test it came from, and the summary. */
@Component({
  selector: 'ram-review-header',
  imports: [DatePipe, RouterLink, SeverityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <p class="text-xs font-semibold tracking-wide text-lagoon-700 uppercase">Reef Review</p>
    <h1
      id="review-title"
      tabindex="-1"
      class="mt-1 text-2xl font-semibold break-words text-reef-900 sm:text-3xl"
    >
      {{ review().title }}
    </h1>
    <div class="mt-3 flex flex-wrap items-center gap-2">
      <ram-severity-badge [severity]="review().severity" prefix="Severity: " />&ngsp;
      <span
        class="rounded-full px-2 py-0.5 text-xs font-semibold"
        [class]="status().tone"
        data-testid="review-status"
        >{{ status().text }}</span
      >
    </div>
    <p class="mt-3 text-sm text-reef-700" data-testid="review-source">
      From the {{ kind() }} of {{ review().source.date | date: mediumDay }}
      @if (lab(); as lab) {
        · analysed by {{ lab }}
      }
      ·
      <a [routerLink]="sourceLink()" class="font-medium text-lagoon-800 underline">
        Open the test
      </a>
    </p>
    @if (review().comparedTests.length > 0) {
      <p class="mt-1 text-sm text-reef-600">
        Compared with {{ review().comparedTests.length }} earlier
        {{ review().comparedTests.length === 1 ? 'test' : 'tests' }}.
      </p>
    }
    <p class="mt-4 text-reef-800" data-testid="review-summary">{{ summary() }}</p>
  `,
})
export class ReviewHeader {
  protected readonly mediumDay = dayFormat('medium');
  readonly review = input.required<ReviewDetail>();

  protected readonly status = computed(
    () => STATUS_LOOKS[this.review().status] ?? STATUS_LOOKS.OPEN,
  );
  protected readonly kind = computed(() =>
    this.review().source.kind === 'ICP' ? 'ICP test' : 'manual test',
  );
  protected readonly lab = computed(() => {
    const lab = this.review().source.lab;
    return lab ? labLabel(lab) : null;
  });
  /** The API's summary with its ISO dates and lab codes ("(OCEAMO)") as the keeper reads them. */
  protected readonly summary = computed(() =>
    datesInText(this.review().summary).replace(/\(([A-Z][A-Z_]+)\)/g, (code, lab: string) =>
      labLabel(lab) === lab ? code : `(${labLabel(lab)})`,
    ),
  );
  protected readonly sourceLink = computed(() =>
    testPath(this.review().source.kind, this.review().source.testId),
  );
}
