import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { numberText } from '../../../shared/format';
import { DoseResponse } from '../services/icp-test.model';

/**
 * Pro's dose-response reading in the trend dialog: per stretch between two tests, what the doses
 * added per day, how the element really moved per day, what the tank used, and the daily dose that
 * would have held it steady.
 */
@Component({
  selector: 'ram-dose-response-panel',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section class="rounded-xl border border-reef-100 p-3" aria-labelledby="dose-response-heading">
      <h3 id="dose-response-heading" class="font-semibold text-reef-900">Dose response</h3>
      @if (response().overall; as overall) {
        <p class="mt-1 text-sm text-reef-800" data-testid="dose-response-summary">
          From {{ overall.from | date: 'd MMM' }} to {{ overall.to | date: 'd MMM y' }} your tank
          used about <strong>{{ perDay(overall.consumptionPerDay) }}</strong> a day.
          @if (overall.holdingMlPerDay !== null && product()) {
            About <strong>{{ ml(overall.holdingMlPerDay) }} ml</strong> of {{ product() }} a day
            would hold it steady.
          } @else if (overall.holdingDosePerDay !== null) {
            Holding it steady takes about {{ perDay(overall.holdingDosePerDay) }} a day.
          }
        </p>
        <div class="mt-2 overflow-x-auto">
          <table class="w-full min-w-[28rem] text-left text-sm">
            <thead class="text-reef-600">
              <tr>
                <th scope="col" class="py-1 font-medium">Between tests</th>
                <th scope="col" class="py-1 font-medium">Dosed / day</th>
                <th scope="col" class="py-1 font-medium">Measured / day</th>
                <th scope="col" class="py-1 font-medium">Used / day</th>
                <th scope="col" class="py-1 font-medium">Holding dose / day</th>
              </tr>
            </thead>
            <tbody>
              @for (stretch of response().intervals; track stretch.from) {
                <tr class="border-t border-reef-100 tabular-nums">
                  <td class="py-1">
                    {{ stretch.from | date: 'd MMM' }} – {{ stretch.to | date: 'd MMM' }} ({{
                      stretch.days
                    }}
                    d)
                  </td>
                  <td class="py-1">{{ perDay(stretch.dosedPerDay) }}</td>
                  <td class="py-1">{{ signed(stretch.measuredChangePerDay) }}</td>
                  <td class="py-1">{{ perDay(stretch.consumptionPerDay) }}</td>
                  <td class="py-1">
                    {{ perDay(stretch.holdingDosePerDay) }}
                    @if (stretch.holdingMlPerDay !== null && product()) {
                      <span class="text-reef-600">({{ ml(stretch.holdingMlPerDay) }} ml)</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (uncounted() > 0) {
          <p class="mt-1 text-xs text-reef-600">
            {{ uncounted() }} {{ uncounted() === 1 ? 'dose' : 'doses' }} could not be counted: the
            product's strength is not known or it was not logged in ml.
          </p>
        }
      } @else {
        <p class="mt-1 text-sm text-reef-700">
          Dose response needs two tests of this element in the period.
        </p>
      }
    </section>
  `,
})
export class DoseResponsePanel {
  readonly response = input.required<DoseResponse>();
  readonly unit = input.required<string>();
  /** The name of the product the ml figures are of. */
  readonly product = input<string | null>(null);

  protected readonly uncounted = computed(() =>
    this.response().intervals.reduce((sum, stretch) => sum + stretch.uncountedDoses, 0),
  );
  protected perDay(value: number | null): string {
    return value === null ? 'unknown' : `${numberText(value, 'significant')} ${this.unit()}`;
  }
  protected signed(value: number): string {
    return `${value > 0 ? '+' : ''}${numberText(value, 'significant')} ${this.unit()}`;
  }
  protected ml(value: number): string {
    return numberText(value, 'significant');
  }
}
