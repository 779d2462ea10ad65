import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { planLabel } from '../../../shared/plans/plan-catalogue';
import { UserProfile } from '../services/profile.model';

/** The keeper's account: email, plan, the access it gives today, and when a trial ends. */
@Component({
  selector: 'ram-plan-summary',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <dl class="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      <div>
        <dt class="text-reef-600">Email</dt>
        <dd class="font-medium break-all text-reef-900">{{ user().email }}</dd>
      </div>
      <div>
        <dt class="text-reef-600">Member since</dt>
        <dd class="font-medium text-reef-900">{{ user().createdAt | date: 'mediumDate' }}</dd>
      </div>
      <div>
        <dt class="text-reef-600">Plan</dt>
        <dd class="font-medium text-reef-900" data-testid="plan">{{ plan() }}</dd>
      </div>
      @if (access(); as access) {
        <div>
          <dt class="text-reef-600">Access today</dt>
          <dd class="font-medium text-reef-900" data-testid="access-tier">{{ access }}</dd>
        </div>
      }
      @if (user().plan === 'TRIAL' && user().trialEndsAt) {
        <div>
          <dt class="text-reef-600">Trial ends</dt>
          <dd class="font-medium text-reef-900" data-testid="trial-ends">
            {{ user().trialEndsAt | date: 'mediumDate' }}
          </dd>
        </div>
      }
    </dl>
    <p class="mt-4 text-sm text-reef-600">
      Billing and plan changes will be available here in a later release.
    </p>
  `,
})
export class PlanSummary {
  readonly user = input.required<UserProfile['user']>();
  protected readonly plan = computed(() => planLabel(this.user().plan));
  protected readonly access = computed(() => {
    const tier = this.user().accessTier;
    return tier ? planLabel(tier) : null;
  });
}
