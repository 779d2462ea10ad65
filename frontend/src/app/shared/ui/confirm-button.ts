import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';

/**
 * A destructive action that asks first: the button opens a short question with the action and
 * Cancel. Focus moves to Cancel, and back to the button when the keeper cancels.
 */
@Component({
  selector: 'ram-confirm-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // While asking, the question takes the whole row it sits in.
  host: { class: 'block', '[class.basis-full]': 'asking()' },
  template: `
    @if (asking()) {
      <div
        class="rounded-lg border border-coral-200 bg-coral-50 p-3"
        role="group"
        [attr.aria-label]="question()"
      >
        <p class="text-sm text-coral-900">{{ question() }}</p>
        @if (detail(); as text) {
          <p class="mt-1 text-sm text-coral-800">{{ text }}</p>
        }
        <div class="mt-3 flex flex-col gap-2 sm:flex-row">
          <button
            type="button"
            class="btn-primary bg-coral-700 hover:bg-coral-800"
            [disabled]="busy()"
            (click)="confirmed.emit()"
          >
            {{ busy() ? 'Working…' : confirmLabel() }}
          </button>
          <button type="button" class="btn-secondary" data-cancel (click)="cancel()">Cancel</button>
        </div>
      </div>
    } @else {
      <button
        type="button"
        [class]="buttonClass()"
        [attr.aria-label]="accessibleLabel() || null"
        data-ask
        (click)="ask()"
      >
        {{ label() }}
      </button>
    }
  `,
})
export class ConfirmButton {
  readonly label = input.required<string>();
  /** A longer name for screen readers when the label alone is ambiguous, e.g. "Delete Calcium". */
  readonly accessibleLabel = input('');
  readonly question = input.required<string>();
  readonly detail = input('');
  readonly confirmLabel = input('Delete');
  readonly busy = input(false);
  readonly buttonClass = input('btn-secondary');
  readonly confirmed = output();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly asking = signal(false);

  protected ask(): void {
    this.asking.set(true);
    this.focusAfterRender('[data-cancel]');
  }

  protected cancel(): void {
    this.asking.set(false);
    this.focusAfterRender('[data-ask]');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
