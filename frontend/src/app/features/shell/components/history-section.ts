import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { HistoryItem, HistoryKind, testKindOf } from '../../history/services/history-item';
import { OLDER_LINKS, SECTION_LINKS, historyLinkFor } from '../../history/services/history-links';
import { RailSectionState } from '../../history/services/history-lists';
import { StatusBadge, statusBadge } from '../../history/services/history-status';
import { injectTankToday } from '../../../core/profile/tank-today';
import { testLabelText } from '../../../shared/tests/test-links';
import { RailFailedTest } from './rail-failed-test';

/** How many entries a rail section lists before it says how many more there are. */
export const RAIL_ENTRIES_SHOWN = 5;

/**
 * One side-rail section (Tests, Doses, Programs): its newest entries as links to their pages, or
 * where its list stands. Content (the Tests section's upload button) goes under the heading.
 */
@Component({
  selector: 'ram-history-section',
  imports: [DatePipe, RouterLink, RouterLinkActive, RailFailedTest],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <div class="flex items-center gap-2">
        <h2
          [id]="headingId()"
          class="flex flex-1 items-center gap-2 text-xs font-semibold tracking-wide text-reef-200 uppercase"
        >
          {{ heading() }}
          @if (items().length > 0) {
            <span
              class="rounded-full bg-reef-800 px-1.5 py-px text-[0.6875rem] font-medium text-reef-100 tabular-nums"
              data-testid="entry-count"
              >{{ items().length }}<span class="sr-only"> {{ entriesWord() }}</span></span
            >
          }
        </h2>
        <a
          [routerLink]="sectionLink().path"
          class="-my-1 rounded-md px-2 py-1 text-xs font-medium text-lagoon-200 hover:bg-reef-900 hover:text-white"
          data-testid="section-link"
          >{{ sectionLink().label }}</a
        >
      </div>
      <ng-content />
      <div class="mt-1 text-sm" aria-live="polite" [attr.aria-busy]="state().status === 'loading'">
        @switch (state().status) {
          @case ('loading') {
            <p class="flex items-center gap-2 text-reef-200">
              <span
                class="size-3 animate-spin rounded-full border-2 border-reef-700 border-t-lagoon-300 motion-reduce:animate-none"
                aria-hidden="true"
              ></span>
              Loading {{ heading().toLowerCase() }}…
            </p>
          }
          @case ('unavailable') {
            <p class="text-reef-300">{{ heading() }} are not available yet.</p>
          }
          @case ('failed') {
            <p class="text-reef-300">{{ heading() }} could not be loaded.</p>
          }
          @case ('no-tank') {
            <p class="text-reef-300">Add a tank to see {{ heading().toLowerCase() }}.</p>
          }
          @case ('ready') {
            @if (items().length === 0) {
              <p class="text-reef-300">{{ emptyText() }}</p>
            } @else {
              <ul class="-mx-2 space-y-1">
                @for (entry of shown(); track entry.item.id) {
                  <li>
                    <a
                      class="block rounded-lg px-2 py-1.5 hover:bg-reef-900"
                      routerLinkActive="bg-reef-800"
                      ariaCurrentWhenActive="page"
                      data-testid="history-entry"
                      [routerLink]="entry.link.path"
                      [queryParams]="entry.link.queryParams"
                    >
                      <div class="flex items-center gap-2">
                        <span class="min-w-0 flex-1 truncate text-reef-50">{{ entry.label }}</span>
                        @if (entry.status; as status) {
                          <span
                            class="shrink-0 rounded-full px-2 py-px text-[0.6875rem] font-medium"
                            [class]="status.tone"
                            >{{ status.text }}</span
                          >
                        }
                      </div>
                      @if (entry.item.date) {
                        <p class="text-xs text-reef-300">{{ entry.item.date | date: 'd MMM y' }}</p>
                      }
                    </a>
                    @if (entry.failedUpload) {
                      <ram-rail-failed-test [item]="entry.item" />
                    }
                  </li>
                }
              </ul>
              @if (hidden() > 0) {
                <a
                  [routerLink]="olderLink()"
                  class="mt-1 block text-xs text-reef-200 underline hover:text-reef-50"
                  data-testid="history-older"
                  >and {{ hidden() }} older</a
                >
              }
            }
          }
        }
      </div>
    </section>
  `,
})
export class HistorySection {
  readonly kind = input.required<HistoryKind>();
  readonly heading = input.required<string>();
  readonly state = input.required<RailSectionState>();
  readonly emptyText = input.required<string>();

  private readonly today = injectTankToday();
  protected readonly headingId = computed(() => `history-${this.heading().toLowerCase()}`);
  protected readonly items = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.items : [];
  });
  protected readonly sectionLink = computed(() => SECTION_LINKS[this.kind()]);
  protected readonly olderLink = computed(() => OLDER_LINKS[this.kind()]);
  protected readonly shown = computed(() =>
    this.items()
      .slice(0, RAIL_ENTRIES_SHOWN)
      .map((item) => ({
        item,
        // "ICP Oceamo", as the lab spells itself, not the API's "ICP OCEAMO".
        label: this.kind() === 'test' ? testLabelText(item.label) : item.label,
        link: historyLinkFor(this.kind(), item),
        status: statusOf(item, this.kind(), this.today()),
        failedUpload:
          this.kind() === 'test' && item.status === 'ERROR' && testKindOf(item) === 'ICP',
      })),
  );
  protected readonly hidden = computed(() => this.items().length - RAIL_ENTRIES_SHOWN);
  protected readonly entriesWord = computed(() =>
    this.items().length === 1 ? 'entry' : 'entries',
  );
}

/**
 * A dose day dated after the tank's today holds planned doses, not given ones, unless the keeper
 * confirmed one of them as given early.
 */
function statusOf(item: HistoryItem, kind: HistoryKind, today: string): StatusBadge | null {
  if (kind === 'dose' && today && item.date && item.date.slice(0, 10) > today && !item.givenEarly)
    return statusBadge('PLANNED');
  return item.status ? statusBadge(item.status) : null;
}
