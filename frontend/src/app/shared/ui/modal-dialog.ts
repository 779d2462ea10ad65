import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  OnDestroy,
  afterNextRender,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { CloseIcon } from './close-icon';
import { keepFocusInside } from './focus';

let nextDialogId = 1;

/**
 * A modal dialog over a dimmed page: the whole screen on a phone, a centred panel from `sm` up.
 * Focus moves to its heading when it opens, stays inside while it is open, and goes back to what
 * opened it when it closes. Escape, the backdrop and the close button ask to close it.
 */
@Component({
  selector: 'ram-modal-dialog',
  imports: [CloseIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'contents', '(keydown.escape)': 'escape($event)' },
  template: `
    <div
      class="theme-night fixed inset-0 z-60 bg-reef-950/50"
      aria-hidden="true"
      data-testid="dialog-backdrop"
      (click)="closed.emit()"
    ></div>
    <div class="pointer-events-none fixed inset-0 z-60 flex justify-center sm:items-center sm:p-6">
      <div
        #panel
        role="dialog"
        aria-modal="true"
        [attr.aria-labelledby]="titleId"
        class="pointer-events-auto flex h-full w-full flex-col bg-white shadow-2xl sm:h-auto sm:max-h-[90dvh] sm:rounded-2xl"
        [class]="wide() ? 'sm:max-w-3xl' : 'sm:max-w-xl'"
        (keydown.tab)="trapFocus($event)"
        (keydown.shift.tab)="trapFocus($event)"
      >
        <div class="flex items-center gap-3 border-b border-reef-100 px-4 py-3 sm:px-6">
          <h2
            #title
            [id]="titleId"
            tabindex="-1"
            class="min-w-0 flex-1 text-lg font-semibold text-reef-900"
          >
            {{ heading() }}
          </h2>
          <button
            type="button"
            class="-mr-2 rounded-lg p-2 text-reef-700 hover:bg-reef-100"
            [attr.aria-label]="closeLabel()"
            (click)="closed.emit()"
          >
            <ram-close-icon class="size-4" />
          </button>
        </div>
        <div class="min-h-0 flex-1 overflow-y-auto px-4 py-4 sm:px-6">
          <ng-content />
        </div>
        <ng-content select="[dialogFooter]" />
      </div>
    </div>
  `,
})
export class ModalDialog implements OnDestroy {
  readonly heading = input.required<string>();
  readonly closeLabel = input('Close dialog');
  /** Room for a chart: a wider panel from `sm` up. */
  readonly wide = input(false);
  readonly closed = output();

  protected readonly titleId = `dialog-title-${nextDialogId++}`;
  private readonly headingRef = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');
  private readonly opener = inject(DOCUMENT).activeElement as HTMLElement | null;

  constructor() {
    afterNextRender(() => this.headingRef().nativeElement.focus());
  }

  ngOnDestroy(): void {
    this.opener?.focus?.();
  }

  protected escape(event: Event): void {
    // The shell closes its navigation on Escape too; this dialog is what the keeper meant.
    event.stopPropagation();
    this.closed.emit();
  }

  protected trapFocus(event: Event): void {
    keepFocusInside(this.panel().nativeElement, event, this.headingRef().nativeElement);
  }
}
