import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { HistoryItem } from '../../history/services/history-item';
import { RailSectionState } from '../../history/services/history-lists';

/** How many entries a rail section lists before it says how many more there are. */
export const RAIL_ENTRIES_SHOWN = 5;

const STATUS_LABELS: Record<string, { text: string; tone: string }> = {
  PROCESSING: { text: 'Reading', tone: 'bg-amber-300 text-reef-950' },
  IN_PROGRESS: { text: 'Evaluating', tone: 'bg-amber-300 text-reef-950' },
  DONE: { text: 'Done', tone: 'bg-lagoon-200 text-reef-950' },
  ERROR: { text: 'Failed', tone: 'bg-coral-200 text-coral-900' },
  active: { text: 'Active', tone: 'bg-lagoon-200 text-reef-950' },
  draft: { text: 'Draft', tone: 'bg-reef-200 text-reef-950' },
  inactive: { text: 'Ended', tone: 'bg-reef-700 text-reef-100' },
};

/** One side-rail section (Tests, Doses, Programs): its newest entries, or where its list stands. */
@Component({
  selector: 'ram-history-section',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h2
        [id]="headingId()"
        class="flex items-center gap-2 text-xs font-semibold tracking-wide text-reef-200 uppercase"
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
                @for (item of shown(); track item.id) {
                  <li class="rounded-lg px-2 py-1.5 hover:bg-reef-900" data-testid="history-entry">
                    <div class="flex items-center gap-2">
                      <span class="min-w-0 flex-1 truncate text-reef-50">{{ item.label }}</span>
                      @if (statusOf(item); as status) {
                        <span
                          class="shrink-0 rounded-full px-2 py-px text-[0.6875rem] font-medium"
                          [class]="status.tone"
                          >{{ status.text }}</span
                        >
                      }
                    </div>
                    @if (item.date) {
                      <p class="text-xs text-reef-300">{{ item.date | date: 'd MMM y' }}</p>
                    }
                  </li>
                }
              </ul>
              @if (hidden() > 0) {
                <p class="mt-1 text-xs text-reef-300">and {{ hidden() }} older</p>
              }
            }
          }
        }
      </div>
    </section>
  `,
})
export class HistorySection {
  readonly heading = input.required<string>();
  readonly state = input.required<RailSectionState>();
  readonly emptyText = input.required<string>();

  protected readonly headingId = computed(() => `history-${this.heading().toLowerCase()}`);
  protected readonly items = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.items : [];
  });
  protected readonly shown = computed(() => this.items().slice(0, RAIL_ENTRIES_SHOWN));
  protected readonly hidden = computed(() => this.items().length - this.shown().length);
  protected readonly entriesWord = computed(() =>
    this.items().length === 1 ? 'entry' : 'entries',
  );

  protected statusOf(item: HistoryItem): { text: string; tone: string } | null {
    if (!item.status) return null;
    return STATUS_LABELS[item.status] ?? { text: item.status, tone: 'bg-reef-700 text-reef-100' };
  }
}
