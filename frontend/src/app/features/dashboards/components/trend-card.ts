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
import { CLOCK } from '../../../core/identity/clock';
import { numberText } from '../../../shared/format';
import { reloadable } from '../../../shared/latest-load';
import { readState } from '../../../core/api/api-outcome';
import { TrendDialog } from '../../icp/components/trend-dialog';
import { rangeText } from '../../icp/services/element-view';
import { ElementTrend } from '../../icp/services/icp-test.model';
import { IcpTestService } from '../../icp/services/icp-test.service';
import { TREND_CHART_RENDERER, TrendChartSlot } from '../../icp/services/trend-chart';
import { trendChartOption } from '../../icp/services/trend-chart-option';
import { DashboardChart } from '../services/dashboard.model';
import { RawValuesDialog } from './raw-values-dialog';

/** Days of history on a dashboard chart. */
export const DASHBOARD_DAYS = 90;

/**
 * One chart of Element Trends: the element's last 90 days against its target band with the doses
 * it is compared with; its numbers open in a dialog that links each to its record.
 */
@Component({
  selector: 'ram-trend-card',
  imports: [RawValuesDialog, TrendDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', '(window:resize)': 'slot.resize()' },
  template: `
    <article class="card h-full" [attr.aria-label]="name()" data-testid="trend-card">
      <div class="flex flex-wrap items-baseline justify-between gap-2">
        <h3 class="font-semibold text-reef-900">{{ name() }}</h3>
        @if (latest(); as latest) {
          <span class="text-sm text-reef-800 tabular-nums" data-testid="trend-card-latest">{{
            latest
          }}</span>
        }
      </div>
      @switch (trend.state().status) {
        @case ('loading') {
          <div
            class="mt-3 h-44 animate-pulse rounded-lg bg-reef-50"
            aria-label="Loading the chart"
          ></div>
        }
        @case ('failed') {
          <p class="mt-3 text-sm text-coral-800">This chart could not be loaded.</p>
          <button type="button" class="btn-secondary mt-2" (click)="trend.reload()">
            Try again
          </button>
        }
        @case ('ready') {
          @if (trend.value(); as value) {
            <p class="mt-1 text-xs text-reef-700">
              @if (range(); as range) {
                Target {{ range }} ·
              }
              {{ value.points.length }} {{ value.points.length === 1 ? 'reading' : 'readings' }},
              {{ value.doses.length }} {{ value.doses.length === 1 ? 'dose' : 'doses' }}
            </p>
            @if (value.points.length === 0 && value.doses.length === 0) {
              <p class="mt-3 text-sm text-reef-700">Nothing measured or dosed in 90 days.</p>
            } @else {
              <div
                #chart
                class="mt-2 h-44 w-full"
                role="img"
                [attr.aria-label]="'Chart of ' + value.name + ' over 90 days'"
                [attr.data-drawn]="drawn()"
                data-testid="trend-card-chart"
              ></div>
            }
            <div class="mt-2 flex flex-wrap gap-2">
              <button type="button" class="btn-secondary" (click)="rawOpen.set(true)">
                Values
              </button>
              <button type="button" class="btn-secondary" (click)="trendOpen.set(true)">
                Trend details
              </button>
            </div>
            @if (rawOpen()) {
              <ram-raw-values-dialog
                [trend]="value"
                [doseNames]="doseNames()"
                (closed)="rawOpen.set(false)"
              />
            }
            @if (trendOpen()) {
              <ram-trend-dialog
                [tankId]="tankId()"
                [elementId]="chart().testElementId"
                [name]="value.name"
                [doseElementIds]="custom() ? chart().doseElementIds : undefined"
                [doseNames]="doseNames()"
                (closed)="trendOpen.set(false)"
              />
            }
          }
        }
      }
    </article>
  `,
})
export class TrendCard implements OnDestroy {
  readonly tankId = input.required<string>();
  readonly chart = input.required<DashboardChart>();
  /** Custom charts compare only their chosen doses; the default one every related dose. */
  readonly custom = input(false);
  readonly testName = input<string>('');
  readonly doseNames = input<ReadonlyMap<string, string>>(new Map());

  private readonly api = inject(IcpTestService);
  private readonly now = inject(CLOCK);
  protected readonly slot = new TrendChartSlot(inject(TREND_CHART_RENDERER));
  private readonly chartHost = viewChild<ElementRef<HTMLElement>>('chart');

  protected readonly trend = reloadable(
    () => ({ tankId: this.tankId(), chart: this.chart(), custom: this.custom() }),
    ({ tankId, chart, custom }) =>
      readState(
        this.api.trend(
          tankId,
          chart.testElementId,
          DASHBOARD_DAYS,
          custom ? chart.doseElementIds : undefined,
        ),
        'This chart could not be loaded.',
      ),
  );
  protected readonly drawn = signal<'yes' | 'no' | 'failed'>('no');
  protected readonly rawOpen = signal(false);
  protected readonly trendOpen = signal(false);
  protected readonly name = computed(() => this.trend.value()?.name ?? this.testName());
  protected readonly range = computed(() => {
    const trend = this.trend.value();
    return trend ? rangeText(trend.targetRange, trend.unit) : null;
  });
  protected readonly latest = computed(() => latestText(this.trend.value()));

  constructor() {
    afterRenderEffect(() => {
      const host = this.chartHost()?.nativeElement;
      const trend = this.trend.value();
      if (!host || !trend) return;
      const option = cardOption(trendChartOption(trend, { compact: true }), this.now());
      void this.slot.show(host, option).then((ok) => this.drawn.set(ok ? 'yes' : 'failed'));
    });
  }

  ngOnDestroy(): void {
    this.slot.release();
  }
}

const DAY_MS = 86_400_000;

/**
 * The trend dialog's chart made to fit a card: the whole 90 days on the axis (so one reading does
 * not stretch to hours), thin pale dose bars behind the readings, no legend.
 */
function cardOption(option: Record<string, unknown>, now: number): Record<string, unknown> {
  return {
    ...option,
    legend: { show: false },
    grid: { left: 4, right: 4, top: 24, bottom: 4, containLabel: true },
    xAxis: {
      ...(option['xAxis'] as Record<string, unknown>),
      min: now - DASHBOARD_DAYS * DAY_MS,
      max: now,
      splitNumber: 3,
    },
  };
}

/** The newest reading in words, e.g. `Latest 412 mg/l`. */
function latestText(trend: ElementTrend | null): string | null {
  const last = trend
    ? [...trend.points].reverse().find((point) => point.value !== null)
    : undefined;
  return trend && last?.value != null
    ? `Latest ${numberText(last.value, 'significant')} ${trend.unit}`
    : null;
}
