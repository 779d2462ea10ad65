import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { focusAfterRender } from '../../../shared/ui/focus';
import { WEEKDAYS_MONDAY_FIRST } from '../../../shared/tank-calendar';
import { scheduleText } from '../services/review-text';
import { Decision, DecisionInput, ReviewAction } from '../services/review.model';

const CHOICE_WORDS: Record<Decision['choice'], string> = {
  ACCEPTED: 'Accepted',
  OVERRIDDEN: 'Your own dose',
  DISMISSED: 'Dismissed',
};

/** One suggested change to a daily dose, and the keeper's decision: accept, set their own, or dismiss. */
@Component({
  selector: 'ram-adjustment-item',
  imports: [DatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <h3 class="font-medium text-reef-900">{{ action().name }}</h3>
    @if (action().adjustment; as adjustment) {
      <p class="mt-1 flex flex-wrap items-center gap-x-2 text-sm" data-testid="adjustment">
        <span class="text-reef-700">{{ now() }}</span>&ngsp;
        <span aria-hidden="true" class="text-reef-500">→</span>&ngsp;
        <span class="sr-only">suggested:</span>&ngsp;
        <span class="font-medium text-reef-900">{{ schedule(adjustment.suggested) }}</span>
      </p>
    }
    <p class="mt-1 text-sm text-reef-700">{{ action().text }}</p>

    @if (action().decision && !changing()) {
      <div class="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <p class="text-sm" data-testid="decision">
          <span class="rounded-full px-2 py-0.5 font-medium" [class]="decisionTone()">{{
            decisionWord()
          }}</span>
          {{ decisionDetail() }}
          <span class="text-reef-600">· {{ action().decision?.decidedAt | date: 'd MMM y' }}</span>
        </p>
        @if (!readOnly()) {
          <button
            type="button"
            class="text-sm font-medium text-lagoon-800 underline"
            [id]="id('change')"
            (click)="changing.set(true)"
          >
            Change decision<span class="sr-only"> on {{ action().name }}</span>
          </button>
        }
      </div>
    } @else if (!readOnly()) {
      <div
        class="mt-3 flex flex-wrap gap-2"
        role="group"
        [attr.aria-label]="'Decide on ' + action().name"
      >
        <button type="button" class="btn-primary" [disabled]="busy()" (click)="decide('ACCEPTED')">
          Accept
        </button>
        <button
          type="button"
          class="btn-secondary"
          [id]="id('override')"
          [disabled]="busy()"
          [attr.aria-expanded]="overriding()"
          [attr.aria-controls]="id('form')"
          (click)="openOverride()"
        >
          Override
        </button>
        <button
          type="button"
          class="btn-secondary"
          [disabled]="busy()"
          (click)="decide('DISMISSED')"
        >
          Dismiss
        </button>
        @if (action().decision) {
          <button type="button" class="btn-secondary" (click)="changing.set(false)">Keep</button>
        }
      </div>
      @if (overriding()) {
        <form
          [id]="id('form')"
          [formGroup]="form"
          (ngSubmit)="submitOverride()"
          (keydown.escape)="closeOverride()"
          novalidate
          class="mt-3 rounded-xl border border-reef-200 bg-reef-50/60 p-4"
          [attr.aria-label]="'Your own dose of ' + action().name"
        >
          <label [for]="id('amount')" class="field-label">Daily amount ({{ unit() }})</label>
          <input
            [id]="id('amount')"
            type="number"
            inputmode="decimal"
            min="0"
            step="any"
            class="field-input sm:max-w-40"
            formControlName="amount"
            [attr.aria-invalid]="errors().amount ? true : null"
            [attr.aria-describedby]="errors().amount ? id('amount-error') : null"
          />
          @if (errors().amount; as message) {
            <p [id]="id('amount-error')" class="field-error">{{ message }}</p>
          }
          <fieldset
            class="mt-4"
            [attr.aria-describedby]="errors().weekdays ? id('days-error') : null"
          >
            <legend class="field-label">Dosing days</legend>
            <div class="mt-1 flex flex-wrap gap-2" formArrayName="days">
              @for (day of weekdays; track day.day; let i = $index) {
                <label
                  class="flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-lg border border-reef-300 bg-white px-2 text-sm has-checked:border-lagoon-700 has-checked:bg-lagoon-50"
                >
                  <input
                    type="checkbox"
                    class="size-4 accent-lagoon-700"
                    [id]="id('day-' + day.day)"
                    [formControlName]="i"
                  />
                  <span aria-hidden="true">{{ day.short }}</span>
                  <span class="sr-only">{{ day.long }}</span>
                </label>
              }
            </div>
            @if (errors().weekdays; as message) {
              <p [id]="id('days-error')" class="field-error">{{ message }}</p>
            }
          </fieldset>
          <label [for]="id('note')" class="field-label mt-4">Note (optional)</label>
          <input [id]="id('note')" class="field-input" formControlName="note" maxlength="200" />
          <div class="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button type="button" class="btn-secondary" (click)="closeOverride()">Cancel</button>
            <button type="submit" class="btn-primary" [disabled]="busy()">
              {{ busy() ? 'Saving…' : 'Save my dose' }}
            </button>
          </div>
        </form>
      }
    }
    @if (error(); as message) {
      <p class="mt-2 rounded-lg bg-coral-50 p-3 text-sm text-coral-800" role="alert">
        {{ message }}
      </p>
    }
  `,
})
export class AdjustmentItem {
  readonly action = input.required<ReviewAction>();
  /** A finished review shows decisions but takes no new ones. */
  readonly readOnly = input(false);
  readonly busy = input(false);
  /** Why the last decision on this action was refused. */
  readonly error = input<string | null>(null);
  readonly decided = output<DecisionInput>();

  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly weekdays = WEEKDAYS_MONDAY_FIRST;
  protected readonly schedule = scheduleText;
  protected readonly changing = signal(false);
  protected readonly overriding = signal(false);
  protected readonly errors = signal<{ amount?: string; weekdays?: string }>({});
  protected readonly form = new FormGroup({
    amount: new FormControl<number | null>(null),
    days: new FormArray(
      WEEKDAYS_MONDAY_FIRST.map(() => new FormControl(false, { nonNullable: true })),
    ),
    note: new FormControl('', { nonNullable: true }),
  });
  // Set when a decision is sent, so focus can follow it once the answer is on screen.
  private awaitingDecision = false;

  protected readonly unit = computed(() => this.action().adjustment?.suggested.unit ?? 'ml');
  protected readonly now = computed(() => {
    const current = this.action().adjustment?.current;
    return current ? scheduleText(current) : 'Not dosed now';
  });
  protected readonly decisionWord = computed(() => {
    const choice = this.action().decision?.choice;
    return choice ? CHOICE_WORDS[choice] : '';
  });
  protected readonly decisionTone = computed(() =>
    this.action().decision?.choice === 'DISMISSED'
      ? 'bg-reef-100 text-reef-800'
      : 'bg-lagoon-100 text-lagoon-900',
  );
  protected readonly decisionDetail = computed(() => {
    const action = this.action();
    const decision = action.decision;
    if (!decision || decision.choice === 'DISMISSED') return decision?.note ?? '';
    const value = decision.value ?? action.adjustment?.suggested;
    const text = value ? scheduleText(value) : '';
    return decision.note ? `${text} (${decision.note})` : text;
  });

  constructor() {
    effect(() => {
      const decision = this.action().decision;
      untracked(() => {
        if (!decision || !this.awaitingDecision) return;
        this.awaitingDecision = false;
        this.changing.set(false);
        this.overriding.set(false);
        this.focusAfterRender('change');
      });
    });
  }

  protected id(part: string): string {
    return `adjustment-${this.action().actionId}-${part}`;
  }

  protected decide(choice: 'ACCEPTED' | 'DISMISSED'): void {
    this.send({ actionId: this.action().actionId, choice });
  }

  protected openOverride(): void {
    const start = this.action().decision?.value ?? this.action().adjustment?.suggested;
    this.form.setValue({
      amount: start?.amount ?? null,
      days: WEEKDAYS_MONDAY_FIRST.map((day) => start?.weekdays.includes(day.day) ?? false),
      note: this.action().decision?.note ?? '',
    });
    this.errors.set({});
    this.overriding.set(true);
    this.focusAfterRender('amount');
  }

  protected closeOverride(): void {
    this.overriding.set(false);
    this.focusAfterRender('override');
  }

  protected submitOverride(): void {
    const { amount, days, note } = this.form.getRawValue();
    const weekdays = WEEKDAYS_MONDAY_FIRST.filter((_, index) => days[index])
      .map((day) => day.day)
      .sort((a, b) => a - b);
    const errors: { amount?: string; weekdays?: string } = {};
    if (amount === null || !Number.isFinite(amount) || amount < 0) {
      errors.amount = 'Enter the daily amount, zero or more.';
    }
    if (weekdays.length === 0) errors.weekdays = 'Choose at least one dosing day.';
    this.errors.set(errors);
    if (errors.amount) return this.focus('amount');
    if (errors.weekdays) return this.focus(`day-${WEEKDAYS_MONDAY_FIRST[0].day}`);
    this.send({
      actionId: this.action().actionId,
      choice: 'OVERRIDDEN',
      value: { amount: amount as number, unit: this.unit(), weekdays },
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  private send(decision: DecisionInput): void {
    this.awaitingDecision = true;
    this.decided.emit(decision);
  }

  private focus(part: string): void {
    this.document.getElementById(this.id(part))?.focus();
  }

  private focusAfterRender(part: string): void {
    focusAfterRender(this.injector, this.id(part));
  }
}
