import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A thin bar for how much of something is done, read out as a progress bar with its label. */
@Component({
  selector: 'ram-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'block h-1.5 overflow-hidden rounded-full bg-reef-100',
    role: 'progressbar',
    'aria-valuemin': '0',
    '[attr.aria-valuemax]': 'max()',
    '[attr.aria-valuenow]': 'value()',
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
  protected readonly percent = computed(() =>
    this.max() > 0 ? Math.min(100, (100 * this.value()) / this.max()) : 0,
  );
}
