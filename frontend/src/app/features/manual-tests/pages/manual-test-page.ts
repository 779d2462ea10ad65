import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { of } from 'rxjs';
import { LoadState } from '../../../shared/load-state';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { TestDetail } from '../../../shared/tests/test-result';
import { icpTestPath, testKindLabel } from '../../../shared/tests/test-links';
import { dayText } from '../../../shared/tank-calendar';
import { reloadable, tankAnd } from '../../../shared/latest-load';
import { injectTankToday } from '../../../core/profile/tank-today';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { focusAfterRender } from '../../../shared/ui/focus';
import { ManualTestForm } from '../components/manual-test-form';
import { TestResult } from '../components/test-result';
import { ManualTestSaved } from '../services/manual-test';
import { ManualTestService } from '../services/manual-test.service';

/**
 * `/app/tests/manual/new` enters a manual test; `/app/tests/manual/:testId` shows how a test reads
 * and lets the keeper change it. Each save is evaluated at once and shown above the form.
 */
@Component({
  selector: 'ram-manual-test-page',
  imports: [RouterLink, EmptyState, LoadStateFrame, SelectedTankFrame, ManualTestForm, TestResult],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">{{ title() }}</h1>
    <p class="mt-1 text-reef-700">
      Hobby test kits and photometers: RaM checks each value against your targets.
    </p>

    <ram-selected-tank-frame
      class="mt-6"
      noTankText="Add a tank to your profile to record its tests."
    >
      @if (tank(); as tank) {
        @if (!testId()) {
          <ram-manual-test-form
            [tankId]="tank.tankId"
            [today]="today()"
            (saved)="onSaved($event)"
          />
        } @else {
          <ram-load-state-frame
            [state]="test.state()"
            loadingLabel="Loading the test…"
            failedHeading="The test could not be loaded"
            (retry)="test.reload()"
          >
            @if (shown(); as shown) {
              <div class="space-y-6">
                <ram-test-result [tankId]="tank.tankId" [test]="shown" [reviewId]="reviewId()" />
                @if (shown.kind === 'MANUAL') {
                  @for (current of [shown.id]; track current) {
                    <ram-manual-test-form
                      [tankId]="tank.tankId"
                      [test]="shown"
                      [today]="today()"
                      (saved)="onSaved($event)"
                    />
                  }
                } @else {
                  <p class="text-sm text-reef-700">
                    This is an ICP test: its values come from the lab report and cannot be changed
                    here.
                    <a
                      class="text-lagoon-800 underline underline-offset-2"
                      [routerLink]="icpPath(shown.id)"
                      >Open it on the ICP page</a
                    >
                  </p>
                }
              </div>
            } @else {
              <ram-empty-state
                heading="This test could not be found"
                description="It may have been deleted, or it belongs to another tank."
              >
                <a routerLink="/app/tests/manual/new" class="btn-secondary mt-4"
                  >Enter a new test</a
                >
              </ram-empty-state>
            }
          </ram-load-state-frame>
        }
      }
    </ram-selected-tank-frame>
  `,
})
export class ManualTestPage {
  /** The route's test id; absent on `/app/tests/manual/new`. */
  readonly testId = input<string>();

  private readonly selection = inject(TankSelection);
  protected readonly tank = this.selection.selectedTank;
  private readonly tests = inject(ManualTestService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly today = injectTankToday();
  /** The save whose answer is on screen, if the keeper just saved. */
  private readonly lastSave = signal<ManualTestSaved | null>(null);

  protected readonly test = reloadable(
    tankAnd(this.selection.selectedTankId, this.testId),
    ({ tankId, id: testId }) => {
      // A test saved a moment ago on /new opens with that save's answer.
      const saved = this.tests.takeSaved(testId);
      this.lastSave.set(saved);
      if (!saved) return this.tests.get(tankId, testId);
      this.focusResult();
      return of<LoadState<TestDetail | null>>({ status: 'ready', value: saved.test });
    },
  );
  protected readonly shown = this.test.value;
  protected readonly reviewId = computed(() => this.lastSave()?.reviewId ?? this.shown()?.reviewId);
  protected readonly title = computed(() => {
    const shown = this.shown();
    if (!this.testId()) return 'New manual test';
    return shown ? `${testKindLabel(shown.kind)} of ${dayText(shown.date)}` : 'Test';
  });

  protected readonly icpPath = icpTestPath;

  protected onSaved(saved: ManualTestSaved): void {
    if (saved.test.id !== this.testId()) {
      this.tests.keepSaved(saved);
      void this.router.navigate(['/app/tests/manual', saved.test.id], { replaceUrl: true });
      return;
    }
    this.lastSave.set(saved);
    this.test.update(() => saved.test);
    this.focusResult();
  }

  private focusResult(): void {
    focusAfterRender(this.injector, 'test-result-heading');
  }
}
