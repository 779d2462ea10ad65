import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SEVERITY_LABELS } from '../services/review-text';
import { Severity } from '../services/review.model';

// Each severity has its own shape as well as its colour and word, so none depends on colour alone.
const LOOKS: Record<Severity, { tone: string; icon: string }> = {
  CRITICAL: {
    tone: 'bg-coral-700 text-white',
    icon: 'M7 2h6l5 5v6l-5 5H7l-5-5V7l5-5Zm2 4v5h2V6H9Zm0 7v2h2v-2H9Z',
  },
  WARNING: {
    tone: 'bg-amber-100 text-amber-950 ring-1 ring-amber-400 ring-inset',
    icon: 'M10 2 19 18H1L10 2Zm-1 6v5h2V8H9Zm0 6v2h2v-2H9Z',
  },
  INFO: {
    tone: 'bg-reef-100 text-reef-900',
    icon: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 7v6h2V9H9Zm0-4v2h2V5H9Z',
  },
  OK: {
    tone: 'bg-lagoon-100 text-lagoon-900',
    icon: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm3.3 4.8L8.8 11.3 6.7 9.2 5.3 10.6l3.5 3.5 5.9-5.9-1.4-1.4Z',
  },
};

/** A severity as a pill: shape, colour and the word, e.g. "Critical". */
@Component({
  selector: 'ram-severity-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'inline-flex' },
  template: `
    <span
      class="inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap"
      [class]="look().tone"
      [attr.data-severity]="severity()"
    >
      <svg viewBox="0 0 20 20" class="size-3.5 fill-current" aria-hidden="true">
        <path [attr.d]="look().icon" fill-rule="evenodd" />
      </svg>
      {{ prefix() }}{{ label() }}
    </span>
  `,
})
export class SeverityBadge {
  readonly severity = input.required<Severity>();
  /** Words before the severity, e.g. "Severity: " for a screen reader where the context is thin. */
  readonly prefix = input('');
  protected readonly look = computed(() => LOOKS[this.severity()] ?? LOOKS.INFO);
  protected readonly label = computed(() => SEVERITY_LABELS[this.severity()] ?? this.severity());
}
