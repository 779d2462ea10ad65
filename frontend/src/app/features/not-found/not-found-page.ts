import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { RamLogo } from '../../shared/ui/ram-logo';

/**
 * An address that leads nowhere. Inside the app (`/app/...`, route data `inApp`) it stays in the
 * shell, so the keeper keeps the navigation and the tank; elsewhere it is a page of its own.
 * Either way it says which address was not found and offers the way back.
 */
@Component({
  selector: 'ram-not-found-page',
  imports: [RouterLink, RamLogo],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', 'data-testid': 'not-found' },
  template: `
    <div
      [class]="inApp() ? '' : 'mx-auto flex min-h-dvh max-w-xl flex-col justify-center px-6 py-12'"
    >
      @if (!inApp()) {
        <a routerLink="/" class="mb-8 self-start rounded-lg"><ram-logo /></a>
      }
      <section class="card" aria-labelledby="not-found-heading">
        <p class="text-sm font-semibold tracking-wide text-lagoon-700 uppercase">Not found</p>
        <h1 id="not-found-heading" class="mt-1 text-2xl font-bold text-reef-950">
          There is no page here
        </h1>
        <p class="mt-2 text-reef-800">
          Nothing lives at <code class="rounded bg-reef-50 px-1 break-all">{{ address }}</code>. The
          link may be old, or a letter may be off.
        </p>
        <div class="mt-5 flex flex-wrap gap-2">
          @if (inApp()) {
            <a class="btn-primary" routerLink="/app">Go to your home page</a>
            <a class="btn-secondary" routerLink="/app/tests">All tests</a>
            <a class="btn-secondary" routerLink="/app/reef-review">Reef Review</a>
          } @else {
            <a class="btn-primary" routerLink="/">Go to the start page</a>
            <a class="btn-secondary" routerLink="/sign-in">Sign in</a>
          }
        </div>
      </section>
    </div>
  `,
})
export class NotFoundPage {
  /** Set by the route inside the app shell. */
  readonly inApp = input(false);
  protected readonly address = inject(Router).url;
}
