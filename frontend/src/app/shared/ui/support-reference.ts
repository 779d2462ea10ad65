import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** "Support reference: REF-…", selectable in one click, for a keeper to quote to support. */
@Component({
  selector: 'ram-support-reference',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    Support reference:
    <code
      class="rounded bg-white px-1.5 py-0.5 font-mono text-xs select-all"
      data-testid="reference-id"
      >{{ referenceId() }}</code
    >
  `,
})
export class SupportReference {
  readonly referenceId = input.required<string>();
}
