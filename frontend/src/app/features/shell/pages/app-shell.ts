import { OfflineBanner } from '../components/offline-banner';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { AuthSession } from '../../../core/identity/auth-session';
import { ProfileService } from '../../../core/profile/profile.service';
import { focusAfterRender } from '../../../shared/ui/focus';
import { WebSocketManager } from '../../realtime/services/web-socket-manager';
import { UploadDialogService } from '../../upload/services/upload-dialog.service';
import { IcpUploadDialog } from '../../upload/components/icp-upload-dialog';
import { BillingBanner } from '../../billing/components/billing-banner';
import { ErrorBanner } from '../components/error-banner';
import { RightDrawer } from '../components/right-drawer';
import { BottomNav } from '../components/bottom-nav';
import { SideRail } from '../components/side-rail';
import { TopHeader } from '../components/top-header';
import { DrawerService } from '../services/drawer.service';

/** The signed-in frame around every app page: side rail, header, error banner, drawer. */
@Component({
  selector: 'ram-app-shell',
  imports: [
    RouterOutlet,
    SideRail,
    TopHeader,
    ErrorBanner,
    BillingBanner,
    RightDrawer,
    IcpUploadDialog,
    OfflineBanner,
    BottomNav,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block min-h-dvh', '(keydown.escape)': 'closeNav()' },
  template: `
    <a
      href="#main"
      class="sr-only rounded-lg bg-white px-4 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >Skip to main content</a
    >
    <div class="flex min-h-dvh">
      @if (navOpen()) {
        <button
          type="button"
          class="theme-night fixed inset-0 z-30 bg-reef-950/50 lg:hidden"
          aria-label="Close navigation"
          (click)="closeNav()"
        ></button>
      }
      <ram-side-rail
        id="side-rail"
        class="fixed inset-y-0 left-0 z-40 w-72 lg:static lg:z-auto lg:shrink-0"
        [class.max-lg:hidden]="!navOpen()"
        (closeRequested)="closeNav()"
      />
      <div class="flex min-w-0 flex-1 flex-col">
        <div class="sticky top-0 z-20">
          <ram-top-header
            [email]="email()"
            [displayName]="displayName()"
            [connection]="realtime.status()"
            [navOpen]="navOpen()"
            (menuToggled)="navOpen() ? closeNav() : openNav()"
            (signOutRequested)="signOut()"
          />
          <ram-offline-banner />
          @if (banner.current(); as problem) {
            <ram-error-banner [problem]="problem" (dismissed)="banner.dismiss()" />
          }
          <ram-billing-banner />
        </div>
        <main
          id="main"
          tabindex="-1"
          class="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-24 sm:px-6 lg:py-8"
        >
          <router-outlet />
        </main>
        <ram-bottom-nav (moreRequested)="openNav()" />
      </div>
      @if (drawer.content(); as content) {
        <ram-right-drawer [content]="content" (closed)="drawer.close()" />
      }
      @if (uploadDialog.isOpen()) {
        <!-- The upload flow loads the first time the dialog opens, not with the shell. -->
        @defer (on immediate) {
          <ram-icp-upload-dialog (closed)="uploadDialog.close()" />
        }
      }
    </div>
  `,
})
export class AppShell {
  protected readonly banner = inject(ErrorBannerService);
  protected readonly drawer = inject(DrawerService);
  protected readonly realtime = inject(WebSocketManager);
  protected readonly uploadDialog = inject(UploadDialogService);
  private readonly session = inject(AuthSession);
  private readonly profile = inject(ProfileService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly navOpen = signal(false);
  protected readonly email = computed(() => this.session.email() ?? '');
  protected readonly displayName = this.profile.displayName;

  constructor() {
    this.profile.load();
    this.realtime.start();
    inject(DestroyRef).onDestroy(() => this.realtime.stop());
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.navOpen.set(false));
  }

  /** Opens the rail over the page on small screens and moves focus into it. */
  protected openNav(): void {
    this.navOpen.set(true);
    focusAfterRender(this.injector, 'nav-close');
  }

  /** Closes the rail and gives focus back to the menu button that opened it. */
  protected closeNav(): void {
    if (!this.navOpen()) return;
    this.navOpen.set(false);
    focusAfterRender(this.injector, 'nav-toggle');
  }

  protected signOut(): void {
    this.session.signOut();
    this.banner.dismiss();
    this.drawer.close();
    this.uploadDialog.close();
    void this.router.navigate(['/sign-in']);
  }
}
