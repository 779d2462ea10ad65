import { NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  OnDestroy,
  afterRenderEffect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { CloseIcon } from '../../../shared/ui/close-icon';
import { keepFocusInside } from '../../../shared/ui/focus';
import { DrawerContent } from '../services/drawer.service';

/**
 * The right-side panel pages open for detail and pickers: a modal dialog over a dimmed page.
 * Focus moves in when it opens, stays inside while it is open, and goes back when it closes.
 */
@Component({
  selector: 'ram-right-drawer',
  imports: [NgComponentOutlet, CloseIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'contents', '(keydown.escape)': 'closed.emit()' },
  template: `
    <div
      class="theme-night fixed inset-0 z-40 bg-reef-950/40"
      aria-hidden="true"
      data-testid="drawer-backdrop"
      (click)="closed.emit()"
    ></div>
    <div
      #panel
      role="dialog"
      aria-modal="true"
      aria-labelledby="drawer-title"
      class="fixed inset-y-0 right-0 z-50 flex w-full max-w-md flex-col border-l border-reef-100 bg-white shadow-2xl"
      (keydown.tab)="trapFocus($event)"
      (keydown.shift.tab)="trapFocus($event)"
    >
      <div class="flex items-center gap-3 border-b border-reef-100 px-4 py-3">
        <h2
          #heading
          id="drawer-title"
          tabindex="-1"
          class="flex-1 text-lg font-semibold text-reef-900"
        >
          {{ content().title }}
        </h2>
        <button
          type="button"
          class="rounded-lg p-2 text-reef-700 hover:bg-reef-100"
          aria-label="Close panel"
          (click)="closed.emit()"
        >
          <ram-close-icon class="size-4" />
        </button>
      </div>
      <div class="min-h-0 flex-1 overflow-y-auto p-4">
        <ng-container *ngComponentOutlet="content().component; inputs: content().inputs ?? {}" />
      </div>
    </div>
  `,
})
export class RightDrawer implements OnDestroy {
  readonly content = input.required<DrawerContent>();
  readonly closed = output();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');
  private readonly document = inject(DOCUMENT);
  private readonly opener = this.document.activeElement as HTMLElement | null;

  constructor() {
    afterRenderEffect(() => {
      this.content();
      // Content that moved focus in itself (a picker's search box) keeps it.
      if (!this.panel().nativeElement.contains(this.document.activeElement)) {
        this.heading().nativeElement.focus();
      }
    });
  }

  ngOnDestroy(): void {
    this.opener?.focus?.();
  }

  protected trapFocus(event: Event): void {
    keepFocusInside(this.panel().nativeElement, event, this.heading().nativeElement);
  }
}
