import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { readState } from '../../../core/api/api-outcome';
import { LoadState, readyValue } from '../../../shared/load-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { FeedbackItem, FeedbackPage } from '../services/admin.model';
import { signedPct, when } from '../services/admin-format';
import { AdminApi } from '../services/admin-api.service';
import { AdminOverviewStore } from '../services/admin-overview.store';

/** RaM Feedback: how keepers changed RaM's drafts before activating them, and what the next ICP said. */
@Component({
  selector: 'ram-admin-feedback-tab',
  imports: [LoadStateFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (summary(); as s) {
      <section class="card" aria-labelledby="drift-heading">
        <h2 id="drift-heading" class="text-lg font-semibold">Suggestion vs activated</h2>
        <p class="text-sm text-reef-600">
          {{ s.drafts }} activated drafts: {{ s.activatedAsSuggested }} as suggested,
          {{ s.edited }} edited, {{ s.largeEdits }} large edits. Mean change of weekly exposure
          {{ pct(s.meanAbsExposureChangePct) }}, of the amount per dose
          {{ pct(s.meanAbsAmountChangePct) }}; days changed on {{ s.daysChanged }} elements. Last 7
          days {{ s.recency.last7d.drafts }}, last 30 days {{ s.recency.last30d.drafts }}, older
          {{ s.recency.older.drafts }}.
        </p>
        <div class="mt-3 overflow-x-auto">
          <table class="w-full min-w-[30rem] text-left text-sm" id="drift-by-element">
            <thead class="text-reef-600">
              <tr>
                <th class="py-2 pr-3 font-medium">Element</th>
                <th class="py-2 pr-3 font-medium">Drafts</th>
                <th class="py-2 pr-3 font-medium">Edited</th>
                <th class="py-2 pr-3 font-medium">Mean drift</th>
                <th class="py-2 font-medium">Large edits</th>
              </tr>
            </thead>
            <tbody class="divide-y divide-reef-100">
              @for (e of s.byElement; track e.elementId) {
                <tr [class.bg-coral-50]="e.largeEdits > 0">
                  <td class="py-2 pr-3">{{ e.elementId }}</td>
                  <td class="py-2 pr-3">{{ e.drafts }}</td>
                  <td class="py-2 pr-3">{{ e.edited }}</td>
                  <td class="py-2 pr-3">{{ pct(e.meanExposureChangePct) }}</td>
                  <td class="py-2">{{ e.largeEdits }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="5" class="py-3 text-reef-600">No draft has been activated yet.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }

    <section class="card mt-4" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading" class="text-lg font-semibold">Activated drafts</h2>
      <ram-load-state-frame
        [state]="state()"
        loadingLabel="Reading feedback…"
        failedHeading="Feedback could not be loaded."
        (retry)="load()"
      >
        @if (page(); as p) {
          <p class="text-sm text-reef-600" id="outcome-summary">
            {{ p.outcomes.followedUp }} with a follow-up ICP: {{ p.outcomes.improved }} closer to
            target, {{ p.outcomes.worsened }} further; average improvement
            {{ pct(p.outcomes.averageImprovementPct) }} after
            {{ p.outcomes.averageElapsedDays ?? '—' }} days.
          </p>
        }
        <ul class="mt-3 space-y-3" id="feedback-list">
          @for (item of items(); track item.feedbackId) {
            <li
              class="rounded-xl border p-3"
              [class]="item.largeEdits > 0 ? 'border-coral-300 bg-coral-50' : 'border-reef-100'"
              [attr.data-program]="item.programId"
            >
              <p class="text-sm text-reef-700">
                Activated {{ at(item.activatedAt) }} · keeper
                <span class="font-mono text-xs">{{ item.userId }}</span>
                @if (item.largeEdits > 0) {
                  ·
                  <strong class="text-coral-800"
                    >{{ item.largeEdits }} large edit{{ item.largeEdits === 1 ? '' : 's' }}</strong
                  >
                }
              </p>
              <ul class="mt-2 text-sm">
                @for (d of item.drift; track d.elementId) {
                  <li [class.font-semibold]="d.large">
                    {{ d.elementId }}: {{ d.kind }} — {{ d.suggestedAmount ?? '—' }} ×
                    {{ d.suggestedDays }} days → {{ d.activatedAmount ?? '—' }} ×
                    {{ d.activatedDays }} days (weekly {{ pct(d.weeklyExposureChangePct) }})
                  </li>
                }
              </ul>
              @if (item.outcome; as o) {
                <p class="mt-2 text-sm text-reef-800">
                  Next ICP {{ o.nextTestDate }} ({{ o.elapsedDays }} days later): average
                  improvement {{ pct(o.averageImprovementPct) }}
                </p>
                <ul class="text-sm text-reef-700">
                  @for (e of o.elements; track e.elementId) {
                    <li>
                      {{ e.elementId }}: {{ e.before }} → {{ e.after }} {{ e.unit }} (target
                      {{ e.target }}; off by {{ e.distanceBeforePct }}% → {{ e.distanceAfterPct }}%)
                    </li>
                  }
                </ul>
              } @else {
                <p class="mt-2 text-sm text-reef-600">No ICP test since activation.</p>
              }
            </li>
          } @empty {
            <li class="text-sm text-reef-600">No draft has been activated yet.</li>
          }
        </ul>
        @if (cursor()) {
          <button type="button" class="btn-secondary mt-3" (click)="more()">
            Show older drafts
          </button>
        }
      </ram-load-state-frame>
    </section>
  `,
})
export class FeedbackTab {
  private readonly api = inject(AdminApi);
  private readonly overview = inject(AdminOverviewStore);
  protected readonly summary = computed(
    () => readyValue(this.overview.overview())?.feedback ?? null,
  );
  protected readonly state = signal<LoadState<FeedbackPage>>({ status: 'loading' });
  protected readonly page = computed(() => readyValue(this.state()));
  private readonly older = signal<readonly FeedbackItem[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly items = computed(() => [...(this.page()?.items ?? []), ...this.older()]);
  protected readonly pct = signedPct;
  protected readonly at = when;

  constructor() {
    this.load();
  }

  load(): void {
    this.older.set([]);
    readState(this.api.feedback(), 'Feedback could not be loaded.').subscribe((s) => {
      this.state.set(s);
      this.cursor.set(readyValue(s)?.cursor ?? null);
    });
  }

  more(): void {
    const cursor = this.cursor();
    if (!cursor) return;
    this.api.feedback(cursor).subscribe({
      next: (p) => {
        this.older.update((rows) => [...rows, ...p.items]);
        this.cursor.set(p.cursor);
      },
      error: () => undefined,
    });
  }
}
