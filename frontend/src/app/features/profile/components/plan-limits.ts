import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { CLOCK } from '../../../core/identity/clock';
import { Entitlements } from '../../../core/profile/profile.model';
import { allowanceLines, planStanding } from '../services/entitlement-text';

/** What the plan gives today, each allowance in words, and why anything is closed. */
@Component({
  selector: 'ram-plan-limits',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <div
      class="rounded-xl p-4"
      [class]="standing().needsAction ? 'bg-coral-50 text-coral-900' : 'bg-lagoon-50 text-reef-900'"
      data-testid="plan-standing"
    >
      <p class="font-semibold">{{ standing().title }}</p>
      <p class="mt-1 text-sm">{{ standing().detail }}</p>
    </div>
    <ul class="mt-4 divide-y divide-reef-100" aria-label="What your plan includes">
      @for (line of lines(); track line.id) {
        <li class="flex items-start gap-3 py-3" [attr.data-testid]="'allowance-' + line.id">
          @if (line.allowed) {
            <svg
              viewBox="0 0 20 20"
              class="mt-0.5 size-5 shrink-0 fill-lagoon-600"
              aria-hidden="true"
            >
              <path d="M8.3 13.6 4.7 10l-1.4 1.4 5 5 9-9-1.4-1.4-7.6 7.6Z" />
            </svg>
          } @else {
            <svg
              viewBox="0 0 20 20"
              class="mt-0.5 size-5 shrink-0 fill-reef-400"
              aria-hidden="true"
            >
              <path
                d="M6 8V6a4 4 0 1 1 8 0v2h1a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1h1Zm2 0h4V6a2 2 0 1 0-4 0v2Z"
              />
            </svg>
          }
          <div class="min-w-0 flex-1 text-sm sm:flex sm:gap-4">
            <p class="font-medium text-reef-900 sm:w-44 sm:shrink-0">{{ line.label }}</p>
            <p [class]="line.allowed ? 'text-reef-700' : 'text-coral-800'">
              <span class="sr-only">{{ line.allowed ? 'Available: ' : 'Not available: ' }}</span>{{
                line.text
              }}
            </p>
          </div>
        </li>
      }
    </ul>
    <p class="mt-2 text-sm text-reef-600">
      Change plan, interval or card under Plan &amp; billing above.
    </p>
  `,
})
export class PlanLimits {
  readonly entitlements = input.required<Entitlements>();
  private readonly now = inject(CLOCK);

  protected readonly standing = computed(() => planStanding(this.entitlements(), this.now()));
  protected readonly lines = computed(() => allowanceLines(this.entitlements()));
}
