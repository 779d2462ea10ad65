import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { InstallableApp } from '../../../core/offline/installable-app';

/** Says when the device is offline, and offers a newer version of the app when one is ready. */
@Component({
  selector: 'ram-offline-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!app.online()) {
      <div
        role="status"
        class="bg-amber-100 px-4 py-2 text-sm text-amber-900"
        data-testid="offline-banner"
      >
        You are offline{{ savedAt() ? '; showing results saved ' + savedAt() : '' }}. Results you
        have already seen stay readable; saving and uploading need the network.
      </div>
    }
    @if (app.updateAvailable()) {
      <div
        role="status"
        class="flex items-center justify-between gap-3 bg-lagoon-100 px-4 py-2 text-sm text-reef-900"
        data-testid="update-banner"
      >
        <span>A new version of Reef-A-Matic is ready.</span>
        <button type="button" class="btn-secondary min-h-9 py-1" (click)="app.reload()">
          Reload
        </button>
      </div>
    }
  `,
})
export class OfflineBanner {
  protected readonly app = inject(InstallableApp);
  protected readonly savedAt = computed(() => {
    const at = this.app.copySavedAt();
    const date = at ? new Date(at) : null;
    return date && !Number.isNaN(date.getTime())
      ? date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
      : null;
  });
}
