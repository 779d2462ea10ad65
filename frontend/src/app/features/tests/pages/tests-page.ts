import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { reloadable } from '../../../shared/latest-load';
import { ICP_LAB_CHOICES } from '../../../shared/tanks/tank-options';
import { testLabelText, testPath } from '../../../shared/tests/test-links';
import { TestKind } from '../../../shared/tests/test-result';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { statusBadge } from '../../history/services/history-status';
import { ElementTableView } from '../components/element-table-view';
import { elementTable } from '../services/element-table';
import { TestFilter, TestsService, hasReadings } from '../services/tests.service';

type View = 'list' | 'table';

/**
 * `/app/tests`: every test of the tank, newest first, ten at a time, by kind and lab; the same page
 * as an element-by-test table with a CSV download (`?view=table`).
 */
@Component({
  selector: 'ram-tests-page',
  imports: [DatePipe, RouterLink, LoadStateFrame, SelectedTankFrame, ElementTableView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900">Tests</h1>
    <p class="mt-1 text-reef-700">
      Every lab report and kit test of this tank, newest first.
      <a routerLink="/app/tests/import" class="text-lagoon-800 underline underline-offset-2"
        >Import readings from a CSV</a
      >
    </p>
    <ram-selected-tank-frame class="mt-6" noTankText="Tests belong to a tank. Add one to start.">
      <div class="flex flex-wrap items-end gap-3">
        <div>
          <label for="tests-kind" class="field-label">Kind</label>
          <select
            id="tests-kind"
            class="field-input w-40"
            (change)="setKind($any($event.target).value)"
          >
            <option value="" [selected]="!filter().kind">All tests</option>
            <option value="ICP" [selected]="filter().kind === 'ICP'">ICP reports</option>
            <option value="MANUAL" [selected]="filter().kind === 'MANUAL'">Manual tests</option>
          </select>
        </div>
        <div>
          <label for="tests-lab" class="field-label">Lab</label>
          <select
            id="tests-lab"
            class="field-input w-44"
            (change)="setLab($any($event.target).value)"
          >
            <option value="" [selected]="!filter().lab">Any lab</option>
            @for (lab of labs; track lab.value) {
              <option [value]="lab.value" [selected]="filter().lab === lab.value">
                {{ lab.label }}
              </option>
            }
          </select>
        </div>
        <div class="flex gap-1 rounded-xl bg-reef-100 p-1" role="group" aria-label="Show as">
          <button
            type="button"
            class="rounded-lg px-3 py-1.5 text-sm font-medium"
            [class]="view() === 'list' ? 'bg-white shadow' : ''"
            [attr.aria-pressed]="view() === 'list'"
            (click)="view.set('list')"
          >
            List
          </button>
          <button
            type="button"
            class="rounded-lg px-3 py-1.5 text-sm font-medium"
            [class]="view() === 'table' ? 'bg-white shadow' : ''"
            [attr.aria-pressed]="view() === 'table'"
            (click)="view.set('table')"
          >
            Element table
          </button>
        </div>
      </div>

      <ram-load-state-frame
        class="mt-4 block"
        [state]="page.state()"
        loadingLabel="Loading your tests…"
        failedHeading="Your tests could not be loaded"
        (retry)="page.reload()"
      >
        @if (page.value(); as current) {
          @if (current.tests.length === 0) {
            <p class="card text-sm text-reef-700">
              No tests match. Upload a report or log a kit test.
            </p>
          } @else if (view() === 'list') {
            <ul class="card divide-y divide-reef-100 p-0" data-testid="tests-list">
              @for (test of current.tests; track test.id) {
                <li>
                  <a
                    class="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-lagoon-50"
                    [routerLink]="path(test.kind, test.id)"
                    data-testid="tests-entry"
                  >
                    <span class="w-28 text-sm text-reef-700 tabular-nums">{{
                      test.date | date: 'd MMM y'
                    }}</span>&ngsp;
                    <span class="min-w-0 flex-1 font-medium text-reef-900">{{
                      labelText(test.label)
                    }}</span>&ngsp;
                    @if (test.fileName) {
                      <span class="hidden min-w-0 truncate text-sm text-reef-600 sm:block">{{
                        test.fileName
                      }}</span>&ngsp;
                    }
                    <span
                      class="rounded-full px-2 py-px text-xs font-medium"
                      [class]="badge(test.status).tone"
                      >{{ badge(test.status).text }}</span
                    >
                  </a>
                </li>
              }
            </ul>
          } @else {
            <ram-load-state-frame
              [state]="details.state()"
              loadingLabel="Loading the readings…"
              failedHeading="The readings could not be loaded"
              (retry)="details.reload()"
            >
              @if (table(); as table) {
                <ram-element-table-view [table]="table" [tankName]="tankName()" />
              }
            </ram-load-state-frame>
          }
          <nav
            class="mt-4 flex flex-wrap items-center justify-between gap-2"
            aria-label="Pages of tests"
          >
            <button
              type="button"
              class="btn-secondary"
              [disabled]="cursors().length <= 1"
              (click)="newer()"
            >
              Newer
            </button>
            <span class="text-sm text-reef-700">Page {{ cursors().length }}</span>
            <button
              type="button"
              class="btn-secondary"
              [disabled]="!current.nextCursor"
              (click)="older(current.nextCursor)"
            >
              Older
            </button>
          </nav>
        }
      </ram-load-state-frame>
    </ram-selected-tank-frame>
  `,
})
export class TestsPage {
  private readonly selection = inject(TankSelection);
  private readonly tests = inject(TestsService);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;

  protected readonly labs = ICP_LAB_CHOICES;
  protected readonly path = testPath;
  protected readonly labelText = testLabelText;
  protected readonly badge = statusBadge;
  protected readonly view = signal<View>(this.query.get('view') === 'table' ? 'table' : 'list');
  protected readonly filter = signal<TestFilter>({
    ...(this.query.get('kind') === 'ICP' || this.query.get('kind') === 'MANUAL'
      ? { kind: this.query.get('kind') as TestKind }
      : {}),
    ...(this.query.get('lab') ? { lab: this.query.get('lab')! } : {}),
  });
  /** The cursor of every page read so far; the last is the page on screen (undefined: the first). */
  protected readonly cursors = signal<readonly (string | undefined)[]>([undefined]);
  protected readonly tankName = computed(() => this.selection.selectedTank()?.name ?? 'tank');

  protected readonly page = reloadable(
    () => {
      const tankId = this.selection.selectedTankId();
      return tankId ? { tankId, filter: this.filter(), cursor: this.cursors().at(-1) } : null;
    },
    ({ tankId, filter, cursor }) => this.tests.page(tankId, filter, cursor),
  );
  protected readonly details = reloadable(
    () => {
      const tankId = this.selection.selectedTankId();
      const page = this.page.value();
      return tankId && page && this.view() === 'table'
        ? { tankId, ids: page.tests.filter(hasReadings).map((t) => t.id) }
        : null;
    },
    ({ tankId, ids }) => this.tests.details(tankId, ids),
  );
  protected readonly table = computed(() => {
    const details = this.details.value();
    return details ? elementTable(details) : null;
  });

  protected setKind(kind: string): void {
    this.filter.update((f) => ({
      ...f,
      kind: kind === 'ICP' || kind === 'MANUAL' ? kind : undefined,
    }));
    this.cursors.set([undefined]);
  }

  protected setLab(lab: string): void {
    this.filter.update((f) => ({ ...f, lab: lab || undefined }));
    this.cursors.set([undefined]);
  }

  protected older(cursor: string | undefined): void {
    if (cursor) this.cursors.update((list) => [...list, cursor]);
  }

  protected newer(): void {
    this.cursors.update((list) => (list.length > 1 ? list.slice(0, -1) : list));
  }
}
