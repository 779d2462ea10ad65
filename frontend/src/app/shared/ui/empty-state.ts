import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A calm "nothing here yet" panel; actions go in as content. */
@Component({
  selector: 'ram-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <div
      class="rounded-xl border border-dashed border-reef-200 bg-white/70 px-4 py-6 text-center"
      [class.py-3]="compact()"
    >
      <p class="font-medium text-reef-900" [class.text-sm]="compact()">{{ heading() }}</p>
      @if (description(); as text) {
        <p class="mt-1 text-sm text-reef-700">{{ text }}</p>
      }
      <ng-content />
    </div>
  `,
})
export class EmptyState {
  readonly heading = input.required<string>();
  readonly description = input<string>();
  readonly compact = input(false);
}
