import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { numberText } from '../../../shared/format';
import { ProgressBar } from '../../../shared/ui/progress-bar';
import { CorrectionLine } from '../services/icp-test.model';
import { ApplyState } from '../services/icp-test.store';

const PROGRESS_WORDS: Record<CorrectionLine['progress']['state'], string> = {
  NOT_STARTED: 'Not applied',
  PARTIAL: 'Partly dosed',
  DONE: 'Dosed',
};

/**
 * The test's corrections: per element a daily dose for some days of one product, with how much of
 * it is already logged. The keeper ticks the ones to apply; they are queued as dose entries.
 */
@Component({
  selector: 'ram-corrections-panel',
  imports: [DatePipe, ProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block card' },
  template: `
    <h2 id="corrections-heading" class="text-lg font-semibold text-reef-900">Corrections</h2>
    @if (lines().length === 0) {
      <p class="mt-1 text-sm text-reef-700">No element needs a correction dose from this test.</p>
    } @else {
      <p class="mt-1 text-sm text-reef-700">
        Doses that bring low elements back to target. Tick the ones to add to your dose log.
      </p>
      @if (!canApply()) {
        <p class="mt-2 text-sm text-amber-900" role="note">
          Corrections can be applied once every element is evaluated.
        </p>
      }
      <ul class="mt-3 divide-y divide-reef-100" aria-labelledby="corrections-heading">
        @for (line of lines(); track line.elementId) {
          <li class="flex items-start gap-3 py-3" data-testid="correction-line">
            <input
              type="checkbox"
              class="mt-1 size-5 shrink-0 accent-lagoon-700"
              [id]="'correction-' + line.elementId"
              [checked]="chosen().has(line.elementId)"
              [disabled]="!selectable(line)"
              (change)="toggle(line.elementId)"
            />
            <label [for]="'correction-' + line.elementId" class="min-w-0 flex-1 text-sm">
              <span class="font-medium text-reef-900">{{ line.name }}</span>
              <span class="block text-reef-700">
                {{ amount(line.dailyAmount) }} ml a day × {{ line.days }}
                {{ line.days === 1 ? 'day' : 'days' }} = {{ amount(line.totalAmount) }} ml
              </span>
              <span class="block text-xs text-reef-600">{{ line.product }}</span>
            </label>
            <div class="w-24 shrink-0 text-right text-xs text-reef-700">
              <span data-testid="correction-progress">{{ progressWords(line) }}</span>
              <span class="block tabular-nums"
                >{{ line.progress.done }}/{{ line.progress.total }}</span
              >
              <ram-progress-bar
                class="mt-1"
                [value]="line.progress.done"
                [max]="line.progress.total"
                [label]="line.name + ' doses logged'"
              />
            </div>
          </li>
        }
      </ul>
      <div class="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          class="btn-primary"
          [disabled]="chosen().size === 0 || !canApply() || apply().status === 'applying'"
          (click)="applyChosen()"
        >
          {{ apply().status === 'applying' ? 'Applying…' : 'Apply selected' }}
          @if (chosen().size > 0) {
            ({{ chosen().size }})
          }
        </button>
      </div>
      <div aria-live="polite" class="mt-2 text-sm">
        @switch (apply().status) {
          @case ('queued') {
            <p class="text-reef-800" data-testid="corrections-queued">
              Queued: the doses are being added to your dose log.
            </p>
            <ul class="mt-1 list-disc pl-5 text-reef-700">
              @for (item of queued(); track item.elementId) {
                <li>
                  {{ nameOf(item.elementId) }}: {{ amount(item.amount) }} ml a day for
                  {{ item.days }} {{ item.days === 1 ? 'day' : 'days' }} from
                  {{ item.startDate | date: 'd MMM' }}
                </li>
              }
            </ul>
          }
          @case ('failed') {
            <p class="text-coral-800" role="alert">{{ failure() }}</p>
          }
        }
      </div>
    }
  `,
})
export class CorrectionsPanel {
  readonly lines = input.required<readonly CorrectionLine[]>();
  readonly canApply = input.required<boolean>();
  readonly apply = input.required<ApplyState>();
  readonly applied = output<readonly string[]>();

  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly amount = (value: number) => numberText(value, 'significant');
  protected readonly queued = computed(() => {
    const state = this.apply();
    return state.status === 'queued' ? state.queued : [];
  });
  protected readonly failure = computed(() => {
    const state = this.apply();
    return state.status === 'failed' ? state.message : '';
  });

  constructor() {
    // What was sent is no longer to choose; a line that got doses cannot be chosen again.
    effect(() => {
      const status = this.apply().status;
      const lines = this.lines();
      untracked(() => {
        if (status === 'queued') return this.chosen.set(new Set());
        const open = new Set(lines.filter((line) => this.selectable(line)).map((l) => l.elementId));
        this.chosen.update((chosen) => new Set([...chosen].filter((id) => open.has(id))));
      });
    });
  }

  protected selectable(line: CorrectionLine): boolean {
    return (
      line.progress.state === 'NOT_STARTED' &&
      !this.queued().some((item) => item.elementId === line.elementId)
    );
  }

  protected toggle(elementId: string): void {
    this.chosen.update((chosen) => {
      const next = new Set(chosen);
      if (!next.delete(elementId)) next.add(elementId);
      return next;
    });
  }

  protected applyChosen(): void {
    // In the order the lines are listed, so the request reads like the panel.
    const ids = this.lines()
      .map((line) => line.elementId)
      .filter((id) => this.chosen().has(id));
    if (ids.length > 0) this.applied.emit(ids);
  }

  protected progressWords(line: CorrectionLine): string {
    if (line.progress.state === 'NOT_STARTED' && !this.selectable(line)) return 'Queued';
    return PROGRESS_WORDS[line.progress.state] ?? line.progress.state;
  }

  protected nameOf(elementId: string): string {
    return this.lines().find((line) => line.elementId === elementId)?.name ?? elementId;
  }
}
