import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConnectionStatus } from '../../realtime/services/web-socket-manager';
import { RamLogo } from '../../../shared/ui/ram-logo';
import { ConnectionStatusDot } from './connection-status-dot';

/** The top bar: navigation toggle on small screens, live-update status and the profile menu. */
@Component({
  selector: 'ram-top-header',
  imports: [RouterLink, RamLogo, ConnectionStatusDot],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'block border-b border-reef-100 bg-white',
    '(document:click)': 'closeMenuOnOutsideClick($event)',
    '(keydown.escape)': 'menuOpen.set(false)',
  },
  template: `
    <div class="flex h-14 items-center gap-3 px-4 sm:px-6">
      <button
        type="button"
        id="nav-toggle"
        class="-ml-2 rounded-lg p-2 text-reef-800 hover:bg-reef-100 lg:hidden"
        aria-controls="side-rail"
        [attr.aria-expanded]="navOpen()"
        (click)="menuToggled.emit()"
      >
        <span class="sr-only">{{ navOpen() ? 'Close navigation' : 'Open navigation' }}</span>
        <svg viewBox="0 0 20 20" class="size-5 fill-current" aria-hidden="true">
          <path d="M2 4h16v2H2V4Zm0 5h16v2H2V9Zm0 5h16v2H2v-2Z" />
        </svg>
      </button>
      <a routerLink="/app" class="rounded-lg lg:hidden"
        ><ram-logo [compact]="true" /><span class="sr-only">Home</span></a
      >
      <div class="flex-1"></div>
      <!-- On large screens the rail, always in view, carries the labelled status. -->
      <ram-connection-status-dot
        class="p-2 text-reef-700 lg:hidden"
        [status]="connection()"
        [showLabel]="false"
      />
      <div class="relative">
        <button
          type="button"
          class="flex size-10 items-center justify-center rounded-full bg-lagoon-700 text-sm font-semibold text-white hover:bg-lagoon-800"
          aria-controls="profile-menu"
          [attr.aria-expanded]="menuOpen()"
          (click)="menuOpen.set(!menuOpen())"
        >
          <span aria-hidden="true">{{ initials() }}</span>
          <span class="sr-only">Account menu for {{ email() }}</span>
        </button>
        @if (menuOpen()) {
          <div
            id="profile-menu"
            class="absolute right-0 z-50 mt-2 w-64 rounded-xl border border-reef-100 bg-white p-2 shadow-lg"
          >
            <p class="truncate px-3 py-2 text-sm text-reef-700">{{ email() }}</p>
            <a
              routerLink="/app/profile"
              class="flex min-h-11 items-center rounded-lg px-3 text-sm text-reef-900 hover:bg-reef-50"
              (click)="menuOpen.set(false)"
              >Profile</a
            >
            <button
              type="button"
              class="flex min-h-11 w-full items-center rounded-lg px-3 text-left text-sm text-reef-900 hover:bg-reef-50"
              (click)="signOutRequested.emit()"
            >
              Sign out
            </button>
          </div>
        }
      </div>
    </div>
  `,
})
export class TopHeader {
  readonly email = input.required<string>();
  readonly displayName = input<string | null>(null);
  readonly connection = input.required<ConnectionStatus>();
  readonly navOpen = input(false);
  readonly menuToggled = output();
  readonly signOutRequested = output();

  protected readonly menuOpen = signal(false);
  protected readonly initials = computed(() => initialsOf(this.displayName() || this.email()));
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected closeMenuOnOutsideClick(event: MouseEvent): void {
    if (this.menuOpen() && !this.host.nativeElement.contains(event.target as Node))
      this.menuOpen.set(false);
  }
}

/** `Robin Reef` → `RR`, `keeper@example.com` → `K`. */
function initialsOf(name: string): string {
  const words = name
    .split('@')[0]
    .split(/[\s._-]+/)
    .filter(Boolean);
  return (
    words
      .slice(0, 2)
      .map((word) => word[0].toUpperCase())
      .join('') || '?'
  );
}
