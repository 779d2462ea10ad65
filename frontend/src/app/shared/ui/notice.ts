import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
} from '@angular/core';

/**
 * A sentence about what just happened: done (read politely) or a problem (read at once). It takes
 * focus when it appears and whenever its text changes, so keyboard and screen-reader users land on it.
 */
@Component({
  selector: 'ram-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <p
      [id]="noticeId()"
      tabindex="-1"
      class="rounded-lg p-3 text-sm"
      [class]="tone() === 'problem' ? 'bg-coral-50 text-coral-800' : 'bg-lagoon-50 text-lagoon-900'"
      [attr.role]="tone() === 'problem' ? 'alert' : 'status'"
    >
      {{ text() }}
    </p>
  `,
})
export class Notice {
  readonly noticeId = input.required<string>();
  readonly text = input.required<string>();
  readonly tone = input<'done' | 'problem'>('done');

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterRenderEffect(() => {
      this.text();
      this.host.nativeElement.querySelector('p')?.focus();
    });
  }
}
