import { ChangeDetectionStrategy, Component, input, linkedSignal, untracked } from '@angular/core';

/**
 * A review section the keeper can fold: its heading is the toggle (a 44 px tap target), with a
 * short note beside it so a folded section still says what is inside. `open` is how it starts for
 * each review (`startsFor`): a live update that changes it does not fold a section under the
 * keeper's hand.
 */
@Component({
  selector: 'ram-review-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block rounded-2xl border border-reef-100 bg-white shadow-sm' },
  template: `
    <details
      class="group"
      [open]="isOpen()"
      (toggle)="isOpen.set(details.open)"
      #details
      data-testid="review-section"
      [attr.data-section]="key()"
    >
      <summary
        class="flex min-h-11 cursor-pointer list-none items-center gap-3 rounded-2xl px-4 py-3 hover:bg-reef-50 focus-visible:outline-2 focus-visible:outline-lagoon-600 sm:px-5 [&::-webkit-details-marker]:hidden"
      >
        <h2 [id]="key() + '-heading'" class="text-lg font-semibold text-reef-900">
          {{ heading() }}
        </h2>
        @if (note(); as note) {
          <span class="text-sm text-reef-700" data-testid="section-note">{{ note }}</span>
        }
        <svg
          viewBox="0 0 20 20"
          class="ml-auto size-5 shrink-0 fill-current text-reef-500 transition-transform group-open:rotate-180"
          aria-hidden="true"
        >
          <path d="M5.3 7.3 10 12l4.7-4.7 1.4 1.4L10 14.8 3.9 8.7l1.4-1.4Z" />
        </svg>
      </summary>
      <div class="px-4 pb-4 sm:px-5 sm:pb-5">
        <ng-content />
      </div>
    </details>
  `,
})
export class ReviewSection {
  /** Names the section: `findings` gives the heading the id `findings-heading`. */
  readonly key = input.required<string>();
  readonly heading = input.required<string>();
  readonly note = input<string>('');
  readonly open = input(false);
  /** Which review the section belongs to: a new one starts folded or open afresh. */
  readonly startsFor = input('');

  protected readonly isOpen = linkedSignal({
    source: this.startsFor,
    computation: () => untracked(this.open),
  });
}
