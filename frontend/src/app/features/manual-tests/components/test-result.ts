import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ElementResult, TestDetail } from '../../../shared/tests/test-result';
import { dayText } from '../../../shared/tank-calendar';
import { ElementCard } from '../../icp/components/element-card';
import { TrendDialog } from '../../icp/components/trend-dialog';
import { attentionSummary } from '../../icp/services/element-view';

/**
 * How a test reads, with the ICP page's element cards: each value in its status colours against the
 * target range, the keeper message and the trend signal (the card's button opens the trend chart);
 * and the way to the Reef Review the test led to, when there is one.
 */
@Component({
  selector: 'ram-test-result',
  imports: [RouterLink, ElementCard, TrendDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section class="card" aria-labelledby="test-result-heading">
      <h2 id="test-result-heading" tabindex="-1" class="text-lg font-semibold text-reef-900">
        How this test reads
      </h2>
      <p class="mt-1 text-sm text-reef-700">{{ date() }}</p>
      <p class="mt-1 text-reef-800" data-testid="result-summary">{{ summary() }}</p>
      @if (reviewId(); as reviewId) {
        <div class="mt-4 rounded-xl bg-amber-50 p-3">
          <p class="text-sm text-amber-900">Some results need a look: RaM opened a Reef Review.</p>
          <a
            class="btn-primary mt-3 w-full sm:w-auto"
            [routerLink]="['/app/reef-review', reviewId]"
            data-testid="review-link"
            >Open the Reef Review</a
          >
        </div>
      }
      <ul class="mt-4 grid gap-3 sm:grid-cols-2">
        @for (element of test().elements; track element.elementId) {
          <li class="flex">
            <ram-element-card
              class="w-full"
              [element]="element"
              (trendRequested)="trendOf.set(element)"
            />
          </li>
        }
      </ul>
    </section>

    @if (trendOf(); as element) {
      <ram-trend-dialog
        [tankId]="tankId()"
        [elementId]="element.elementId"
        [name]="element.name"
        (closed)="trendOf.set(null)"
      />
    }
  `,
})
export class TestResult {
  readonly tankId = input.required<string>();
  readonly test = input.required<TestDetail>();
  readonly reviewId = input<string | undefined>();

  protected readonly trendOf = signal<ElementResult | null>(null);
  protected readonly date = computed(() => dayText(this.test().date, { withWeekday: true }));
  protected readonly summary = computed(() => attentionSummary(this.test().elements));
}
