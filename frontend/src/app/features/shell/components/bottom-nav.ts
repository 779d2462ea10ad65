import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  output,
  signal,
} from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

interface QuickItem {
  readonly label: string;
  /** A page; Log and More open a menu instead. */
  readonly path?: string;
  readonly exact?: boolean;
  /** An SVG path on a 24-unit grid. */
  readonly icon: string;
}

const HOME: QuickItem = {
  path: '/app',
  label: 'Home',
  exact: true,
  icon: 'M12 3 3 10.5V21h6.5v-6h5v6H21V10.5L12 3Z',
};
const TESTS: QuickItem = {
  path: '/app/tests',
  label: 'Tests',
  exact: false,
  icon: 'M9 3h6v2h-1v5.3l5.4 8.6A2 2 0 0 1 17.7 22H6.3a2 2 0 0 1-1.7-3.1L10 10.3V5H9V3Zm3 9.2L8.4 18h7.2L12 12.2Z',
};
const REVIEWS: QuickItem = {
  path: '/app/reef-review',
  label: 'Reviews',
  exact: false,
  icon: 'M4 4h16v12H7.2L4 19.2V4Zm4 4v2h8V8H8Zm0 4v2h5v-2H8Z',
};
const LOG: QuickItem = { label: 'Log', icon: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6V5Z' };
const MORE: QuickItem = { label: 'More', icon: 'M4 6h16v2H4V6Zm0 5h16v2H4v-2Zm0 5h16v2H4v-2Z' };

/**
 * The phone's bar along the bottom of the screen: Home, Tests, Log (a test or doses), Reviews and
 * More (the whole navigation). Every target is at least 56 px tall; wide screens have the rail.
 */
@Component({
  selector: 'ram-bottom-nav',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'block lg:hidden',
    '(document:click)': 'closeIfOutside($event)',
    '(keydown.escape)': 'logOpen.set(false)',
  },
  template: `
    <nav
      aria-label="Quick"
      class="fixed inset-x-0 bottom-0 z-20 border-t border-reef-200 bg-white pb-[env(safe-area-inset-bottom)] shadow-[0_-2px_8px_rgb(0_0_0/0.06)]"
    >
      @if (logOpen()) {
        <div
          id="quick-log-menu"
          class="absolute inset-x-3 bottom-full mb-2 rounded-xl border border-reef-200 bg-white p-2 shadow-lg"
        >
          <a
            routerLink="/app/tests/manual/new"
            class="flex min-h-12 items-center rounded-lg px-3 font-medium text-reef-900 hover:bg-reef-50"
            (click)="logOpen.set(false)"
            >Log a manual test</a
          >
          <a
            routerLink="/app/doses"
            fragment="log-doses"
            class="flex min-h-12 items-center rounded-lg px-3 font-medium text-reef-900 hover:bg-reef-50"
            (click)="logOpen.set(false)"
            >Log doses</a
          >
        </div>
      }
      <ul class="grid grid-cols-5">
        @for (item of items; track item.label) {
          <li>
            @if (item.path; as path) {
              <a
                [routerLink]="path"
                routerLinkActive="text-lagoon-700"
                ariaCurrentWhenActive="page"
                [routerLinkActiveOptions]="{ exact: item.exact ?? false }"
                class="flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium text-reef-700"
              >
                <svg viewBox="0 0 24 24" class="size-6 fill-current" aria-hidden="true">
                  <path [attr.d]="item.icon" />
                </svg>
                {{ item.label }}
              </a>
            } @else if (item.label === 'Log') {
              <button
                type="button"
                class="flex min-h-14 w-full flex-col items-center justify-center gap-0.5 text-xs font-medium text-reef-700"
                aria-controls="quick-log-menu"
                [attr.aria-expanded]="logOpen()"
                data-testid="quick-log"
                (click)="logOpen.set(!logOpen())"
              >
                <span
                  class="flex size-6 items-center justify-center rounded-full bg-lagoon-600 text-white"
                >
                  <svg viewBox="0 0 24 24" class="size-5 fill-current" aria-hidden="true">
                    <path [attr.d]="item.icon" />
                  </svg>
                </span>
                Log
              </button>
            } @else {
              <button
                type="button"
                class="flex min-h-14 w-full flex-col items-center justify-center gap-0.5 text-xs font-medium text-reef-700"
                data-testid="quick-more"
                (click)="logOpen.set(false); moreRequested.emit()"
              >
                <svg viewBox="0 0 24 24" class="size-6 fill-current" aria-hidden="true">
                  <path [attr.d]="item.icon" />
                </svg>
                More
              </button>
            }
          </li>
        }
      </ul>
    </nav>
  `,
})
export class BottomNav {
  /** More: the shell opens the whole navigation. */
  readonly moreRequested = output();

  protected readonly items = [HOME, TESTS, LOG, REVIEWS, MORE];
  protected readonly logOpen = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected closeIfOutside(event: Event): void {
    if (this.logOpen() && !this.host.nativeElement.contains(event.target as Node))
      this.logOpen.set(false);
  }
}
