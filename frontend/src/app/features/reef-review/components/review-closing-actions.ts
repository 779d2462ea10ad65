import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { focusAfterRender } from '../../../shared/ui/focus';

export type ClosingChoice = 'COMPLETE' | 'DISMISS';

const QUESTIONS: Record<ClosingChoice, { ask: string; confirm: string }> = {
  COMPLETE: {
    ask: 'Mark this review as done? It moves to History with your decisions.',
    confirm: 'Yes, complete',
  },
  DISMISS: {
    ask: 'Dismiss this review without acting on it? It moves to History.',
    confirm: 'Yes, dismiss',
  },
};

/** Complete and Dismiss, each asking once more before it is sent. */
@Component({
  selector: 'ram-review-closing-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @if (confirming(); as choice) {
      <div
        class="rounded-xl border border-reef-200 bg-reef-50 p-4"
        role="group"
        aria-labelledby="closing-question"
        (keydown.escape)="cancel()"
      >
        <p id="closing-question" class="text-sm font-medium text-reef-900">
          {{ questions[choice].ask }}
        </p>
        <div class="mt-3 flex flex-col-reverse gap-2 sm:flex-row">
          <button type="button" class="btn-secondary" (click)="cancel()">Cancel</button>
          <button
            type="button"
            id="closing-confirm"
            class="btn-primary"
            [disabled]="busy()"
            (click)="confirmed.emit(choice)"
          >
            {{ busy() ? 'Saving…' : questions[choice].confirm }}
          </button>
        </div>
      </div>
    } @else {
      <div class="flex flex-col gap-2 sm:flex-row">
        <button type="button" id="closing-COMPLETE" class="btn-primary" (click)="ask('COMPLETE')">
          Complete review
        </button>
        <button type="button" id="closing-DISMISS" class="btn-secondary" (click)="ask('DISMISS')">
          Dismiss review
        </button>
      </div>
    }
  `,
})
export class ReviewClosingActions {
  readonly busy = input(false);
  readonly confirmed = output<ClosingChoice>();

  private readonly injector = inject(Injector);
  protected readonly questions = QUESTIONS;
  protected readonly confirming = signal<ClosingChoice | null>(null);

  protected ask(choice: ClosingChoice): void {
    this.confirming.set(choice);
    focusAfterRender(this.injector, 'closing-confirm');
  }

  protected cancel(): void {
    const choice = this.confirming();
    this.confirming.set(null);
    if (choice) focusAfterRender(this.injector, `closing-${choice}`);
  }
}
