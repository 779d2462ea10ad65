import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { BillingPanel } from '../../billing/components/billing-panel';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { ProfileService } from '../../../core/profile/profile.service';
import { DisplayNameForm } from '../components/display-name-form';
import { PlanLimits } from '../components/plan-limits';
import { PlanSummary } from '../components/plan-summary';
import { TankList } from '../components/tank-list';
import { AlertSettings } from '../components/alert-settings';
import { YourData } from '../components/your-data';
import { ThemeSwitch } from '../components/theme-switch';
import { EmailChangeForm } from '../components/email-change-form';
import { PasswordChangeForm } from '../components/password-change-form';

/** The keeper's account: name, plan and what it allows, and the tanks. */
@Component({
  selector: 'ram-profile-page',
  imports: [
    LoadStateFrame,
    DisplayNameForm,
    PlanSummary,
    PlanLimits,
    TankList,
    BillingPanel,
    AlertSettings,
    YourData,
    ThemeSwitch,
    EmailChangeForm,
    PasswordChangeForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Profile</h1>
    <ram-load-state-frame
      class="mt-6"
      [state]="profile.profile()"
      loadingLabel="Loading your profile…"
      failedHeading="Your profile could not be loaded"
      (retry)="profile.load()"
    >
      @if (profile.loaded(); as loaded) {
        <div class="space-y-6">
          <section class="card" aria-labelledby="account-heading">
            <h2 id="account-heading" class="mb-4 text-lg font-semibold text-reef-900">Account</h2>
            <ram-display-name-form class="mb-6" [displayName]="loaded.user.displayName" />
            <ram-plan-summary [user]="loaded.user" />
          </section>
          <section class="card" aria-labelledby="sign-in-heading">
            <h2 id="sign-in-heading" class="mb-4 text-lg font-semibold text-reef-900">Sign-in</h2>
            <ram-email-change-form class="mb-6" [email]="loaded.user.email" />
            <ram-password-change-form />
          </section>
          <section class="card" aria-labelledby="appearance-heading">
            <h2 id="appearance-heading" class="mb-4 text-lg font-semibold text-reef-900">
              Appearance
            </h2>
            <ram-theme-switch />
          </section>
          <section id="billing" class="card scroll-mt-24" aria-labelledby="billing-heading">
            <h2 id="billing-heading" class="mb-4 text-lg font-semibold text-reef-900">
              Plan &amp; billing
            </h2>
            <ram-billing-panel [profile]="loaded" [returning]="checkout()" />
          </section>
          <section class="card" aria-labelledby="plan-heading">
            <h2 id="plan-heading" class="mb-4 text-lg font-semibold text-reef-900">
              Plan &amp; limits
            </h2>
            <ram-plan-limits [entitlements]="loaded.entitlements" />
          </section>
          <section class="card" aria-labelledby="tanks-heading">
            <h2 id="tanks-heading" class="mb-4 text-lg font-semibold text-reef-900">Tanks</h2>
            <ram-tank-list [tanks]="loaded.tanks" />
          </section>
          <section class="card" aria-labelledby="alerts-heading">
            <h2 id="alerts-heading" class="mb-4 text-lg font-semibold text-reef-900">
              Alert mails
            </h2>
            <ram-alert-settings [tanks]="loaded.tanks" />
          </section>
          <section class="card" aria-labelledby="data-heading">
            <h2 id="data-heading" class="mb-4 text-lg font-semibold text-reef-900">Your data</h2>
            <ram-your-data [email]="loaded.user.email" />
          </section>
        </div>
      }
    </ram-load-state-frame>
  `,
})
export class ProfilePage {
  /** `?checkout=success|canceled` when Stripe sends the keeper back. */
  readonly checkout = input<string>();
  protected readonly profile = inject(ProfileService);

  constructor() {
    // The shell loaded the profile at sign-in; the plan's limits may have moved since.
    this.profile.refresh();
  }
}
