import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { LoadState } from '../../../shared/load-state';
import { dayFormat } from '../../../shared/locale';
import { labLabel } from '../../../shared/tanks/tank-options';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { ElementResult } from '../../../shared/tests/test-result';
import { ProfileService } from '../../../core/profile/profile.service';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { HistoryLists } from '../../history/services/history-lists';
import { statusBadge } from '../../history/services/history-status';
import { WebSocketManager } from '../../realtime/services/web-socket-manager';
import { CorrectionsPanel } from '../components/corrections-panel';
import { AttentionStrip } from '../components/attention-strip';
import { ElementRow } from '../components/element-row';
import { FailedTestActions } from '../components/failed-test-actions';
import { IcpTestProgress } from '../components/icp-test-progress';
import { TrendDialog } from '../components/trend-dialog';
import { byUrgency, ElementGroup } from '../services/element-view';
import { CorrectionLine, IcpTestResponse } from '../services/icp-test.model';
import { IcpTestStore } from '../services/icp-test.store';

/**
 * One ICP test: how far RaM has got with it, a summary strip at the top (counts by status, the
 * elements needing attention named), every element as a compact row most urgent first with its
 * details on a tap, the RO water apart, the corrections to apply, and links to the Reef Review and
 * the draft program made from it.
 */
