import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { readyValue } from '../../../shared/load-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { Bar, BarList } from '../components/bar-list';
import { KeeperRow } from '../services/admin.model';
import { when } from '../services/admin-format';
import { AdminOverviewStore } from '../services/admin-overview.store';

/** Overview: who uses RaM (keepers with their tanks, who is signed in now), usage, errors, feedback. */
@Component({
  selector: 'ram-admin-overview-tab',
  imports: [LoadStateFrame, BarList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-load-state-frame
      [state]="store.overview()"
      loadingLabel="Reading the overview…"
      failedHeading="The overview could not be loaded."
      (retry)="store.load()"
    >
      @if (overview(); as o) {
        <div class="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <div class="card" id="stat-active-7d">
            <p class="text-sm text-reef-600">Active keepers, 7 days</p>
            <p class="text-2xl font-semibold">{{ o.usage.activeKeepers7d }}</p>
          </div>
          <div class="card">
            <p class="text-sm text-reef-600">Active keepers, 30 days</p>
            <p class="text-2xl font-semibold">{{ o.usage.activeKeepers30d }}</p>
          </div>
          <div class="card" id="stat-errors-24h">
            <p class="text-sm text-reef-600">Errors, last 24 h</p>
            <p class="text-2xl font-semibold">{{ o.errors.last24h }}</p>
          </div>
          <div class="card">
            <p class="text-sm text-reef-600">Drafts edited / activated</p>
            <p class="text-2xl font-semibold">{{ o.feedback.edited }} / {{ o.feedback.drafts }}</p>
          </div>
        </div>

        <section class="card mt-4" aria-labelledby="keepers-heading">
          <div class="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
            <div>
              <h2 id="keepers-heading" class="text-lg font-semibold">Keepers</h2>
              <p class="text-sm text-reef-600">
                {{ o.users.liveOnPage }} of those shown signed in now · refreshed
                {{ at(o.generatedAt) }}
              </p>
            </div>
            <form
              class="flex gap-2"
              role="search"
              (submit)="$event.preventDefault(); store.find(query())"
            >
              <label class="sr-only" for="keeper-search">Find a keeper by email or name</label>
              <input
                id="keeper-search"
                class="field-input mt-0 sm:w-64"
                type="search"
                placeholder="Email or name"
                #search
                [value]="query()"
                (input)="query.set(search.value)"
              />
              <button type="submit" class="btn-secondary" id="keeper-search-go">Find</button>
            </form>
          </div>

          @if (keepers().length === 0) {
            <p class="mt-4 text-sm text-reef-600">No keeper matches “{{ store.search() }}”.</p>
          }
          <ul class="mt-4 divide-y divide-reef-100" id="keeper-list">
            @for (keeper of keepers(); track keeper.userId) {
              <li class="py-3" [attr.data-email]="keeper.email">
                <div class="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span
                    class="size-2.5 rounded-full"
                    [class]="keeper.live ? 'bg-lagoon-500' : 'bg-reef-300'"
                    [attr.aria-label]="keeper.live ? 'Signed in now' : 'Not signed in'"
                    role="img"
                    [attr.data-live]="keeper.live"
                  ></span>
                  <span class="font-medium break-all text-reef-900">{{ keeper.email }}</span>
                  <span class="rounded-full bg-reef-100 px-2 py-0.5 text-xs text-reef-800"
                    >{{ keeper.plan }} → {{ keeper.tier }}</span
                  >
                  @if (keeper.billingExempt) {
                    <span class="rounded-full bg-lagoon-50 px-2 py-0.5 text-xs text-lagoon-900"
                      >friend</span
                    >
                  }
                </div>
                <p class="mt-1 text-sm text-reef-600">
                  Joined {{ at(keeper.createdAt) }} · last seen {{ at(keeper.lastSeenAt) }} ·
                  {{ keeper.icpUploadsTotal }} ICP upload{{
                    keeper.icpUploadsTotal === 1 ? '' : 's'
                  }}
                </p>
                <ul
                  class="mt-2 grid gap-2 sm:grid-cols-2"
                  [attr.aria-label]="'Tanks of ' + keeper.email"
                >
                  @for (tank of keeper.tanks; track tank.tankId) {
                    <li class="rounded-lg bg-reef-50 px-3 py-2 text-sm">
                      <span class="font-medium">{{ tank.name }}</span>
                      <span class="text-reef-600">
                        · {{ tank.volumeLitres }} L · {{ tank.dosingMethod }}</span
                      >
                      <span class="block text-reef-700"
                        >{{ tank.tests }} tests · {{ tank.doseDays }} dose days ·
                        {{ tank.programs }} programs</span
                      >
                    </li>
                  }
                </ul>
              </li>
            }
          </ul>
          @if (store.cursor()) {
            <button
              type="button"
              class="btn-secondary mt-3"
              id="keepers-more"
              (click)="store.showMore()"
            >
              Show more keepers
            </button>
          }
        </section>

        <section class="card mt-4 grid gap-6 lg:grid-cols-2" aria-label="Usage">
          <ram-bar-list heading="ICP uploads per day (last 14 days)" [bars]="uploadBars()" />
          <ram-bar-list heading="Manual tests per day (last 14 days)" [bars]="manualBars()" />
          <ram-bar-list heading="Active keepers per week" [bars]="weekBars()" />
          <ram-bar-list
            heading="Recent errors by operation"
            [bars]="errorBars()"
            emptyText="No errors recorded."
          />
        </section>
      }
    </ram-load-state-frame>
  `,
})
export class OverviewTab {
  protected readonly store = inject(AdminOverviewStore);
  protected readonly query = signal(this.store.search());
  protected readonly overview = computed(() => readyValue(this.store.overview()));
  protected readonly keepers = computed<readonly KeeperRow[]>(() => [
    ...(this.overview()?.users.items ?? []),
    ...this.store.extraKeepers(),
  ]);
  protected readonly at = when;

  private readonly recentDays = computed(() => (this.overview()?.usage.days ?? []).slice(-14));
  protected readonly uploadBars = computed<Bar[]>(() =>
    this.recentDays().map((d) => ({ label: d.day, value: d.uploads, text: String(d.uploads) })),
  );
  protected readonly manualBars = computed<Bar[]>(() =>
    this.recentDays().map((d) => ({
      label: d.day,
      value: d.manualTests,
      text: String(d.manualTests),
    })),
  );
  protected readonly weekBars = computed<Bar[]>(() =>
    (this.overview()?.usage.weeks ?? []).map((w) => ({
      label: `Week of ${w.weekOf}`,
      value: w.activeKeepers,
      text: String(w.activeKeepers),
    })),
  );
  protected readonly errorBars = computed<Bar[]>(() =>
    (this.overview()?.errors.byOperation ?? []).map((e) => ({
      label: e.operation,
      value: e.count,
      text: String(e.count),
    })),
  );
}
