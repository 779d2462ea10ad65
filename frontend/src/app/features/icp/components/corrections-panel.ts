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
import { RouterLink } from '@angular/router';
import { numberText } from '../../../shared/format';
import { dayText } from '../../../shared/tank-calendar';
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
  imports: [DatePipe, ProgressBar, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block card' },
  template: `
    <h2 id="corrections-heading" class="text-lg font-semibold text-reef-900">Corrections</h2>
    @if (setupNeeded()) {
      <p class="mt-1 rounded-lg bg-amber-50 p-3 text-sm text-amber-950" data-testid="setup-needed">
        Set your tank volume to get correction doses: RaM sizes every dose from it.
        <a routerLink="/app/setup" class="font-medium text-lagoon-800 underline"
          >Set up your tank</a
        >
      </p>
    } @else if (lines().length === 0) {
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
              @if (line.supersededBy; as newer) {
                <span
                  class="mt-1 block rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-950"
                  data-testid="correction-superseded"
                >
                  <span aria-hidden="true">⚠ </span>Superseded: {{ supersededText(line) }}
                </span>
              }
            </label>
            <div class="w-24 shrink-0 text-right text-xs text-reef-700">
              <span data-testid="correction-progress">{{ progressWords(line) }}</span>
              <span class="block tabular-nums" data-testid="correction-given"
                >{{ line.progress.done }}/{{ line.progress.total }} given</span
              >
              @if (line.progress.state === 'PARTIAL') {
                <span class="block" data-testid="correction-planned"
                  >{{ line.progress.total - line.progress.done }} planned</span
                >
              }
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
      @if (confirming().length > 0) {
        <div class="mt-3 rounded-xl bg-amber-50 p-3 text-sm text-amber-950" role="alert">
          <p data-testid="superseded-confirmation">
            @for (line of confirming(); track line.elementId) {
              <span class="block">{{ line.name }}: {{ supersededText(line) }}</span>
            }
            Its dose was sized from an older reading. Apply it anyway?
          </p>
          <div class="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              class="btn-primary"
              data-testid="apply-superseded"
              (click)="applyChosen(true)"
            >
              Apply anyway
            </button>
            <button type="button" class="btn-secondary" (click)="confirming.set([])">
              Keep it unapplied
            </button>
          </div>
        </div>
      }
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
  /** The tank's volume is not confirmed: corrections say so instead of giving a dose. */
  readonly setupNeeded = input(false);
  readonly apply = input.required<ApplyState>();
  readonly applied = output<{ elementIds: readonly string[]; confirmSuperseded: boolean }>();

  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  /** Chosen lines a newer test superseded, waiting for the keeper's confirmation. */
  protected readonly confirming = signal<readonly CorrectionLine[]>([]);
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

  protected applyChosen(confirmSuperseded = false): void {
    // In the order the lines are listed, so the request reads like the panel.
    const lines = this.lines().filter((line) => this.chosen().has(line.elementId));
    if (lines.length === 0) return;
    const superseded = lines.filter((line) => line.supersededBy);
    if (superseded.length > 0 && !confirmSuperseded) {
      this.confirming.set(superseded);
      return;
    }
    this.confirming.set([]);
    this.applied.emit({ elementIds: lines.map((line) => line.elementId), confirmSuperseded });
  }

  /** e.g. `measured 405 mg/l in a manual test on 29 Nov 2026, after this report` */
  protected supersededText(line: CorrectionLine): string {
    const newer = line.supersededBy;
    if (!newer) return '';
    const kind = newer.kind === 'ICP' ? 'an ICP report' : 'a manual test';
    return `measured ${numberText(newer.value, 'significant')} ${newer.unit} in ${kind} on ${dayText(newer.date)}, after this report.`;
  }

  protected progressWords(line: CorrectionLine): string {
    if (line.progress.state === 'NOT_STARTED' && !this.selectable(line)) return 'Queued';
    return PROGRESS_WORDS[line.progress.state] ?? line.progress.state;
  }

  protected nameOf(elementId: string): string {
    return this.lines().find((line) => line.elementId === elementId)?.name ?? elementId;
  }
}
