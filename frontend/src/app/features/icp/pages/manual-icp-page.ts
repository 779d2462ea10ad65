import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { LoadState } from '../../../shared/load-state';
import { ICP_LAB_CHOICES, labLabel } from '../../../shared/tanks/tank-options';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { HistoryLists } from '../../history/services/history-lists';
import { ManualIcpPanelRow, ManualIcpRow, readTypedValue } from '../services/manual-icp-entry';
import { ManualIcpService } from '../services/manual-icp.service';

type Panel = { readonly lab: string; readonly elements: readonly ManualIcpPanelRow[] };

/**
 * A lab report typed in by hand, for a report RaM could not read: the form lists the lab's panel
 * (tank water, then RO water) in the units the lab prints, and the saved test is evaluated like an
 * upload. Opened from a failed upload, it replaces that test once saved.
 */
@Component({
  selector: 'ram-manual-icp-page',
  imports: [RouterLink, LoadStateFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <p class="text-sm text-reef-600">ICP test · typed in</p>
      <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Type in a lab report</h1>
      <p class="mt-1 text-reef-700">
        Copy the values from your {{ labName() }} report. Leave a row empty if the report does not
        list it; write n.n. for not detected or &lt; 0,5 for below a limit.
      </p>
    </header>

    <form class="mt-4 space-y-4" (submit)="$event.preventDefault(); save()" novalidate>
      <div class="card grid gap-3 sm:grid-cols-3">
        <div>
          <label for="icp-lab" class="field-label">Lab</label>
          <select
            id="icp-lab"
            class="field-input"
            (change)="chooseLab($event)"
            data-testid="manual-icp-lab"
          >
            @for (choice of labs; track choice.value) {
              <option [value]="choice.value" [selected]="choice.value === currentLab()">
                {{ choice.label }}
              </option>
            }
          </select>
        </div>
        <div>
          <label for="icp-number" class="field-label">Analysis number</label>
          <input
            id="icp-number"
            class="field-input"
            [value]="analysisNumber()"
            (input)="analysisNumber.set(valueOf($event))"
            required
            data-testid="manual-icp-number"
          />
        </div>
        <div>
          <label for="icp-date" class="field-label">Sample date</label>
          <input
            id="icp-date"
            type="date"
            class="field-input"
            [value]="sampleDate()"
            (input)="sampleDate.set(valueOf($event))"
            required
            data-testid="manual-icp-date"
          />
        </div>
      </div>

      <ram-load-state-frame
        [state]="panel()"
        loadingLabel="Loading the lab's panel…"
        failedHeading="The panel could not be loaded"
        (retry)="load()"
      >
        @for (block of blocks(); track block.title) {
          <fieldset class="card mt-4" [attr.data-testid]="'manual-icp-' + block.source">
            <legend class="px-1 font-semibold text-reef-900">{{ block.title }}</legend>
            <div class="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
              @for (row of block.rows; track row.elementId) {
                <div class="flex items-center gap-2">
                  <label [for]="'v-' + row.elementId" class="min-w-0 flex-1 text-reef-800">{{
                    row.name
                  }}</label>
                  <input
                    [id]="'v-' + row.elementId"
                    class="field-input mt-0 w-28 text-right"
                    inputmode="decimal"
                    [attr.data-element]="row.elementId"
                    [value]="typed()[row.elementId] ?? ''"
                    (input)="type(row.elementId, $event)"
                    [attr.aria-invalid]="errors()[row.elementId] ? true : null"
                  />
                  <span class="w-12 text-sm text-reef-600">{{ row.unit }}</span>
                </div>
                @if (errors()[row.elementId]; as message) {
                  <p class="field-error sm:col-span-2">{{ row.name }}: {{ message }}</p>
                }
              }
            </div>
          </fieldset>
        }
      </ram-load-state-frame>

      @if (problem(); as message) {
        <p class="text-coral-800" role="alert" data-testid="manual-icp-problem">{{ message }}</p>
      }
      <div class="flex flex-wrap gap-2">
        <button
          type="submit"
          class="btn-primary"
          [disabled]="saving()"
          data-testid="manual-icp-save"
        >
          {{ saving() ? 'Saving…' : 'Save and evaluate' }}
        </button>
        <a routerLink="/app" class="btn-secondary">Cancel</a>
      </div>
    </form>
  `,
})
export class ManualIcpPage {
  /** Query parameters: the lab to start with, and the failed upload this report replaces. */
  readonly lab = input<string>();
  readonly replaces = input<string>();

  private readonly api = inject(ManualIcpService);
  private readonly router = inject(Router);
  private readonly lists = inject(HistoryLists);
  private readonly selection = inject(TankSelection);

  protected readonly labs = ICP_LAB_CHOICES;
  private readonly picked = signal<string | null>(null);
  protected readonly currentLab = computed(
    () => this.picked() ?? this.lab() ?? this.selection.selectedTank()?.defaultLab ?? 'OCEAMO',
  );
  protected readonly labName = computed(() => labLabel(this.currentLab()));
  protected readonly analysisNumber = signal('');
  protected readonly sampleDate = signal('');
  protected readonly typed = signal<Readonly<Partial<Record<string, string>>>>({});
  protected readonly panel = signal<LoadState<Panel>>({ status: 'loading' });
  protected readonly problem = signal<string | null>(null);
  protected readonly saving = signal(false);

  protected readonly errors = computed(() => {
    const errors: Record<string, string> = {};
    for (const [id, text] of Object.entries(this.typed())) {
      const { error } = readTypedValue(id, text ?? '');
      if (error) errors[id] = error;
    }
    return errors;
  });
  protected readonly blocks = computed(() => {
    const state = this.panel();
    if (state.status !== 'ready') return [];
    const of = (source: 'tank' | 'rodi') => state.value.elements.filter((r) => r.source === source);
    return [
      { title: 'Tank water', source: 'tank', rows: of('tank') },
      { title: 'RO/DI water (optional)', source: 'rodi', rows: of('rodi') },
    ].filter((b) => b.rows.length > 0);
  });

  constructor() {
    effect(() => {
      this.currentLab();
      this.selection.selectedTankId();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    const tankId = this.selection.selectedTankId();
    if (!tankId) return;
    this.panel.set({ status: 'loading' });
    this.api.panel(tankId, this.currentLab()).subscribe({
      next: (value) => this.panel.set({ status: 'ready', value }),
      error: () => this.panel.set({ status: 'failed', message: 'Not loaded' }),
    });
  }

  protected chooseLab(event: Event): void {
    this.picked.set((event.target as HTMLSelectElement).value);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected type(elementId: string, event: Event): void {
    this.typed.update((typed) => ({ ...typed, [elementId]: this.valueOf(event) }));
  }

  protected async save(): Promise<void> {
    const tankId = this.selection.selectedTankId();
    if (!tankId) return;
    const rows = Object.entries(this.typed())
      .map(([id, text]) => readTypedValue(id, text ?? '').row)
      .filter((row): row is ManualIcpRow => row !== undefined);
    const missing = !this.analysisNumber().trim()
      ? 'the analysis number'
      : !this.sampleDate()
        ? 'the sample date'
        : rows.length === 0
          ? 'at least one value'
          : null;
    if (Object.keys(this.errors()).length > 0)
      return this.problem.set('Some values cannot be read: see the marked rows.');
    if (missing) return this.problem.set(`Fill in ${missing} before saving.`);
    this.problem.set(null);
    this.saving.set(true);
    const outcome = await this.api.save(tankId, {
      lab: this.currentLab(),
      analysisNumber: this.analysisNumber().trim(),
      sampleDate: this.sampleDate(),
      ...(this.replaces() ? { replacesTestId: this.replaces() } : {}),
      elements: rows,
    });
    this.saving.set(false);
    if (!outcome.ok)
      return this.problem.set(outcome.message ?? 'The report could not be saved. Try again.');
    this.lists.refresh();
    void this.router.navigate(['/app/tests/icp', outcome.value.testId]);
  }
}
