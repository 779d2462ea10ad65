import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { reloadable } from '../../../shared/latest-load';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { elementName, injectElementLookup } from '../../elements/services/catalogue-lookup';
import { DEFAULT_DASHBOARD_ID, Dashboard } from '../services/dashboard.model';
import { DashboardsService } from '../services/dashboards.service';
import { TrendCard } from './trend-card';
import { preloadTrendChart } from '../../icp/services/trend-chart';

/**
 * Home's Element Trends, loaded only when asked for: the tank's default dashboard (from its dosing
 * method's catalog) or one of the keeper's own, each chart fetched on its own so they arrive in parallel.
 */
@Component({
  selector: 'ram-element-trends',
  imports: [RouterLink, LoadStateFrame, TrendCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section aria-labelledby="element-trends-heading">
      <div class="flex flex-wrap items-center justify-between gap-3">
        <h2 id="element-trends-heading" class="text-lg font-semibold text-reef-900">
          Element Trends
        </h2>
        @if (open()) {
          <a routerLink="/app/dashboards/new" class="btn-secondary">New dashboard</a>
        }
      </div>
      @if (!open()) {
        <div class="card mt-3">
          <p class="text-sm text-reef-700">
            90 days of your key elements against their targets, with the doses beside them.
          </p>
          <button type="button" class="btn-primary mt-3" (click)="show()">
            Show Element Trends
          </button>
        </div>
      } @else {
        <ram-load-state-frame
          class="mt-3"
          [state]="dashboards.state()"
          loadingLabel="Loading your dashboards…"
          failedHeading="Your dashboards could not be loaded"
          (retry)="dashboards.reload()"
        >
          @if (dashboards.value(); as list) {
            <div class="flex flex-wrap items-end gap-3">
              <div>
                <label for="dashboard-choice" class="field-label">Dashboard</label>
                <select
                  id="dashboard-choice"
                  class="field-input sm:w-64"
                  (change)="chosenId.set($any($event.target).value)"
                >
                  <option [value]="defaultId" [selected]="shown()?.dashboardId === defaultId">
                    Default ({{ method() }})
                  </option>
                  @for (dashboard of list.dashboards; track dashboard.dashboardId) {
                    <option
                      [value]="dashboard.dashboardId"
                      [selected]="shown()?.dashboardId === dashboard.dashboardId"
                    >
                      {{ dashboard.name }}
                    </option>
                  }
                </select>
              </div>
              @if (shown(); as dashboard) {
                @if (dashboard.dashboardId !== defaultId) {
                  <a
                    class="pb-2 text-sm font-medium text-lagoon-800 underline"
                    [routerLink]="['/app/dashboards', dashboard.dashboardId]"
                    >Edit this dashboard</a
                  >
                }
              }
            </div>
            @if (shown(); as dashboard) {
              @if (dashboard.charts.length === 0) {
                <p class="mt-3 text-sm text-reef-700">This dashboard has no charts yet.</p>
              } @else {
                <div class="mt-3 grid gap-4 md:grid-cols-2" data-testid="trend-grid">
                  @for (chart of dashboard.charts; track chart.testElementId + $index) {
                    <ram-trend-card
                      [tankId]="tankId()"
                      [chart]="chart"
                      [custom]="dashboard.dashboardId !== defaultId"
                      [testName]="testName(chart.testElementId)"
                      [doseNames]="doseNames()"
                    />
                  }
                </div>
              }
            }
          }
        </ram-load-state-frame>
      }
    </section>
  `,
})
export class ElementTrends {
  readonly tankId = input.required<string>();
  readonly method = input<string>('');

  private readonly service = inject(DashboardsService);
  protected readonly defaultId = DEFAULT_DASHBOARD_ID;
  protected readonly open = signal(false);
  protected readonly chosenId = signal<string>(DEFAULT_DASHBOARD_ID);
  protected readonly dashboards = reloadable(
    () => (this.open() ? this.tankId() : null),
    (tankId) => this.service.list(tankId),
  );
  private readonly tests = injectElementLookup(
    'test',
    computed(() => (this.open() ? this.tankId() : null)),
  );
  private readonly doses = injectElementLookup(
    'dose',
    computed(() => (this.open() ? this.tankId() : null)),
  );
  protected readonly doseNames = computed(
    () => new Map([...this.doses().values()].map((element) => [element.elementId, element.name])),
  );

  protected readonly shown = computed<Dashboard | null>(() => {
    const list = this.dashboards.value();
    if (!list) return null;
    return list.dashboards.find((d) => d.dashboardId === this.chosenId()) ?? list.defaultDashboard;
  });

  protected show(): void {
    // The chart library loads while the dashboards and trends are read, not after them.
    preloadTrendChart();
    this.open.set(true);
  }

  protected testName(elementId: string): string {
    return elementName(this.tests(), elementId);
  }
}
