import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ElementResult, needsAttention } from '../../../shared/tests/test-result';
import {
  attentionSummary,
  byUrgency,
  statusCounts,
  statusLook,
  toWatch,
  valueText,
} from '../services/element-view';

const WATCH_BADGE = 'bg-amber-50 text-amber-900 ring-1 ring-amber-300';

/**
 * The top of a test's results: how many readings are in each status, then the elements needing
 * attention named (most urgent first) with their reading, and those to watch. Naming one opens its
 * row below.
 */
@Component({
  selector: 'ram-attention-strip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block card', 'data-testid': 'attention-strip' },
  template: `
    <h2 class="sr-only">At a glance</h2>
    <ul class="flex flex-wrap gap-1.5" aria-label="Readings by status" data-testid="status-counts">
      @for (count of counts(); track count.key) {
        <li
          class="rounded-full px-2.5 py-1 text-sm font-semibold tabular-nums"
          [class]="badgeOf(count.key)"
          [attr.data-status]="count.key"
        >
          {{ count.count }} {{ count.label.toLowerCase() }}
        </li>
      }
    </ul>
    @if (attention().length > 0) {
      <h3 class="mt-3 text-sm font-semibold text-reef-900">Needs attention</h3>
      <ul
        class="mt-1 grid grid-cols-2 gap-1.5 sm:flex sm:flex-wrap sm:gap-2"
        data-testid="attention-elements"
      >
        @for (element of attention(); track element.elementId) {
          <li class="flex">
            <button
              type="button"
              class="flex min-h-11 w-full min-w-0 items-center gap-1.5 rounded-xl border px-2 py-1 text-left text-sm sm:gap-2 sm:px-3"
              [class]="lookOf(element).card"
              [attr.data-element]="element.elementId"
              (click)="picked.emit(element.elementId)"
            >
              <span
                class="shrink-0 rounded-full px-1.5 text-xs font-semibold"
                [class]="lookOf(element).badge"
                ><span aria-hidden="true">{{ lookOf(element).icon }}</span
                ><span class="sr-only sm:not-sr-only">&ngsp;{{ lookOf(element).label }}</span></span
              >&ngsp;<span class="min-w-0 leading-tight sm:flex sm:gap-2"
                ><span class="block truncate font-medium text-reef-900">{{ element.name }}</span
                >&ngsp;<span class="block text-xs text-reef-800 tabular-nums sm:text-sm">{{
                  valueOf(element)
                }}</span></span
              >
            </button>
          </li>
        }
      </ul>
    }
    @if (watched().length > 0) {
      <p class="mt-2 text-sm text-reef-800" data-testid="watch-elements">
        <span class="font-semibold">To watch:</span> {{ watchedNames() }}
        <span class="text-reef-700">(in range, trending out)</span>
      </p>
    }
    <p class="mt-2 text-sm text-reef-700" data-testid="attention-summary">{{ summary() }}</p>
  `,
})
export class AttentionStrip {
  readonly elements = input.required<readonly ElementResult[]>();
  /** An element named in the strip was picked: the page opens its row. */
  readonly picked = output<string>();

  protected readonly counts = computed(() => statusCounts(this.elements()));
  private readonly ordered = computed(() => byUrgency(this.elements()));
  protected readonly attention = computed(() =>
    this.ordered().filter((element) => needsAttention(element.status)),
  );
  protected readonly watched = computed(() => this.ordered().filter(toWatch));
  protected readonly watchedNames = computed(() =>
    this.watched()
      .map((element) => element.name)
      .join(', '),
  );
  protected readonly summary = computed(() => attentionSummary(this.elements()));

  protected badgeOf(key: string): string {
    return key === 'WATCH' ? WATCH_BADGE : statusLook(key).badge;
  }
  protected lookOf(element: ElementResult) {
    return statusLook(element.status);
  }
  protected valueOf(element: ElementResult): string {
    return valueText(element);
  }
}
