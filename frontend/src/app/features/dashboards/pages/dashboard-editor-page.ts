import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { reloadable } from '../../../shared/latest-load';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { elementName, injectElementLookup } from '../../elements/services/catalogue-lookup';
import { PickableElement } from '../../elements/services/element-catalogue';
import { TestDrawer } from '../components/test-drawer';
import { MAX_DASHBOARD_CHARTS } from '../services/dashboard.model';
import {
  DraftChart,
  addChart,
  draftChart,
  moveChart,
  removeChart,
  savedCharts,
  setDose,
} from '../services/dashboard-draft';
import { DashboardsService } from '../services/dashboards.service';

const CANVAS_ID = 'dashboard-canvas';

/**
 * `/app/dashboards/new` and `/app/dashboards/:id`: a blank canvas (or a saved dashboard) to drag
 * tests onto from the drawer; each chart compares its test with up to two of the method's dosing
 * elements; charts reorder by dragging or with Move up / Move down; saved per tank under a name.
 */
@Component({
  selector: 'ram-dashboard-editor-page',
  imports: [
    RouterLink,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    ConfirmButton,
    LoadStateFrame,
    SelectedTankFrame,
    TestDrawer,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a routerLink="/app" class="text-sm font-medium text-lagoon-800 underline">Back to home</a>
    <h1 class="mt-2 text-2xl font-semibold text-reef-900">
      {{ dashboardId() ? 'Edit dashboard' : 'New dashboard' }}
    </h1>
    <ram-selected-tank-frame
      class="mt-4"
      noTankText="Dashboards belong to a tank. Add one to build one."
    >
      <ram-load-state-frame
        [state]="list.state()"
        loadingLabel="Loading your dashboards…"
        failedHeading="Your dashboards could not be loaded"
        (retry)="list.reload()"
      >
        @if (missing()) {
          <p class="card text-sm text-reef-700">
            This dashboard is not one of this tank's.
            <a routerLink="/app/dashboards/new" class="underline">Start a new one</a>.
          </p>
        } @else {
          <form
            class="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]"
            (submit)="$event.preventDefault(); save()"
          >
            <div class="min-w-0">
              <label for="dashboard-name" class="field-label">Name</label>
              <input
                id="dashboard-name"
                class="field-input sm:w-80"
                maxlength="60"
                [value]="name()"
                (input)="name.set($any($event.target).value)"
              />
              @if (limitText(); as limit) {
                <p class="mt-1 text-xs text-reef-700">{{ limit }}</p>
              }
              <div
                cdkDropList
                [id]="canvasId"
                [cdkDropListData]="charts()"
                (cdkDropListDropped)="dropped($event)"
                class="mt-4 min-h-48 space-y-3 rounded-2xl border-2 border-dashed border-reef-200 p-3"
                aria-label="Dashboard canvas"
                data-testid="dashboard-canvas"
              >
                @if (charts().length === 0) {
                  <p class="py-10 text-center text-sm text-reef-600">
                    Drag tests here from the drawer, or press Add beside one.
                  </p>
                }
                @for (chart of charts(); track chart.key; let i = $index) {
                  <div cdkDrag [cdkDragData]="chart" class="card" data-testid="canvas-chart">
                    <div class="flex flex-wrap items-center gap-2">
                      <span cdkDragHandle class="cursor-grab text-reef-500" aria-hidden="true"
                        >⠿</span
                      >
                      <h2 class="min-w-0 flex-1 font-semibold text-reef-900">
                        {{ testName(chart.testElementId) }}
                      </h2>
                      <button
                        type="button"
                        class="btn-secondary px-2 py-1 text-xs"
                        [disabled]="i === 0"
                        [attr.aria-label]="'Move ' + testName(chart.testElementId) + ' up'"
                        (click)="charts.set(move(i, i - 1))"
                      >
                        Up
                      </button>
                      <button
                        type="button"
                        class="btn-secondary px-2 py-1 text-xs"
                        [disabled]="i === charts().length - 1"
                        [attr.aria-label]="'Move ' + testName(chart.testElementId) + ' down'"
                        (click)="charts.set(move(i, i + 1))"
                      >
                        Down
                      </button>
                      <button
                        type="button"
                        class="btn-secondary px-2 py-1 text-xs"
                        [attr.aria-label]="'Remove ' + testName(chart.testElementId)"
                        (click)="charts.set(remove(i))"
                      >
                        Remove
                      </button>
                    </div>
                    <div class="mt-2 grid gap-2 sm:grid-cols-2">
                      @for (slot of [0, 1]; track slot) {
                        <div>
                          <label class="field-label" [for]="'dose-' + chart.key + '-' + slot">{{
                            slot === 0 ? 'Compare with dosing' : 'And with'
                          }}</label>
                          <select
                            class="field-input"
                            [id]="'dose-' + chart.key + '-' + slot"
                            [disabled]="slot === 1 && !chart.doseElementIds[0]"
                            (change)="charts.set(dose(i, slot, $any($event.target).value))"
                          >
                            <option value="" [selected]="!chart.doseElementIds[slot]">
                              No dosing element
                            </option>
                            @for (product of doseChoices(); track product.elementId) {
                              <option
                                [value]="product.elementId"
                                [selected]="chart.doseElementIds[slot] === product.elementId"
                              >
                                {{ product.name }}
                              </option>
                            }
                            @if (
                              chart.doseElementIds[slot] && !doses().has(chart.doseElementIds[slot])
                            ) {
                              <option [value]="chart.doseElementIds[slot]" selected>
                                {{ doseName(chart.doseElementIds[slot]) }} (earlier product)
                              </option>
                            }
                          </select>
                        </div>
                      }
                    </div>
                  </div>
                }
              </div>
              @if (problem(); as problem) {
                <p class="mt-3 text-sm text-coral-800" role="alert" data-testid="dashboard-problem">
                  {{ problem }}
                </p>
              }
              @if (savedNote()) {
                <p class="mt-3 text-sm text-emerald-800" role="status">Saved.</p>
              }
              <div class="mt-4 flex flex-wrap items-center gap-3">
                <button type="submit" class="btn-primary" [disabled]="saving()">
                  {{ saving() ? 'Saving…' : 'Save dashboard' }}
                </button>
                @if (dashboardId(); as id) {
                  <ram-confirm-button
                    label="Delete dashboard"
                    question="Delete this dashboard?"
                    [busy]="saving()"
                    (confirmed)="remove_(id)"
                  />
                }
              </div>
            </div>
            <ram-test-drawer
              [elements]="drawerTests()"
              [canvasId]="canvasId"
              (added)="charts.set(add($event))"
            />
          </form>
        }
      </ram-load-state-frame>
    </ram-selected-tank-frame>
  `,
})
export class DashboardEditorPage {
  private readonly service = inject(DashboardsService);
  private readonly selection = inject(TankSelection);
  private readonly router = inject(Router);
  protected readonly canvasId = CANVAS_ID;

  /** The `:dashboardId` of the route; none on `/new`. */
  readonly dashboardId = input<string | undefined>(undefined);
  protected readonly list = reloadable(
    () => this.selection.selectedTankId(),
    (tankId) => this.service.list(tankId),
  );
  private readonly tests = injectElementLookup('test', this.selection.selectedTankId);
  protected readonly doses = injectElementLookup('dose', this.selection.selectedTankId);

  protected readonly name = signal('');
  protected readonly charts = signal<readonly DraftChart[]>([]);
  protected readonly problem = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly savedNote = signal(false);

  protected readonly editing = computed(() => {
    const id = this.dashboardId();
    return id ? (this.list.value()?.dashboards.find((d) => d.dashboardId === id) ?? null) : null;
  });
  protected readonly missing = computed(
    () => !!this.dashboardId() && !!this.list.value() && !this.editing(),
  );
  protected readonly drawerTests = computed<readonly PickableElement[]>(() => [
    ...this.tests().values(),
  ]);
  protected readonly doseChoices = computed(() => [...this.doses().values()]);
  protected readonly limitText = computed(() => {
    const limit = this.list.value()?.limit;
    if (!limit || limit.perTank === null) return null;
    return `Your plan keeps ${limit.perTank} saved ${limit.perTank === 1 ? 'dashboard' : 'dashboards'} per tank; this tank has ${limit.saved}.`;
  });

  constructor() {
    // Load the saved dashboard into the canvas once it is known (and again for another id).
    effect(() => {
      const dashboard = this.editing();
      const id = this.dashboardId();
      untracked(() => {
        if (id && this.service.justSaved.take(id)) this.savedNote.set(true);
        this.name.set(dashboard?.name ?? (id ? '' : 'My dashboard'));
        this.charts.set(dashboard ? dashboard.charts.map(draftChart) : []);
        this.problem.set(null);
      });
    });
  }

  protected testName(elementId: string): string {
    return elementName(this.tests(), elementId);
  }
  protected doseName(elementId: string): string {
    return elementName(this.doses(), elementId);
  }
  protected add(testElementId: string, at?: number): readonly DraftChart[] {
    if (this.charts().length >= MAX_DASHBOARD_CHARTS)
      this.problem.set(`A dashboard holds at most ${MAX_DASHBOARD_CHARTS} charts.`);
    return addChart(this.charts(), testElementId, at);
  }
  protected move(from: number, to: number): readonly DraftChart[] {
    return moveChart(this.charts(), from, to);
  }
  protected remove(at: number): readonly DraftChart[] {
    return removeChart(this.charts(), at);
  }
  protected dose(at: number, slot: number, doseElementId: string): readonly DraftChart[] {
    return setDose(this.charts(), at, slot, doseElementId);
  }

  protected dropped(event: CdkDragDrop<readonly DraftChart[], unknown>): void {
    if (event.previousContainer === event.container) {
      this.charts.set(this.move(event.previousIndex, event.currentIndex));
      return;
    }
    const element = event.item.data as PickableElement;
    this.charts.set(this.add(element.elementId, event.currentIndex));
  }

  protected async save(): Promise<void> {
    const tankId = this.selection.selectedTankId();
    if (!tankId || this.saving()) return;
    this.problem.set(null);
    this.savedNote.set(false);
    if (this.charts().length === 0) {
      this.problem.set('Add at least one test to the canvas first.');
      return;
    }
    this.saving.set(true);
    const outcome = await this.service.save(tankId, {
      ...(this.dashboardId() ? { dashboardId: this.dashboardId()! } : {}),
      name: this.name(),
      charts: savedCharts(this.charts()),
    });
    this.saving.set(false);
    if (!outcome.ok) {
      this.problem.set(outcome.message ?? 'The dashboard could not be saved.');
      return;
    }
    this.savedNote.set(true);
    this.list.update((list) => ({
      ...list,
      dashboards: [
        ...list.dashboards.filter((d) => d.dashboardId !== outcome.value.dashboardId),
        outcome.value,
      ],
    }));
    if (!this.dashboardId()) {
      this.service.justSaved.leave(outcome.value.dashboardId, true);
      await this.router.navigate(['/app/dashboards', outcome.value.dashboardId], {
        replaceUrl: true,
      });
    }
  }

  protected async remove_(dashboardId: string): Promise<void> {
    const tankId = this.selection.selectedTankId();
    if (!tankId) return;
    this.saving.set(true);
    const outcome = await this.service.remove(tankId, dashboardId);
    this.saving.set(false);
    if (!outcome.ok) {
      this.problem.set(outcome.message ?? 'The dashboard could not be deleted.');
      return;
    }
    await this.router.navigate(['/app']);
  }
}
