import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { numberText } from '../../../shared/format';
import { ElementResult } from '../../../shared/tests/test-result';
import { CorrectionLine } from '../services/icp-test.model';
import { rangeText, statusLook, toWatch, valueText } from '../services/element-view';
import { TrendSignal } from './trend-signal';

/**
 * One element of an ICP test as a compact row: status, name, reading and target range on one line
 * (stacked on a phone), a tap opening the details: the trend signal, the correction RaM proposes,
 * the keeper message and the button to the trend chart.
 */
@Component({
  imports: [TrendSignal],
  selector: 'ram-element-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'block',
    'data-testid': 'element-card',
    '[attr.data-status]': 'element().status',
    '[attr.data-element]': 'element().elementId',
    '[attr.data-expanded]': 'expanded()',
  },
  template: `
    <button
      type="button"
      class="grid min-h-11 w-full grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-0.5 rounded-lg px-2 py-2 text-left hover:bg-reef-50 focus-visible:outline-2 focus-visible:outline-lagoon-600 sm:grid-cols-[8.5rem_minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.4fr)_1.25rem]"
      [attr.aria-expanded]="expanded()"
      [attr.aria-controls]="detailsId()"
      data-testid="element-toggle"
      (click)="toggled.emit()"
    >
      <span class="order-3 sm:order-none">
        <span
          class="inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap"
          [class]="look().badge"
          data-testid="element-status"
          ><span aria-hidden="true">{{ look().icon }} </span>{{ look().label }}</span
        >
        @if (watch()) {
          <span class="ml-1 text-xs font-medium text-amber-800" data-testid="element-watch"
            >to watch</span
          >
        }
      </span>
      <span class="order-1 min-w-0 font-medium break-words text-reef-900 sm:order-none">{{
        element().name
      }}</span>
      <span
        class="order-2 text-right tabular-nums sm:order-none sm:text-left"
        [class]="muted() ? 'text-sm text-reef-700' : 'font-semibold text-reef-950'"
        data-testid="element-value"
        >{{ value() }}</span
      >
      <span class="order-4 text-right text-xs text-reef-700 sm:order-none sm:text-left sm:text-sm">
        @if (range(); as range) {
          <span data-testid="element-range">{{ range }}</span>
        } @else if (element().status === 'NO_RANGE') {
          <span data-testid="element-range">No target range</span>
        }
      </span>
      <svg
        viewBox="0 0 20 20"
        class="hidden size-5 fill-current text-reef-500 transition-transform sm:block"
        [class.rotate-180]="expanded()"
        aria-hidden="true"
      >
        <path d="M5.3 7.3 10 12l4.7-4.7 1.4 1.4L10 14.8 3.9 8.7l1.4-1.4Z" />
      </svg>
    </button>
    @if (expanded()) {
      <div
        [id]="detailsId()"
        class="mx-2 mb-2 space-y-1.5 rounded-lg bg-reef-50 p-3 text-sm text-reef-800"
        data-testid="element-details"
      >
        @if (element().nonDetect && element().status !== 'MISSING') {
          <p>Below the lab's detection limit.</p>
        }
        @if (fullRange(); as fullRange) {
          <p data-testid="element-range-source">Target {{ fullRange }}</p>
        } @else if (element().status === 'NO_RANGE') {
          <p>No target range, so RaM cannot judge it: set one on the targets page.</p>
        }
        @if (element().implausible) {
          <p class="font-semibold text-coral-800" data-testid="element-implausible">
            Looks implausible: check the value or the unit.
          </p>
        }
        @if (element().trendAssessment; as trend) {
          <p><ram-trend-signal [trend]="trend" /></p>
        }
        @if (correctionText(); as correctionText) {
          <p data-testid="element-correction">{{ correctionText }}</p>
        }
        @if (element().message; as message) {
          <p data-testid="element-message">{{ message }}</p>
        }
        @if (element().status !== 'RO') {
          <button
            type="button"
            class="btn-secondary mt-1 min-h-11"
            data-testid="trend-button"
            [attr.aria-label]="'Trend of ' + element().name"
            (click)="trendRequested.emit()"
          >
            Show the trend chart
          </button>
        }
      </div>
    }
  `,
})
export class ElementRow {
  readonly element = input.required<ElementResult>();
  readonly expanded = input(false);
  /** The correction RaM proposes for this element, when there is one. */
  readonly correction = input<CorrectionLine | undefined>();
  readonly toggled = output();
  readonly trendRequested = output();

  protected readonly look = computed(() => statusLook(this.element().status));
  protected readonly watch = computed(() => toWatch(this.element()));
  protected readonly value = computed(() => valueText(this.element()));
  protected readonly muted = computed(
    () => this.element().status === 'MISSING' || this.element().value === null,
  );
  protected readonly detailsId = computed(() => `element-details-${this.element().elementId}`);
  protected readonly fullRange = computed(() =>
    rangeText(this.element().targetRange, this.element().unit),
  );
  /** The row's column: the band alone; who sets it is a detail. */
  protected readonly range = computed(() =>
    rangeText(this.element().targetRange, this.element().unit, { withSource: false }),
  );
  protected readonly correctionText = computed(() => {
    const line = this.correction();
    if (!line) return null;
    const amount = (value: number) => `${numberText(value)} ${line.unit}`;
    return `Correction: ${amount(line.dailyAmount)} a day for ${line.days} ${line.days === 1 ? 'day' : 'days'} of ${line.product} (${amount(line.totalAmount)} in all).`;
  });
}
