import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { readState } from '../../../core/api/api-outcome';
import { LoadState, readyValue } from '../../../shared/load-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { Notice } from '../../../shared/ui/notice';
import { Bar, BarList } from '../components/bar-list';
import { CostLine, CostPeriodAnswer, Costs, PdfCost } from '../services/admin.model';
import { usd, when } from '../services/admin-format';
import { AdminApi } from '../services/admin-api.service';

const RESOURCE_LABELS: Record<string, string> = {
  LAMBDA_GB_SECONDS: 'Lambda GB-s',
  S3_STORAGE_GB_MONTH: 'S3 GB-month',
  BEDROCK_INPUT_TOKENS: 'Bedrock input tokens',
  BEDROCK_OUTPUT_TOKENS: 'Bedrock output tokens',
  SQS_REQUESTS: 'SQS requests',
};

const bars = (lines: readonly CostLine[]): Bar[] =>
  lines.map((l) => ({ label: l.key, value: l.usd, text: usd(l.usd) }));

/** Usage & Costs: AWS spend by service and by module (Cost Explorer) beside the cost of each ICP report. */
@Component({
  selector: 'ram-admin-costs-tab',
  imports: [LoadStateFrame, Notice, BarList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-load-state-frame
      [state]="state()"
      loadingLabel="Reading costs…"
      failedHeading="Costs could not be loaded."
      (retry)="load()"
    >
      @if (costs(); as c) {
        <div class="grid gap-4 lg:grid-cols-2">
          @for (period of c.periods; track $index) {
            <section class="card" [attr.aria-label]="periodTitle(period, $index)">
              <h2 class="text-lg font-semibold">{{ periodTitle(period, $index) }}</h2>
              @if (period.available) {
                <p class="text-sm text-reef-600">
                  {{ money(period.actuals.totalUsd) }} in {{ c.environment }}
                  @if (period.cachedAt) {
                    · as of {{ at(period.cachedAt) }}
                  }
                </p>
                <ram-bar-list
                  class="mt-3"
                  heading="By service"
                  [bars]="lines(period.actuals.byService)"
                />
                <ram-bar-list
                  class="mt-4"
                  heading="By module"
                  [bars]="lines(period.actuals.byModule)"
                />
              } @else {
                <p
                  class="mt-2 rounded-lg bg-reef-50 p-3 text-sm text-reef-700"
                  data-cost-unavailable
                >
                  {{ period.reason }}.
                </p>
              }
            </section>
          }
        </div>

        <section class="card mt-4" aria-labelledby="pdf-costs-heading">
          <h2 id="pdf-costs-heading" class="text-lg font-semibold">Cost per ICP report</h2>
          <p class="text-sm text-reef-600">
            {{ c.pdfs.items.length }} report{{ c.pdfs.items.length === 1 ? '' : 's' }} from
            {{ c.pdfs.from }} to {{ c.pdfs.to }}, {{ money(c.pdfs.totalUsd) }} together, at list
            prices from metered usage.
          </p>
          <form
            class="mt-3 flex flex-col gap-2 sm:flex-row"
            (submit)="$event.preventDefault(); lookUp(testInput.value)"
          >
            <label class="sr-only" for="pdf-test-id">Test id of a report</label>
            <input
              #testInput
              id="pdf-test-id"
              class="field-input mt-0 sm:w-96"
              placeholder="Test id of an older report"
            />
            <button type="submit" class="btn-secondary" id="pdf-lookup">Look up</button>
          </form>
          @if (lookupProblem(); as problem) {
            <ram-notice
              class="mt-2"
              tone="problem"
              noticeId="pdf-lookup-problem"
              [text]="problem"
            />
          }
          <div class="mt-3 overflow-x-auto">
            <table class="w-full min-w-[36rem] text-left text-sm" id="pdf-costs">
              <thead class="text-reef-600">
                <tr>
                  <th class="py-2 pr-3 font-medium">Report (test id)</th>
                  <th class="py-2 pr-3 font-medium">When</th>
                  <th class="py-2 pr-3 font-medium">Split</th>
                  <th class="py-2 text-right font-medium">Total</th>
                </tr>
              </thead>
              <tbody class="divide-y divide-reef-100">
                @for (pdf of pdfRows(); track pdf.correlationId) {
                  <tr [attr.data-test-id]="pdf.correlationId">
                    <td class="py-2 pr-3 font-mono text-xs break-all">
                      {{ pdf.correlationId }}
                      @if (pdf.basis === 'ESTIMATED') {
                        <span class="ml-1 rounded bg-coral-50 px-1 font-sans text-reef-700"
                          >estimate</span
                        >
                      }
                    </td>
                    <td class="py-2 pr-3">{{ at(pdf.at) }}</td>
                    <td class="py-2 pr-3">
                      @for (r of pdf.resources; track r.resourceType) {
                        <span class="block"
                          >{{ label(r.resourceType) }}: {{ r.quantity }} → {{ money(r.usd) }}</span
                        >
                      }
                    </td>
                    <td class="py-2 text-right font-medium tabular-nums">
                      {{ money(pdf.totalUsd) }}
                    </td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="4" class="py-3 text-reef-600">
                      No ICP report was processed in this period.
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
    </ram-load-state-frame>
  `,
})
export class CostsTab {
  private readonly api = inject(AdminApi);
  protected readonly state = signal<LoadState<Costs>>({ status: 'loading' });
  protected readonly costs = computed(() => readyValue(this.state()));
  private readonly looked = signal<readonly PdfCost[]>([]);
  protected readonly lookupProblem = signal<string | null>(null);
  protected readonly pdfRows = computed(() => [
    ...this.looked(),
    ...(this.costs()?.pdfs.items ?? []).filter(
      (p) => !this.looked().some((l) => l.correlationId === p.correlationId),
    ),
  ]);
  protected readonly money = usd;
  protected readonly at = when;
  protected readonly lines = bars;

  constructor() {
    this.load();
  }

  load(): void {
    readState(this.api.costs(), 'Costs could not be loaded.').subscribe((s) => this.state.set(s));
  }

  protected periodTitle(period: CostPeriodAnswer, index: number): string {
    const name =
      index === 0 && (this.costs()?.periods.length ?? 0) > 1 ? 'Last month' : 'Month to date';
    return period.available
      ? `${name} (${period.actuals.period.from} – ${period.actuals.period.to})`
      : name;
  }

  protected label(resource: string): string {
    return RESOURCE_LABELS[resource] ?? resource;
  }

  protected async lookUp(testId: string): Promise<void> {
    this.lookupProblem.set(null);
    if (!testId.trim()) return this.lookupProblem.set('Enter the test id of a report.');
    const outcome = await this.api.pdfCost(testId.trim());
    if (!outcome.ok)
      return this.lookupProblem.set(outcome.message ?? 'The report could not be looked up.');
    this.looked.update((rows) => [
      outcome.value.pdf,
      ...rows.filter((r) => r.correlationId !== outcome.value.pdf.correlationId),
    ]);
  }
}
