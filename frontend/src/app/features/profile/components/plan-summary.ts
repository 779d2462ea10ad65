import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { planLabel } from '../../../shared/plans/plan-catalogue';
import { UserProfile } from '../../../core/profile/profile.model';

/** The keeper's account facts: email, when they joined, and the plan they chose. */
@Component({
  selector: 'ram-plan-summary',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <dl class="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
      <div class="min-w-0">
        <dt class="text-reef-600">Email</dt>
        <dd class="font-medium break-all text-reef-900">{{ user().email }}</dd>
      </div>
      <div>
        <dt class="text-reef-600">Member since</dt>
        <dd class="font-medium text-reef-900">{{ user().createdAt | date: 'd MMM y' }}</dd>
      </div>
      <div>
        <dt class="text-reef-600">Plan chosen</dt>
        <dd class="font-medium text-reef-900" data-testid="plan">{{ plan() }}</dd>
      </div>
    </dl>
  `,
})
export class PlanSummary {
  readonly user = input.required<UserProfile['user']>();
  protected readonly plan = computed(() => planLabel(this.user().plan));
}
