import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A bar for how much of something is done, read out as a progress bar with its label: thin under a
 * line of text (uploads, evaluation, corrections on the ICP page) or thick as a row's main figure
 * (corrections in a Reef Review). `valueText` says the amount in words, e.g. "1 of 3 days".
 */
@Component({
  selector: 'ram-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'block overflow-hidden rounded-full bg-reef-100',
    '[class]': "size() === 'thick' ? 'h-2.5' : 'h-1.5'",
    role: 'progressbar',
    'aria-valuemin': '0',
    '[attr.aria-valuemax]': 'max()',
    '[attr.aria-valuenow]': 'value()',
    '[attr.aria-valuetext]': 'valueText()',
    '[attr.aria-label]': 'label()',
  },
  template: `
    <div
      class="h-full rounded-full bg-lagoon-600 transition-[width] motion-reduce:transition-none"
      [style.width.%]="percent()"
    ></div>
  `,
})
export class ProgressBar {
  readonly value = input.required<number>();
  readonly max = input(100);
  readonly label = input.required<string>();
  readonly valueText = input<string | null>(null);
  readonly size = input<'thin' | 'thick'>('thin');
  /** With nothing to count (`max` 0), whether that means done: a full bar rather than an empty one. */
  readonly complete = input(false);
  protected readonly percent = computed(() => {
    if (this.max() <= 0) return this.complete() ? 100 : 0;
    return Math.min(100, (100 * this.value()) / this.max());
  });
}
