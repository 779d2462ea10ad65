import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RailSectionState } from '../services/history-list.service';

/** One side-rail section (Tests, Doses, Programs) and where its list stands. */
@Component({
  selector: 'ram-history-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()" class="text-xs font-semibold tracking-wide text-reef-200 uppercase">
        {{ heading() }}
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
          @case ('ready') {
            <p class="text-reef-100">{{ readyText() }}</p>
          }
          @case ('no-tank') {
            <p class="text-reef-300">Add a tank to see {{ heading().toLowerCase() }}.</p>
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
  protected readonly readyText = computed(() => {
    const state = this.state();
    const count = state.status === 'ready' ? state.count : 0;
    if (count === 0) return this.emptyText();
    return `${count} ${count === 1 ? 'entry' : 'entries'}`;
  });
}
