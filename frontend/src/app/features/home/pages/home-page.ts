import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CLOCK } from '../../../core/identity/clock';
import { greetingFor } from '../../../shared/format';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { ProfileService } from '../../../core/profile/profile.service';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { DrawerService } from '../../shell/services/drawer.service';
import { ElementPickerService } from '../../elements/services/element-picker.service';
import { TankDetailsPanel } from '../components/tank-details-panel';
import { TankSummaryCard } from '../components/tank-summary-card';
import { TankCatalogueCard } from '../components/tank-catalogue-card';
import { ReefReviewCard } from '../components/reef-review-card';
import { LatestReadingsCard } from '../components/latest-readings-card';
import { ElementTrends } from '../../dashboards/components/element-trends';
import { dosingMethodLabel } from '../../../shared/tanks/tank-options';
import { HistoryLists } from '../../history/services/history-lists';
import { UploadDialogService } from '../../upload/services/upload-dialog.service';

/**
 * The first page after sign-in: the Reef Review summary first, then this week's values and what needs
 * attention, Element Trends on request, and the tank itself.
 */
@Component({
  selector: 'ram-home-page',
  imports: [
    RouterLink,
    EmptyState,
    LoadStateFrame,
    ReefReviewCard,
    LatestReadingsCard,
    ElementTrends,
    TankSummaryCard,
    TankCatalogueCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">{{ greeting() }}</h1>
    <p class="mt-1 text-reef-700">Here is where your reef stands.</p>

    <div class="mt-6 space-y-6">
      <ram-load-state-frame
        [state]="profile.profile()"
        loadingLabel="Loading your tanks…"
        failedHeading="Your tanks could not be loaded"
        (retry)="profile.load()"
      >
        @if (selection.selectedTank(); as tank) {
          <ram-reef-review-card class="mb-6" [tankId]="tank.tankId" />
          @if (knownTests(); as tests) {
            <ram-latest-readings-card class="mb-6" [tankId]="tank.tankId" [tests]="tests" />
            <ram-element-trends
              class="mb-6"
              [tankId]="tank.tankId"
              [method]="methodLabel(tank.dosingMethod)"
            />
          }
          <ram-tank-summary-card [tank]="tank" (detailsRequested)="openTankDetails()" />
          <ram-tank-catalogue-card
            class="mt-6"
            [tank]="tank"
            (browseRequested)="elements.browse($event)"
          />
        } @else {
          <ram-empty-state
            heading="No tank yet"
            description="Add your tank's volume, dosing method and lab to get started."
          >
            <a routerLink="/app/profile" class="btn-primary mt-4">Add a tank</a>
          </ram-empty-state>
        }
      </ram-load-state-frame>

      @if (noTestsYet()) {
        <ram-empty-state
          heading="Upload your first ICP report"
          description="RaM reads the lab's PDF, compares every element with your targets and suggests corrections."
        >
          <button type="button" class="btn-primary mt-4" (click)="uploadDialog.open()">
            Upload ICP report
          </button>
          <a routerLink="/app/tests/manual/new" class="btn-secondary mt-2">Or log a kit test</a>
        </ram-empty-state>
      }
    </div>
  `,
})
export class HomePage {
  protected readonly profile = inject(ProfileService);
  protected readonly selection = inject(TankSelection);
  protected readonly elements = inject(ElementPickerService);
  protected readonly uploadDialog = inject(UploadDialogService);
  private readonly drawer = inject(DrawerService);
  private readonly history = inject(HistoryLists);

  /** The tank's tests once the rail has read them and there are some (home's values come from them). */
  protected readonly knownTests = computed(() => {
    const tests = this.history.section('test')();
    return tests.status === 'ready' && tests.items.length > 0 ? tests.items : null;
  });

  /** The first-upload invitation shows only once the tank's tests are known to be none. */
  protected readonly noTestsYet = computed(() => {
    const tests = this.history.section('test')();
    return tests.status === 'ready' && tests.items.length === 0;
  });
  private readonly now = inject(CLOCK);

  protected readonly greeting = computed(() => {
    const greeting = greetingFor(new Date(this.now()));
    const name = this.profile.displayName();
    return name ? `${greeting}, ${name}` : greeting;
  });

  protected readonly methodLabel = dosingMethodLabel;

  protected openTankDetails(): void {
    const tank = this.selection.selectedTank();
    if (tank) this.drawer.open({ title: tank.name, component: TankDetailsPanel, inputs: { tank } });
  }
}
