import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ElementResult } from '../../../shared/tests/test-result';
import { rangeText, statusLook, valueText } from '../services/element-view';
import { TrendSignal } from './trend-signal';

/**
 * One element of an ICP test: its reading, status, target range, the keeper's message and a short
 * trend signal, with a button that opens the element's trend chart.
 */
@Component({
  imports: [TrendSignal],
  selector: 'ram-element-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'flex flex-col rounded-xl border bg-white p-3 shadow-xs',
    '[class]': 'look().card',
    'data-testid': 'element-card',
    '[attr.data-status]': 'element().status',
    '[attr.data-element]': 'element().elementId',
  },
  template: `
    <div class="flex items-start gap-2">
      <h3 class="min-w-0 flex-1 font-medium break-words text-reef-900">{{ element().name }}</h3>
      <span
        class="shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold"
        [class]="look().badge"
        data-testid="element-status"
        ><span aria-hidden="true">{{ look().icon }} </span>{{ look().label }}</span
      >
    </div>
    <p
      class="mt-1 tabular-nums"
      [class]="
        muted() ? 'text-base font-medium text-reef-700' : 'text-xl font-semibold text-reef-950'
      "
      data-testid="element-value"
    >
      {{ value() }}
      @if (element().nonDetect && element().status !== 'MISSING') {
        <span class="text-xs font-normal text-reef-600">below the lab's detection limit</span>
      }
    </p>
    @if (element().entered; as entered) {
      <p class="text-xs text-reef-600" data-testid="element-entered">
        Entered as {{ entered.value }} {{ entered.unit }}
      </p>
    }
    @if (range(); as range) {
      <p class="text-xs text-reef-700" data-testid="element-range">Target {{ range }}</p>
    } @else if (element().status === 'NO_RANGE') {
      <p class="text-xs text-reef-700" data-testid="element-range">
        No target range: set one on the targets page.
      </p>
    }
    @if (element().implausible) {
      <p class="mt-1 text-xs font-semibold text-coral-800" data-testid="element-implausible">
        Looks implausible: check the value or the unit.
      </p>
    }
    @if (element().message; as message) {
      <p class="mt-2 text-sm text-reef-800">{{ message }}</p>
    }
    <div class="mt-auto flex items-end gap-2 pt-2">
      <p class="min-w-0 flex-1 text-xs">
        @if (element().trendAssessment; as trend) {
          <ram-trend-signal [trend]="trend" />
        }
      </p>
      @if (element().status !== 'RO') {
        <button
          type="button"
          class="-m-1 shrink-0 rounded-lg p-2 text-lagoon-700 hover:bg-lagoon-50"
          [attr.aria-label]="'Trend of ' + element().name"
          title="Trend chart"
          data-testid="trend-button"
          (click)="trendRequested.emit()"
        >
          <svg viewBox="0 0 20 20" class="size-5 fill-current" aria-hidden="true">
            <path d="M2 3h2v13h14v2H2V3Zm4 9 4-5 3 3 4-6 1.6 1.2-5.4 8-3-3-2.6 3.2L6 12Z" />
          </svg>
        </button>
      }
    </div>
  `,
})
export class ElementCard {
  readonly element = input.required<ElementResult>();
  readonly trendRequested = output();

  protected readonly look = computed(() => statusLook(this.element().status));
  protected readonly value = computed(() => valueText(this.element()));
  protected readonly muted = computed(
    () => this.element().status === 'MISSING' || this.element().value === null,
  );
  protected readonly range = computed(() =>
    rangeText(this.element().targetRange, this.element().unit),
  );
}
