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
import { DrawerContent } from '../services/drawer.service';

/** The right-side panel pages open for detail; focus moves in when it opens and back when it closes. */
@Component({
  selector: 'ram-right-drawer',
  imports: [NgComponentOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class:
      'fixed inset-y-0 right-0 z-40 flex w-full max-w-md flex-col border-l border-reef-100 bg-white shadow-2xl',
    '(keydown.escape)': 'closed.emit()',
  },
  template: `
    <aside aria-labelledby="drawer-title" class="flex h-full flex-col">
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
          <svg viewBox="0 0 20 20" class="size-4 fill-current" aria-hidden="true">
            <path
              d="M5.3 4 10 8.6 14.7 4 16 5.3 11.4 10l4.6 4.7-1.3 1.3-4.7-4.6L5.3 16 4 14.7 8.6 10 4 5.3 5.3 4Z"
            />
          </svg>
        </button>
      </div>
      <div class="flex-1 overflow-y-auto p-4">
        <ng-container *ngComponentOutlet="content().component; inputs: content().inputs ?? {}" />
      </div>
    </aside>
  `,
})
export class RightDrawer implements OnDestroy {
  readonly content = input.required<DrawerContent>();
  readonly closed = output();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly document = inject(DOCUMENT);
  private readonly opener = this.document.activeElement as HTMLElement | null;

  constructor() {
    afterRenderEffect(() => {
      this.content();
      this.heading().nativeElement.focus();
    });
  }

  ngOnDestroy(): void {
    this.opener?.focus?.();
  }
}
