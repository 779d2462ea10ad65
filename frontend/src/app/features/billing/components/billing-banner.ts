import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProfileService } from '../../../core/profile/profile.service';
import { billingBanner } from '../services/billing-text';

/** The strip under the header when a payment failed or access lapsed, with the way back. */
@Component({
  selector: 'ram-billing-banner',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as text) {
      <div
        class="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 sm:px-6"
        role="status"
        data-testid="billing-banner"
      >
        <p class="min-w-0 flex-1">{{ text }}</p>
        <a routerLink="/app/profile" fragment="billing" class="font-semibold underline"
          >Plan &amp; billing</a
        >
      </div>
    }
  `,
})
export class BillingBanner {
  private readonly profile = inject(ProfileService);
  protected readonly message = computed(() => {
    const loaded = this.profile.loaded();
    return loaded ? billingBanner(loaded.entitlements, loaded.billing) : null;
  });
}
