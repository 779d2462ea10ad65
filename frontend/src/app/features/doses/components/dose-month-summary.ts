import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { ElementLookup, elementName } from '../../elements/services/catalogue-lookup';
import { TREND_CHART_RENDERER, TrendChartSlot } from '../../icp/services/trend-chart';
import { amountText } from '../services/dose-amount';
import { DoseDay } from '../services/dose-day';
import { Month, doseMonthChartOption, monthText, monthTotals } from '../services/dose-month';

/** A month of doses at a glance: what went in per element (total and dosing days) and a chart by day. */
@Component({
  selector: 'ram-dose-month-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', '(window:resize)': 'slot.resize()' },
  template: `
    <section class="card" aria-labelledby="dose-month-summary-heading">
      <h3 id="dose-month-summary-heading" class="font-semibold text-reef-900">
        Totals for {{ title() }}
      </h3>
      <table class="mt-2 w-full text-left text-sm" data-testid="dose-month-totals">
        <thead class="text-reef-600">
          <tr>
            <th scope="col" class="py-1 font-medium">Element</th>
            <th scope="col" class="py-1 font-medium">Total</th>
            <th scope="col" class="py-1 font-medium">Days dosed</th>
          </tr>
        </thead>
        <tbody>
          @for (total of totals(); track total.elementId + total.unit) {
            <tr class="border-t border-reef-100">
              <td class="py-1">{{ name(total.elementId) }}</td>
              <td class="py-1 tabular-nums">{{ amount(total.total, total.unit) }}</td>
              <td class="py-1 tabular-nums">{{ total.days }}</td>
            </tr>
          }
        </tbody>
      </table>
      <div
        #chart
        class="mt-3 h-56 w-full"
        role="img"
        [attr.aria-label]="'Doses by day in ' + title() + '; the table above lists the totals.'"
        [attr.data-drawn]="drawn()"
        data-testid="dose-month-chart"
      ></div>
    </section>
  `,
})
export class DoseMonthSummary implements OnDestroy {
  readonly month = input.required<Month>();
  readonly days = input.required<readonly DoseDay[]>();
  readonly lookup = input.required<ElementLookup>();

  protected readonly slot = new TrendChartSlot(inject(TREND_CHART_RENDERER));
  private readonly host = viewChild<ElementRef<HTMLElement>>('chart');
  protected readonly drawn = signal<'yes' | 'no' | 'failed'>('no');
  protected readonly title = computed(() => monthText(this.month()));
  protected readonly totals = computed(() => monthTotals(this.days()));
  protected readonly amount = amountText;

  constructor() {
    afterRenderEffect(() => {
      const host = this.host()?.nativeElement;
      if (!host) return;
      const option = doseMonthChartOption(this.month(), this.days(), (id) => this.name(id));
      void this.slot.show(host, option).then((ok) => this.drawn.set(ok ? 'yes' : 'failed'));
    });
  }

  ngOnDestroy(): void {
    this.slot.release();
  }

  protected name(elementId: string): string {
    return elementName(this.lookup(), elementId);
  }
}
