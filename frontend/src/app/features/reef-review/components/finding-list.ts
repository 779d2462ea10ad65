import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendAssessment } from '../../../shared/tests/test-result';
import { datesInText, numberText } from '../../../shared/format';
import { rangeText } from '../../targets/services/range-input';
import { bySeverity } from '../services/review-text';
import { Finding } from '../services/review.model';
import { SeverityBadge } from './severity-badge';

const STATUS_WORDS: Record<string, string> = {
  LOW: 'Low',
  OK: 'In range',
  HIGH: 'High',
  CRITICAL: 'Critical level',
  MISSING: 'Not on the report',
  RO: 'RO water',
  PENDING: 'Waiting for evaluation',
};

const isUrgent = (finding: Finding) =>
  finding.severity === 'CRITICAL' || finding.severity === 'WARNING';

/**
 * The elements that need attention, most urgent first, each with its reading, range and trend; the
 * findings only to watch fold away below the urgent ones.
 */
@Component({
  selector: 'ram-finding-list',
  imports: [NgTemplateOutlet, SeverityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ng-template #list let-items>
      <ul class="divide-y divide-reef-100">
        @for (finding of items; track finding.findingId) {
          <li class="py-3 first:pt-0 last:pb-0" data-testid="finding">
            <div class="flex flex-wrap items-center gap-2">
              <h3 class="font-medium text-reef-900">{{ finding.name }}</h3>
              &ngsp; <ram-severity-badge [severity]="finding.severity" />&ngsp;
              <span class="text-sm text-reef-700">{{ statusWord(finding) }}</span>
            </div>
            <p class="mt-1 text-sm text-reef-800">
              <span class="font-medium">{{ valueText(finding) }}</span>
              <span class="text-reef-600"> · {{ range(finding) }}</span>
            </p>
            @if (finding.trend; as trend) {
              <p
                class="mt-1 w-fit rounded-md px-1.5 text-sm"
                [class]="trendTone(trend)"
                data-testid="trend"
              >
                {{ signal(trend) }}
                @if (trend.severity === 'ALERT') {
                  <strong class="font-semibold">· moving away fast</strong>
                } @else if (trend.severity === 'WATCH') {
                  <span class="font-medium">· worth watching</span>
                }
              </p>
            }
            <p class="mt-1 text-sm text-reef-700">{{ finding.text }}</p>
          </li>
        }
      </ul>
    </ng-template>
    <ng-container *ngTemplateOutlet="list; context: { $implicit: urgent() }" />
    @if (others().length > 0) {
      <details
        class="group mt-3 border-t border-reef-100 pt-1"
        [open]="urgent().length === 0"
        data-testid="more-findings"
      >
        <summary
          class="flex min-h-11 cursor-pointer list-none items-center gap-2 text-sm font-medium text-lagoon-800 [&::-webkit-details-marker]:hidden"
        >
          <span aria-hidden="true" class="transition-transform group-open:rotate-90">▸</span>
          {{ others().length }} more to watch or without a range
        </summary>
        <ng-container *ngTemplateOutlet="list; context: { $implicit: others() }" />
      </details>
    }
  `,
})
export class FindingList {
  readonly findings = input.required<readonly Finding[]>();

  private readonly sorted = computed(() => bySeverity(this.findings()));
  /** Critical and warning findings: always shown. */
  protected readonly urgent = computed(() => this.sorted().filter(isUrgent));
  /** The rest (to watch, no range, missing) fold away while there is something urgent. */
  protected readonly others = computed(() => this.sorted().filter((finding) => !isUrgent(finding)));

  protected statusWord(finding: Finding): string {
    return STATUS_WORDS[finding.status] ?? finding.status;
  }

  protected valueText(finding: Finding): string {
    if (finding.value === null) return 'No value';
    return `${numberText(finding.value, { maxDecimals: 4 })} ${finding.unit}`;
  }

  protected range(finding: Finding): string {
    const range = finding.targetRange;
    return range && range.source !== 'NONE'
      ? `range ${rangeText(range, finding.unit)}`
      : 'no range set';
  }

  /** The API's signal with its ISO dates as the keeper reads dates. */
  protected signal(trend: TrendAssessment): string {
    return datesInText(trend.signal);
  }

  protected trendTone(trend: TrendAssessment): string {
    if (trend.severity === 'ALERT') return 'bg-coral-50 text-coral-800';
    if (trend.severity === 'WATCH') return 'bg-amber-50 text-amber-900';
    return 'text-reef-700';
  }
}