@Component({
  selector: 'ram-icp-test-page',
  imports: [
    DatePipe,
    RouterLink,
    EmptyState,
    LoadStateFrame,
    ElementRow,
    AttentionStrip,
    CorrectionsPanel,
    IcpTestProgress,
    FailedTestActions,
    TrendDialog,
  ],
  providers: [IcpTestStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.state().status === 'not-found') {
      <ram-empty-state
        heading="Test not found"
        description="It may belong to another tank: switch tanks in the menu, or open it from the Tests list."
      >
        <a routerLink="/app" class="btn-secondary mt-4">Back to home</a>
      </ram-empty-state>
    } @else {
      <ram-load-state-frame
        [state]="frameState()"
        loadingLabel="Loading the test…"
        failedHeading="The test could not be loaded"
        (retry)="store.retry()"
      >
        @if (store.response(); as detail) {
          <header class="flex flex-wrap items-start gap-x-3 gap-y-1">
            <div class="min-w-0 flex-1">
              <p class="text-sm text-reef-600">ICP test{{ lab() ? ' · ' + lab() : '' }}</p>
              <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">
                {{ detail.test.date | date: longDay }}
              </h1>
              @if (detail.test.analysisNumber; as number) {
                <p class="text-sm text-reef-600">Analysis {{ number }}</p>
              }
            </div>
            <span
              class="mt-1 rounded-full px-3 py-1 text-sm font-medium"
              [class]="badge().tone"
              data-testid="test-status"
              >{{ badge().text }}</span
            >
          </header>

          <ram-icp-test-progress class="mt-4" [test]="detail.test" />
          @if (detail.test.status === 'ERROR') {
            @if (selection.selectedTankId(); as tankId) {
              <ram-failed-test-actions
                class="mt-4"
                [tankId]="tankId"
                [test]="detail.test"
                (retried)="afterRetry()"
                (deleted)="afterDelete()"
              />
            }
          }

          @if (detail.test.status === 'DONE') {
            <ram-attention-strip
              class="mt-4"
              [elements]="detail.test.elements"
              (picked)="openRow($event)"
            />
            <div class="mt-3 flex flex-wrap gap-2">
              @if (detail.test.reviewId; as reviewId) {
                <a class="btn-primary" [routerLink]="['/app/reef-review', reviewId]">
                  Open the Reef Review
                </a>
              }
              @if (detail.features.draftPrograms && detail.draftProgramId; as programId) {
                <a class="btn-secondary" [routerLink]="['/app/programs', programId]">
                  See the draft dosing program
                </a>
              }
            </div>
            @if (!detail.features.draftPrograms) {
              <p class="mt-2 text-sm text-reef-700" role="note" data-testid="draft-note">
                With Pro, RaM also drafts a dosing program from each test.
                <a routerLink="/app/profile" class="font-medium text-lagoon-700 underline"
                  >See plans</a
                >
              </p>
            }
          }

          @for (group of groups(); track group.category) {
            <section
              class="mt-6"
              [class]="
                group.osmose ? 'rounded-2xl border border-sky-200 bg-sky-50 p-3' : 'card p-2 sm:p-3'
              "
              [attr.aria-labelledby]="'group-' + group.category"
              data-testid="element-group"
              [attr.data-category]="group.category"
            >
              <h2 [id]="'group-' + group.category" class="px-2 text-lg font-semibold text-reef-900">
                {{ group.title }}
              </h2>
              @if (group.osmose) {
                <p class="px-2 text-sm text-reef-700">
                  Measured in your RO/DI water: shown for reference, never corrected.
                </p>
              } @else {
                <p class="px-2 text-sm text-reef-700">
                  Most urgent first. Tap a row for its trend, correction and explanation.
                </p>
              }
              <div
                class="mt-2 hidden grid-cols-[8.5rem_minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.4fr)_1.25rem] gap-x-3 border-b border-reef-100 px-2 pb-1 text-xs font-semibold text-reef-600 uppercase sm:grid"
                aria-hidden="true"
              >
                <span>Status</span><span>Element</span><span>Value</span><span>Target range</span>
              </div>
              <ul class="divide-y divide-reef-100">
                @for (element of group.elements; track element.elementId) {
                  <li>
                    <ram-element-row
                      [element]="element"
                      [expanded]="expanded().has(element.elementId)"
                      [correction]="correctionOf(element.elementId)"
                      (toggled)="toggle(element.elementId)"
                      (trendRequested)="trendOf.set(element)"
                    />
                  </li>
                }
              </ul>
            </section>
          }

          @if (detail.test.status === 'DONE' || detail.corrections.length > 0) {
            <ram-corrections-panel
              class="mt-6"
              [lines]="detail.corrections"
              [canApply]="detail.test.status === 'DONE'"
              [setupNeeded]="detail.setupNeeded === true"
              [apply]="store.apply()"
              (applied)="store.applyCorrections($event.elementIds, $event.confirmSuperseded)"
            />
          }
        }
      </ram-load-state-frame>
    }

    @if (trendOf(); as element) {
      @if (selection.selectedTankId(); as tankId) {
        <ram-trend-dialog
          [tankId]="tankId"
          [elementId]="element.elementId"
          [name]="element.name"
          (closed)="trendOf.set(null)"
        />
      }
    }
  `,
})
export class IcpTestPage {
  /** From the route, `app/tests/icp/:testId`. */
  readonly testId = input.required<string>();

  protected readonly store = inject(IcpTestStore);
  protected readonly selection = inject(TankSelection);
  private readonly profile = inject(ProfileService);
  private readonly profileReady = computed(() => this.profile.profile().status === 'ready');

  protected readonly longDay = dayFormat('long');
  protected readonly trendOf = signal<ElementResult | null>(null);
  protected readonly frameState = computed((): LoadState<IcpTestResponse> => {
    const state = this.store.state();
    if (state.status === 'ready') return state;
    if (state.status === 'failed') return { status: 'failed', message: 'Not loaded' };
    return { status: 'loading' };
  });
  /** The tank water most urgent first, then the RO water apart. */
  protected readonly groups = computed((): ElementGroup[] => {
    const elements = this.store.response()?.test.elements ?? [];
    const ro = elements.filter((element) => element.status === 'RO');
    const groups: ElementGroup[] = [
      { category: 'tank', title: 'Tank water', elements: byUrgency(elements), osmose: false },
      { category: 'osmose', title: 'Osmose water (RO/DI)', elements: ro, osmose: true },
    ];
    return groups.filter((group) => group.elements.length > 0);
  });
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  private readonly corrections = computed(
    () => new Map((this.store.response()?.corrections ?? []).map((line) => [line.elementId, line])),
  );
  protected readonly badge = computed(() => statusBadge(this.store.response()?.test.status ?? ''));
  protected readonly lab = computed(() => {
    const lab = this.store.response()?.test.lab;
    return lab ? labLabel(lab) : '';
  });

  protected correctionOf(elementId: string): CorrectionLine | undefined {
    return this.corrections().get(elementId);
  }

  protected toggle(elementId: string): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(elementId)) next.add(elementId);
      return next;
    });
  }

  /** An element named in the summary: its row opens and comes into view. */
  protected openRow(elementId: string): void {
    this.expanded.update((open) => new Set(open).add(elementId));
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector(`[data-testid="element-card"][data-element="${elementId}"]`)
          ?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }),
      { injector: this.injector },
    );
  }

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly lists = inject(HistoryLists);
  private readonly realtime = inject(WebSocketManager);

  /** Read again as another lab's report: the test is PROCESSING again, and the rail follows it. */
  protected afterRetry(): void {
    this.store.retry();
    this.realtime.refreshAfterOwnChange();
  }

  /** Deleted: the rail drops it and the keeper goes home. */
  protected afterDelete(): void {
    this.lists.refresh();
    void this.router.navigateByUrl('/app');
  }

  constructor() {
    // Waits for the keeper's tanks; a different tank or test reads again.
    effect(() => {
      const testId = this.testId();
      const tankId = this.selection.selectedTankId();
      if (!this.profileReady()) return;
      untracked(() => {
        this.trendOf.set(null);
        this.expanded.set(new Set());
        this.store.open(tankId, testId);
      });
    });
  }
}
