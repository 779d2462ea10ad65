import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The × of every close and dismiss button; the button carries the accessible name. */
@Component({
  selector: 'ram-close-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'inline-flex' },
  template: `
    <svg viewBox="0 0 20 20" class="size-full fill-current" aria-hidden="true">
      <path
        d="M5.3 4 10 8.6 14.7 4 16 5.3 11.4 10l4.6 4.7-1.3 1.3-4.7-4.6L5.3 16 4 14.7 8.6 10 4 5.3 5.3 4Z"
      />
    </svg>
  `,
})
export class CloseIcon {}
