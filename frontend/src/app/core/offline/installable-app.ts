import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { AuthSession } from '../identity/auth-session';

const PROBE_INTERVAL_MS = 5000;

/**
 * The installed app's state: online or not, whether a newer version is ready, and the service
 * worker that keeps the shell and the last-seen results (public/sw.js). The browser's own online
 * flag only says a network is attached, so RaM also counts itself offline when a call cannot reach
 * it or is answered from a saved copy, and probes until it is back. Signing out drops the saved
 * results, so the next keeper on this device never sees them.
 */
@Injectable({ providedIn: 'root' })
export class InstallableApp {
  private readonly document = inject(DOCUMENT);
  private readonly window = this.document.defaultView;
  private readonly session = inject(AuthSession);
  private readonly browserOnline = signal(this.window?.navigator.onLine ?? true);
  private readonly reachable = signal(true);
  private probe: ReturnType<typeof setInterval> | undefined;

  readonly online = computed(() => this.browserOnline() && this.reachable());
  /** When the results on screen were saved, while they come from the offline copy. */
  readonly copySavedAt = signal<string | null>(null);
  readonly updateAvailable = signal(false);

  constructor() {
    this.window?.addEventListener('online', () => {
      this.browserOnline.set(true);
      void this.checkReachable();
    });
    this.window?.addEventListener('offline', () => this.browserOnline.set(false));
    effect(() => {
      if (!this.session.isSignedIn())
        this.worker()?.controller?.postMessage({ type: 'CLEAR_DATA' });
    });
  }

  /** Registers the service worker once the app has started (secure contexts only: https or localhost). */
  register(): void {
    const worker = this.worker();
    if (!worker) return;
    worker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === 'UPDATE_AVAILABLE') this.updateAvailable.set(true);
    });
    worker
      .register('/sw.js', { scope: '/' })
      .catch((error: unknown) => console.warn('Service worker not registered', error));
  }

  /** An API answer arrived: from the network, or (with its saved time) from the offline copy. */
  noteAnswer(copySavedAt: string | null): void {
    this.copySavedAt.set(copySavedAt);
    this.setReachable(copySavedAt === null);
  }

  /** A call could not reach RaM at all. */
  noteUnreachable(): void {
    this.setReachable(false);
  }

  /** Loads the newer version the service worker has fetched. */
  reload(): void {
    this.window?.location.reload();
  }

  private setReachable(reachable: boolean): void {
    this.reachable.set(reachable);
    if (reachable) {
      clearInterval(this.probe);
      this.probe = undefined;
      this.copySavedAt.set(null);
    } else this.probe ??= setInterval(() => void this.checkReachable(), PROBE_INTERVAL_MS);
  }

  /** A HEAD request passes the service worker untouched, so it only succeeds over the network. */
  private async checkReachable(): Promise<void> {
    const ok = await fetch('/config.json', { method: 'HEAD', cache: 'no-store' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) this.setReachable(true);
  }

  private worker(): ServiceWorkerContainer | undefined {
    const navigator = this.window?.navigator;
    return navigator && 'serviceWorker' in navigator && this.window?.isSecureContext
      ? navigator.serviceWorker
      : undefined;
  }
}
