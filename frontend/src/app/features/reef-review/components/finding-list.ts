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

/** The elements that need attention, most urgent first, each with its reading, range and trend. */
@Component({
  selector: 'ram-finding-list',
  imports: [SeverityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ul class="divide-y divide-reef-100">
      @for (finding of sorted(); track finding.findingId) {
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
  `,
})
export class FindingList {
  readonly findings = input.required<readonly Finding[]>();

  protected readonly sorted = computed(() => bySeverity(this.findings()));

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
