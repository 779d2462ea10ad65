import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { LoadState, readyValue } from '../../../shared/load-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { datesInText, humanizeCode, numberText } from '../../../shared/format';
import { ModalDialog } from '../../../shared/ui/modal-dialog';
import { DoseResponsePanel } from './dose-response-panel';
import { rangeText } from '../services/element-view';
import { ElementTrend } from '../services/icp-test.model';
import { IcpTestService } from '../services/icp-test.service';
import { TREND_CHART_RENDERER, TrendChartSlot } from '../services/trend-chart';
import { COMPACT_CHART_WIDTH, trendChartOption } from '../services/trend-chart-option';

const PERIODS = [
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last year' },
  { days: 0, label: 'All tests' },
];

/**
 * An element's trend in a dialog: measured values against the tank's target range, the doses of
 * that element, and where it heads when the plan includes projections. The chart library loads
 * the first time a dialog draws; the readings are also there as a table for screen readers.
 */
@Component({
  selector: 'ram-trend-dialog',
  imports: [DatePipe, RouterLink, ModalDialog, LoadStateFrame, DoseResponsePanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'contents', '(window:resize)': 'resize()' },
  template: `
    <ram-modal-dialog
      [heading]="'Trend: ' + name()"
      closeLabel="Close trend"
      [wide]="true"
      (closed)="closed.emit()"
    >
      <label for="trend-period" class="field-label">Period</label>
      <select
        id="trend-period"
        class="field-input sm:w-56"
        [value]="days()"
        (change)="days.set(+$any($event.target).value)"
      >
        @for (period of periods; track period.days) {
          <option [value]="period.days" [selected]="period.days === days()">
            {{ period.label }}
          </option>
        }
      </select>

      <ram-load-state-frame
        class="mt-4"
        [state]="state()"
        loadingLabel="Loading the trend…"
        failedHeading="The trend could not be loaded"
        (retry)="load(days())"
      >
        @if (trend(); as trend) {
          <p class="text-sm text-reef-700">
            @if (range(); as range) {
              Target {{ range }} ·
            }
            <a
              routerLink="/app/targets"
              class="font-medium text-lagoon-700 underline"
              (click)="closed.emit()"
              >Change target ranges</a
            >
          </p>
          @if (trend.points.length === 0) {
            <p class="mt-4 text-sm text-reef-700">
              No readings of {{ trend.name }} in this period.
            </p>
          } @else {
            <div
              #chart
              class="mt-3 h-72 w-full sm:h-80"
              role="img"
              [attr.aria-label]="chartLabel()"
              data-testid="trend-chart"
            ></div>
            @if (chartFailed()) {
              <p class="text-sm text-coral-800">
                The chart could not be drawn; the readings are below.
              </p>
            }
          }
          @if (trend.explanation) {
            <p class="mt-3 text-sm text-reef-800" data-testid="trend-explanation">
              {{ explanation() }}
            </p>
          }
          @if (trend.doseResponse; as response) {
            <ram-dose-response-panel
              class="mt-3"
              [response]="response"
              [unit]="trend.unit"
              [product]="
                response.referenceElementId ? productName(response.referenceElementId) : null
              "
            />
          }
          @if (trend.points.length > 0) {
            <details class="mt-3 text-sm" [open]="chartFailed()">
              <summary class="cursor-pointer font-medium text-lagoon-700">
                Readings as a table
              </summary>
              <table class="mt-2 w-full text-left">
                <thead class="text-reef-600">
                  <tr>
                    <th scope="col" class="py-1 font-medium">Date</th>
                    <th scope="col" class="py-1 font-medium">
                      {{ trend.name }} ({{ trend.unit }})
                    </th>
                    <th scope="col" class="py-1 font-medium">Test</th>
                  </tr>
                </thead>
                <tbody>
                  @for (point of trend.points; track point.testId) {
                    <tr class="border-t border-reef-100">
                      <td class="py-1">{{ point.date | date: 'd MMM y' }}</td>
                      <td class="py-1 tabular-nums">
                        {{ point.value === null ? 'not detected' : amount(point.value) }}
                      </td>
                      <td class="py-1">{{ point.kind === 'ICP' ? 'ICP' : 'Manual' }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </details>
          }
        }
      </ram-load-state-frame>
    </ram-modal-dialog>
  `,
})
export class TrendDialog implements OnDestroy {
  readonly tankId = input.required<string>();
  readonly elementId = input.required<string>();
  readonly name = input.required<string>();
  /** A custom dashboard chart's dosing elements; without them, every related dose. */
  readonly doseElementIds = input<readonly string[] | undefined>(undefined);
  /** Names of dose products by id, for the dose-response figures. */
  readonly doseNames = input<ReadonlyMap<string, string>>(new Map());
  readonly closed = output();

  private readonly api = inject(IcpTestService);
  private readonly slot = new TrendChartSlot(inject(TREND_CHART_RENDERER));
  private readonly chartHost = viewChild<ElementRef<HTMLElement>>('chart');
  private loading?: Subscription;

  protected readonly periods = PERIODS;
  protected readonly amount = (value: number) => numberText(value, 'significant');
  protected readonly days = signal(90);
  protected readonly state = signal<LoadState<ElementTrend>>({ status: 'loading' });
  protected readonly chartFailed = signal(false);
  protected readonly trend = computed(() => readyValue(this.state()));
  /** The API's sentence with its ISO dates as the keeper reads dates. */
  protected readonly explanation = computed(() => datesInText(this.trend()?.explanation ?? ''));
  protected readonly range = computed(() => {
    const trend = this.trend();
    return trend ? rangeText(trend.targetRange, trend.unit) : null;
  });
  protected readonly chartLabel = computed(() => {
    const trend = this.trend();
    if (!trend) return '';
    const last = [...trend.points].reverse().find((point) => point.value !== null);
    const latest =
      last?.value != null ? `, latest ${numberText(last.value, 'significant')} ${trend.unit}` : '';
    return `Chart of ${trend.name}: ${trend.points.length} readings${latest}. The table below lists them.`;
  });

  constructor() {
    effect(() => {
      const days = this.days();
      untracked(() => this.load(days));
    });
    afterRenderEffect(() => {
      const host = this.chartHost()?.nativeElement;
      const trend = this.trend();
      if (host && trend) {
        void this.slot
          .show(host, trendChartOption(trend, { compact: host.clientWidth < COMPACT_CHART_WIDTH }))
          .then((drawn) => this.chartFailed.set(!drawn));
      }
    });
  }

  ngOnDestroy(): void {
    this.loading?.unsubscribe();
    this.slot.release();
  }

  protected load(days: number): void {
    this.loading?.unsubscribe();
    this.state.set({ status: 'loading' });
    this.loading = this.api
      .trend(this.tankId(), this.elementId(), days, this.doseElementIds())
      .subscribe({
        next: (trend) => this.state.set({ status: 'ready', value: trend }),
        error: () =>
          this.state.set({ status: 'failed', message: 'The trend could not be loaded.' }),
      });
  }

  protected productName(elementId: string): string {
    return this.doseNames().get(elementId) ?? humanizeCode(elementId);
  }

  protected resize(): void {
    this.slot.resize();
  }
}
