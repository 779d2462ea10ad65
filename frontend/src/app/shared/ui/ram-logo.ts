import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The RaM mark: a wave over a reef, with the name beside it unless `compact`. */
@Component({
  selector: 'ram-logo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'inline-flex items-center gap-2' },
  template: `
    <svg viewBox="0 0 32 32" class="size-8 shrink-0" aria-hidden="true">
      <rect width="32" height="32" rx="8" class="fill-lagoon-600" />
      <path
        d="M5 13c3-3 6-3 9 0s6 3 9 0 4-2 4-2"
        class="fill-none stroke-white"
        stroke-width="2.4"
        stroke-linecap="round"
      />
      <path
        d="M9 26v-6m0 0-3-3m3 3 3-3M20 26v-8m0 3 4-4m-4 2-3-3"
        class="fill-none stroke-lagoon-100"
        stroke-width="2"
        stroke-linecap="round"
      />
    </svg>
    @if (!compact()) {
      <span
        class="font-semibold tracking-tight"
        [class]="tone() === 'light' ? 'text-white' : 'text-reef-900'"
        >Reef-A-Matic</span
      >
    }
  `,
})
export class RamLogo {
  readonly compact = input(false);
  readonly tone = input<'light' | 'dark'>('dark');
}
