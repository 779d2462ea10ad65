import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendAssessment } from '../../../shared/tests/test-result';
import { trendView } from '../services/element-view';

const TREND_TONES = {
  NONE: 'text-reef-700',
  WATCH: 'text-amber-800',
  ALERT: 'rounded-md bg-coral-100 px-1.5 py-0.5 font-semibold text-coral-900',
} as const;

/**
 * An element's short trend signal: one arrow (spoken as words), the API's signal, and an alert
 * that stands out. Nothing when the reading has no trend.
 */
@Component({
  selector: 'ram-trend-signal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'inline-flex items-center gap-1',
    '[class]': 'tone()',
    'data-testid': 'element-trend',
    '[attr.data-severity]': 'view()?.severity',
  },
  template: `
    @if (view(); as trend) {
      @if (trend.severity === 'ALERT') {
        <span aria-hidden="true">⚠ </span><span class="sr-only">Trend alert: </span>
      }
      <span aria-hidden="true">{{ trend.arrow }} </span>
      <span class="sr-only">{{ trend.directionWords }}: </span>
      <span>{{ trend.text }}</span>
    }
  `,
})
export class TrendSignal {
  readonly trend = input.required<TrendAssessment>();

  protected readonly view = computed(() => trendView(this.trend()));
  protected readonly tone = computed(() => TREND_TONES[this.view()?.severity ?? 'NONE']);
}
