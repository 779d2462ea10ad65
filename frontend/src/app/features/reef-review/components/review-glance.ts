import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { numberText } from '../../../shared/format';
import { reviewGlance, SEVERITY_LABELS } from '../services/review-text';
import { Finding, ReviewDetail } from '../services/review.model';
import { SeverityBadge } from './severity-badge';

const STATUS_ICONS: Partial<Record<string, string>> = { LOW: '↓', HIGH: '↑', CRITICAL: '!' };

/**
 * The review before its sections: findings counted by severity, the elements to act on named with
 * their reading, and what waits for the keeper's decision.
 */
@Component({
  selector: 'ram-review-glance',
  imports: [SeverityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block card', 'data-testid': 'review-glance' },
  template: `
    <h2 class="sr-only">At a glance</h2>
    <ul
      class="flex flex-wrap gap-2"
      aria-label="Findings by severity"
      data-testid="severity-counts"
    >
      @for (count of glance().counts; track count.severity) {
        <li class="inline-flex items-center gap-1 text-sm font-semibold text-reef-900">
          <ram-severity-badge [severity]="count.severity" />&ngsp;<span class="tabular-nums">{{
            count.count
          }}</span>
        </li>
      } @empty {
        <li class="text-sm text-reef-700">No findings.</li>
      }
    </ul>
    @if (glance().attention.length > 0) {
      <h3 class="mt-3 text-sm font-semibold text-reef-900">Needs attention</h3>
      <ul class="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="review-attention">
        @for (finding of glance().attention; track finding.findingId) {
          <li [attr.data-element]="finding.elementId">
            <span aria-hidden="true" class="font-semibold">{{ icon(finding) }} </span>
            <span class="font-medium text-reef-900">{{ finding.name }}</span>&ngsp;<span
              class="text-reef-700 tabular-nums"
              >{{ value(finding) }}</span
            >
          </li>
        }
      </ul>
    }
    <p class="mt-3 text-sm text-reef-800" data-testid="review-to-decide">{{ toDecide() }}</p>
  `,
})
export class ReviewGlance {
  readonly review = input.required<ReviewDetail>();

  protected readonly glance = computed(() => reviewGlance(this.review()));
  protected readonly toDecide = computed(() => {
    const { adjustmentsToDecide: adjust, correctionsToApply: apply } = this.glance();
    if (this.review().status !== 'OPEN') return 'This review is closed: nothing left to decide.';
    const parts = [
      adjust > 0 ? `${adjust} daily ${adjust === 1 ? 'adjustment' : 'adjustments'} to decide` : '',
      apply > 0 ? `${apply} ${apply === 1 ? 'correction' : 'corrections'} to apply` : '',
    ].filter(Boolean);
    return parts.length > 0
      ? `Waiting for you: ${parts.join(', ')}.`
      : 'Nothing waits for your decision: complete the review when you are done.';
  });

  protected icon(finding: Finding): string {
    return STATUS_ICONS[finding.status] ?? '';
  }
  protected value(finding: Finding): string {
    const severity = SEVERITY_LABELS[finding.severity].toLowerCase();
    if (finding.value === null) return severity;
    return `${numberText(finding.value, { maxDecimals: 4 })} ${finding.unit}, ${severity}`;
  }
}
