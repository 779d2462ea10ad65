import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { reloadable } from '../../../shared/latest-load';
import { testPath } from '../../../shared/tests/test-links';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { statusLook } from '../../icp/services/element-view';
import { elementTable, readingsAtAGlance } from '../../tests/services/element-table';
import { HistoryItem } from '../../history/services/history-item';
import { TestsService } from '../../tests/services/tests.service';

/** How many of the newest finished tests home reads its values from. */
export const GLANCE_TESTS = 5;

/**
 * Home's water values: the newest reading of each key parameter and, by name, every element whose
 * newest reading needs attention, each linking to its test.
 */
@Component({
  selector: 'ram-latest-readings-card',
  imports: [DatePipe, RouterLink, LoadStateFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section class="card" aria-labelledby="latest-readings-heading">
      <div class="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="latest-readings-heading" class="text-lg font-semibold text-reef-900">
          Latest values
        </h2>
        <a routerLink="/app/tests" class="text-sm font-medium text-lagoon-800 underline"
          >All tests</a
        >
      </div>
      <ram-load-state-frame
        class="mt-3 block"
        [state]="state()"
        loadingLabel="Loading your latest values…"
        failedHeading="Your latest values could not be loaded"
        (retry)="details.reload()"
      >
        @if (glance(); as glance) {
          @if (glance.empty) {
            <p class="text-sm text-reef-700" elementtiming="home-content">
              No evaluated tests yet.
            </p>
          } @else {
            <dl class="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="key-parameters">
              @for (key of glance.key; track key.label) {
                <div
                  class="rounded-xl border p-3"
                  [class]="key.reading ? look(key.reading.cell.status).card : 'border-reef-100'"
                >
                  <!-- elementtiming: the phone bench times when the home's own content is drawn -->
                  <dt
                    class="text-xs font-semibold tracking-wide text-reef-600 uppercase"
                    elementtiming="home-content"
                  >
                    {{ key.label }}
                  </dt>
                  @if (key.reading; as reading) {
                    <dd class="mt-1">
                      <a
                        class="text-lg font-semibold text-reef-900 tabular-nums hover:underline"
                        [routerLink]="path(reading.column.kind, reading.column.testId)"
                      >
                        {{ reading.cell.text }}
                        <span class="text-sm font-normal">{{
                          reading.cell.ownUnit ? '' : reading.unit
                        }}</span> </a
                      >&ngsp;
                      <span class="mt-0.5 flex items-center gap-1 text-xs text-reef-700">
                        <span
                          class="rounded px-1.5 py-px"
                          [class]="look(reading.cell.status).badge"
                          >{{ look(reading.cell.status).label }}</span>&ngsp;
                        {{ reading.column.date | date: 'd MMM' }}
                      </span>
                    </dd>
                  } @else {
                    <dd class="mt-1 text-sm text-reef-600">Not measured yet</dd>
                  }
                </div>
              }
            </dl>
            <h3 class="mt-4 font-semibold text-reef-900" data-testid="attention-heading">
              @if (glance.attention.length === 0) {
                Nothing needs attention in your latest readings.
              } @else {
                {{ glance.attention.length }}
                {{ glance.attention.length === 1 ? 'element needs' : 'elements need' }} attention
              }
            </h3>
            @if (glance.attention.length > 0) {
              <ul class="mt-2 flex flex-wrap gap-2" data-testid="attention-list">
                @for (reading of glance.attention; track reading.elementId) {
                  <li>
                    <a
                      class="inline-flex items-center gap-1.5 rounded-full border border-reef-200 px-3 py-1 text-sm hover:border-lagoon-400"
                      [routerLink]="path(reading.column.kind, reading.column.testId)"
                    >
                      <span class="font-medium text-reef-900">{{ reading.name }}</span>&ngsp;
                      <span class="tabular-nums text-reef-700"
                        >{{ reading.cell.text }}
                        {{ reading.cell.ownUnit ? '' : reading.unit }}</span
                      >&ngsp;
                      <span
                        class="rounded px-1.5 py-px text-xs"
                        [class]="look(reading.cell.status).badge"
                        >{{ look(reading.cell.status).label }}</span
                      >
                    </a>
                  </li>
                }
              </ul>
            }
          }
        }
      </ram-load-state-frame>
    </section>
  `,
})
export class LatestReadingsCard {
  readonly tankId = input.required<string>();
  /** The tank's tests as the rail has them, newest first (the card reads no list of its own). */
  readonly tests = input.required<readonly HistoryItem[]>();

  private readonly api = inject(TestsService);
  protected readonly path = testPath;
  protected readonly look = statusLook;

  /** The newest finished tests, as one key so live changes to older entries read nothing again. */
  private readonly newestDone = computed(() =>
    this.tests()
      .filter((test) => test.status === 'DONE')
      .slice(0, GLANCE_TESTS)
      .map((test) => test.id)
      .join(' '),
  );
  protected readonly details = reloadable(
    () => ({ tankId: this.tankId(), ids: this.newestDone() }),
    ({ tankId, ids }) => this.api.details(tankId, ids ? ids.split(' ') : []),
  );
  protected readonly state = this.details.state;
  protected readonly glance = computed(() => {
    const details = this.details.value();
    if (!details) return null;
    return { empty: details.length === 0, ...readingsAtAGlance(elementTable(details)) };
  });
}
