import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A placeholder while something loads, announced politely to screen readers. */
@Component({
  selector: 'ram-loading-block',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', role: 'status', 'aria-live': 'polite' },
  template: `
    <div class="flex items-center gap-3 text-sm text-reef-700">
      <span
        class="size-4 animate-spin rounded-full border-2 border-reef-200 border-t-lagoon-600 motion-reduce:animate-none"
        aria-hidden="true"
      ></span>
      <span>{{ label() }}</span>
    </div>
  `,
})
export class LoadingBlock {
  readonly label = input('Loading…');
}
