import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { humanizeCode } from '../../../shared/format';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { reloadable } from '../../../shared/latest-load';
import { selectAskedTank } from '../../../core/profile/asked-tank';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { focusAfterRender } from '../../../shared/ui/focus';
import { RangeChange, RangeEditor } from '../components/range-editor';
import { RangeHistory } from '../components/range-history';
import { RangeSourceBadge } from '../components/range-source-badge';
import { rangeText } from '../services/range-input';
import { TankRange } from '../services/target-range.model';
import { TargetRangesService } from '../services/target-ranges.service';

/** Tank settings: the selected tank's target range per element, each editable, resettable and versioned. */
@Component({
  selector: 'ram-targets-page',
  imports: [
    EmptyState,
    LoadStateFrame,
    RangeEditor,
    RangeHistory,
    RangeSourceBadge,
    SelectedTankFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Target ranges</h1>
    <ram-selected-tank-frame
      class="mt-2"
      noTankText="Target ranges belong to a tank. Add one to set them."
    >
      @if (selection.selectedTank(); as tank) {
        <p class="mb-6 text-reef-700">
          What RaM compares each test of <strong class="text-reef-900">{{ tank.name }}</strong>
          with. Change a range to suit your tank; the method default stays one click away.
        </p>
        <ram-load-state-frame
          [state]="ranges.state()"
          loadingLabel="Loading target ranges…"
          failedHeading="The target ranges could not be loaded"
          (retry)="ranges.reload()"
        >
          @if (list(); as list) {
            <section class="card" aria-labelledby="ranges-heading">
              <h2 id="ranges-heading" class="text-lg font-semibold text-reef-900">
                {{ tank.name }}
              </h2>
              <p class="mt-1 text-sm text-reef-700">
                Defaults follow the {{ methodName() }} method where it sets a range, and cited reef
                references for everything else; each range names its source.
              </p>
              <p role="status" aria-live="polite" class="mt-2 min-h-5 text-sm text-lagoon-800">
                {{ note() }}
              </p>
              @if (list.ranges.length === 0) {
                <ram-empty-state
                  class="mt-4"
                  heading="No elements with ranges yet"
                  description="Ranges appear here for the elements your tests and dosing method cover."
                />
              } @else {
                <table class="mt-2 w-full text-left text-sm">
                  <caption class="sr-only">
                    Target range per element for
                    {{
                      tank.name
                    }}
                  </caption>
                  <thead class="border-b border-reef-200 text-xs text-reef-600 uppercase">
                    <tr>
                      <th scope="col" class="py-2 pr-2 font-semibold">Element</th>
                      <th scope="col" class="py-2 pr-2 font-semibold">In use</th>
                      <th scope="col" class="hidden py-2 pr-2 font-semibold md:table-cell">
                        Method default
                      </th>
                      <th scope="col" class="py-2"><span class="sr-only">Actions</span></th>
                    </tr>
                  </thead>
                  @for (range of list.ranges; track range.elementId) {
                    <tbody
                      class="border-b border-reef-100"
                      [attr.data-testid]="'range-' + range.elementId"
                    >
                      <tr class="align-top">
                        <th scope="row" class="py-3 pr-2 font-medium text-reef-900">
                          {{ range.name }}
                          <span class="block text-xs font-normal text-reef-600">{{
                            range.unit
                          }}</span>
                        </th>
                        <td class="py-3 pr-2">
                          <span class="block text-reef-900" data-testid="current-range">{{
                            text(range.current, range.unit)
                          }}</span>
                          <ram-range-source-badge class="mt-1" [source]="range.current.source" />
                          @if (range.current.sourceName; as sourceName) {
                            <span
                              class="mt-1 block text-xs text-reef-600"
                              data-testid="range-source-name"
                              >{{ sourceName }}</span
                            >
                          }
                          <span class="mt-1 block text-xs text-reef-600 md:hidden">
                            Default: {{ defaultText(range) }}
                          </span>
                        </td>
                        <td class="hidden py-3 pr-2 text-reef-800 md:table-cell">
                          {{ defaultText(range) }}
                        </td>
                        <td class="py-2">
                          <div class="flex flex-col items-end gap-1 sm:flex-row sm:justify-end">
                            <button
                              type="button"
                              class="btn-secondary min-h-10 px-3 py-1 text-sm"
                              [id]="'edit-range-' + range.elementId"
                              [attr.aria-expanded]="editing() === range.elementId"
                              [attr.aria-controls]="'editor-' + range.elementId"
                              (click)="toggleEditor(range)"
                            >
                              Edit<span class="sr-only"> {{ range.name }}</span>
                            </button>
                            <button
                              type="button"
                              class="min-h-10 rounded-lg px-3 py-1 text-sm font-medium text-lagoon-800 underline-offset-2 hover:underline"
                              [attr.aria-expanded]="historyShown(range.elementId)"
                              [attr.aria-controls]="'history-' + range.elementId"
                              (click)="toggleHistory(range.elementId)"
                            >
                              History<span class="sr-only"> of {{ range.name }}</span>
                            </button>
                          </div>
                        </td>
                      </tr>
                      @if (editing() === range.elementId) {
                        <tr>
                          <td colspan="4" class="pb-4" [id]="'editor-' + range.elementId">
                            <ram-range-editor
                              [tankId]="tank.tankId"
                              [range]="range"
                              (changed)="applied(range, $event)"
                              (cancelled)="closeEditor(range.elementId)"
                            />
                          </td>
                        </tr>
                      }
                      @if (historyShown(range.elementId)) {
                        <tr>
                          <td colspan="4" class="pb-4" [id]="'history-' + range.elementId">
                            <ram-range-history
                              class="rounded-xl bg-reef-50 p-3"
                              [name]="range.name"
                              [unit]="range.unit"
                              [history]="range.history"
                            />
                          </td>
                        </tr>
                      }
                    </tbody>
                  }
                </table>
              }
              @if (list.sources?.length) {
                <h3 class="mt-6 text-sm font-semibold text-reef-900">
                  Where the defaults come from
                </h3>
                <dl class="mt-2 space-y-2 text-sm" data-testid="range-sources">
                  @for (source of list.sources; track source.id) {
                    <div>
                      <dt class="font-medium text-reef-900">{{ source.name }}</dt>
                      <dd class="text-reef-700">{{ source.citation }}</dd>
                    </div>
                  }
                </dl>
              }
            </section>
          }
        </ram-load-state-frame>
      }
    </ram-selected-tank-frame>
  `,
})
export class TargetsPage {
  /** `?tank=` from a link that names the tank to show, e.g. the profile's tank list. */
  readonly tank = input<string>();

  protected readonly selection = inject(TankSelection);
  private readonly rangesApi = inject(TargetRangesService);
  private readonly injector = inject(Injector);

  // Before the ranges load, so a link to another tank loads only that tank's ranges.
  private readonly showAskedTank = selectAskedTank(this.tank);
  protected readonly ranges = reloadable(this.selection.selectedTankId, (tankId) =>
    this.rangesApi.list(tankId),
  );
  protected readonly list = this.ranges.value;
  protected readonly methodName = computed(() => humanizeCode(this.list()?.method ?? ''));
  /** The element whose form is open; none once another tank is shown. */
  protected readonly editing = linkedSignal<string | null, string | null>({
    source: this.selection.selectedTankId,
    computation: () => null,
  });
  private readonly historyOpen = signal<ReadonlySet<string>>(new Set());
  protected readonly note = linkedSignal({
    source: this.selection.selectedTankId,
    computation: () => '',
  });

  protected readonly text = rangeText;

  protected defaultText(range: TankRange): string {
    return range.methodDefault ? rangeText(range.methodDefault, range.unit) : 'none';
  }

  protected historyShown(elementId: string): boolean {
    return this.historyOpen().has(elementId);
  }

  protected toggleHistory(elementId: string): void {
    const open = new Set(this.historyOpen());
    if (!open.delete(elementId)) open.add(elementId);
    this.historyOpen.set(open);
  }

  protected toggleEditor(range: TankRange): void {
    this.note.set('');
    if (this.editing() === range.elementId) this.closeEditor(range.elementId);
    else this.editing.set(range.elementId);
  }

  protected closeEditor(elementId: string): void {
    this.editing.set(null);
    focusAfterRender(this.injector, `edit-range-${elementId}`);
  }

  protected applied(range: TankRange, change: RangeChange): void {
    this.ranges.update(() => change.list);
    const now = change.list.ranges.find((each) => each.elementId === range.elementId);
    const inUse = now ? rangeText(now.current, now.unit) : '';
    this.note.set(
      change.kind === 'saved'
        ? `Saved ${range.name}: ${inUse}.`
        : `${range.name} is back to the method default: ${inUse}.`,
    );
    this.closeEditor(range.elementId);
  }
}
