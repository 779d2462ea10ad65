import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RangeSource } from '../../../shared/tests/test-result';

const SOURCES: Record<RangeSource, { text: string; tone: string }> = {
  CUSTOM: { text: 'Custom', tone: 'bg-lagoon-100 text-lagoon-900' },
  METHOD: { text: 'Method default', tone: 'bg-reef-100 text-reef-800' },
  REFERENCE: { text: 'Reef reference', tone: 'bg-sky-100 text-sky-900' },
  HAZARD_FALLBACK: { text: 'Safety limit', tone: 'bg-amber-100 text-amber-900' },
  NONE: { text: 'No range', tone: 'bg-reef-50 text-reef-700' },
};

/** Says where a range comes from, in words: the keeper's own, the method's, a reef reference, or a safety limit. */
@Component({
  selector: 'ram-range-source-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'inline-flex' },
  template: `
    <span
      class="rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap"
      [class]="shown().tone"
      [attr.data-source]="source()"
      >{{ shown().text }}</span
    >
  `,
})
export class RangeSourceBadge {
  readonly source = input.required<RangeSource>();
  protected readonly shown = computed(() => SOURCES[this.source()] ?? SOURCES.NONE);
}
