import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RamLogo } from '../../../shared/ui/ram-logo';

/** The centred card that frames sign-in and sign-up. */
@Component({
  selector: 'ram-auth-card',
  imports: [RouterLink, RamLogo],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class:
      'theme-night block min-h-dvh bg-gradient-to-b from-reef-950 via-reef-900 to-lagoon-900 px-4 py-8 sm:py-16',
  },
  template: `
    <main class="mx-auto w-full" [class]="wide() ? 'max-w-3xl' : 'max-w-md'">
      <a routerLink="/" class="mb-6 inline-block rounded-lg"><ram-logo tone="light" /></a>
      <div class="theme-follow rounded-2xl bg-white p-5 shadow-xl sm:p-8">
        <h1 class="text-2xl font-semibold text-reef-900">{{ heading() }}</h1>
        <ng-content />
      </div>
    </main>
  `,
})
export class AuthCard {
  readonly heading = input.required<string>();
  readonly wide = input(false);
}
