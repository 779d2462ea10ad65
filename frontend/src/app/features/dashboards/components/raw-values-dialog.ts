import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { numberText } from '../../../shared/format';
import { testKindLabel, testPath } from '../../../shared/tests/test-links';
import { ModalDialog } from '../../../shared/ui/modal-dialog';
import { ElementTrend } from '../../icp/services/icp-test.model';

const SOURCE_WORDS: Record<string, string> = {
  MANUAL: 'Logged by hand',
  PROGRAM: 'Dosing program',
  ICP_CORRECTION: 'ICP correction',
};

/** A chart's numbers: every reading with its test, every dose with its day, each a link to the record. */
@Component({
  selector: 'ram-raw-values-dialog',
  imports: [DatePipe, RouterLink, ModalDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'contents' },
  template: `
    <ram-modal-dialog
      [heading]="'Values: ' + trend().name"
      closeLabel="Close values"
      [wide]="true"
      (closed)="closed.emit()"
    >
      <h3 class="font-semibold text-reef-900">Measured</h3>
      @if (trend().points.length === 0) {
        <p class="mt-1 text-sm text-reef-700">No readings in this period.</p>
      } @else {
        <table class="mt-1 w-full text-left text-sm" data-testid="raw-measured">
          <thead class="text-reef-600">
            <tr>
              <th scope="col" class="py-1 font-medium">Date</th>
              <th scope="col" class="py-1 font-medium">{{ trend().name }} ({{ trend().unit }})</th>
              <th scope="col" class="py-1 font-medium">Test</th>
            </tr>
          </thead>
          <tbody>
            @for (point of newestFirst(); track point.testId) {
              <tr class="border-t border-reef-100">
                <td class="py-1">{{ point.date | date: 'd MMM y' }}</td>
                <td class="py-1 tabular-nums">
                  {{ point.value === null ? 'not detected' : amount(point.value) }}
                </td>
                <td class="py-1">
                  <a
                    class="font-medium text-lagoon-800 underline"
                    [routerLink]="path(point.kind, point.testId)"
                    (click)="closed.emit()"
                    >{{ kind(point.kind) }}</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      <h3 class="mt-4 font-semibold text-reef-900">Dosed</h3>
      @if (trend().doses.length === 0) {
        <p class="mt-1 text-sm text-reef-700">No related doses in this period.</p>
      } @else {
        <table class="mt-1 w-full text-left text-sm" data-testid="raw-dosed">
          <thead class="text-reef-600">
            <tr>
              <th scope="col" class="py-1 font-medium">Day</th>
              <th scope="col" class="py-1 font-medium">Product</th>
              <th scope="col" class="py-1 font-medium">Amount</th>
              <th scope="col" class="py-1 font-medium">From</th>
            </tr>
          </thead>
          <tbody>
            @for (dose of dosesNewestFirst(); track $index) {
              <tr class="border-t border-reef-100">
                <td class="py-1">
                  <a
                    class="font-medium text-lagoon-800 underline"
                    routerLink="/app/doses"
                    [queryParams]="{ date: dose.date }"
                    (click)="closed.emit()"
                    >{{ dose.date | date: 'd MMM y' }}</a
                  >
                </td>
                <td class="py-1">{{ doseName(dose.elementId) }}</td>
                <td class="py-1 tabular-nums">{{ amount(dose.amount) }} {{ dose.unit }}</td>
                <td class="py-1">{{ source(dose.source) }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </ram-modal-dialog>
  `,
})
export class RawValuesDialog {
  readonly trend = input.required<ElementTrend>();
  readonly doseNames = input<ReadonlyMap<string, string>>(new Map());
  readonly closed = output();

  protected readonly amount = (value: number) => numberText(value, 'significant');
  protected readonly path = testPath;
  protected readonly kind = testKindLabel;
  protected newestFirst() {
    return [...this.trend().points].reverse();
  }
  protected dosesNewestFirst() {
    return [...this.trend().doses].reverse();
  }
  protected doseName(elementId: string): string {
    return this.doseNames().get(elementId) ?? elementId;
  }
  protected source(source: string): string {
    return SOURCE_WORDS[source] ?? source;
  }
}
