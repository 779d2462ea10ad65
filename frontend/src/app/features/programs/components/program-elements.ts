import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ElementLookup, elementName } from '../../elements/services/catalogue-lookup';
import { amountText } from '../../doses/services/dose-amount';
import {
  DosingProgram,
  ProgramElement,
  compareWithSuggestion,
  doseText,
  droppedSuggestions,
} from '../services/program';
import { SuggestionVersus } from './suggestion-versus';
import { WeekdayChips } from './weekday-chips';

/**
 * A program's elements: amount, unit and dosing days. A RaM draft also shows, per element, what RaM
 * suggested where the draft differs from it, and suggested elements that were taken out.
 */
@Component({
  selector: 'ram-program-elements',
  imports: [WeekdayChips, SuggestionVersus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ul class="divide-y divide-reef-100">
      @for (row of rows(); track row.element.elementId) {
        <li class="py-3" data-testid="program-element">
          <div class="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <p class="font-medium text-reef-900">{{ row.name }}</p>
            <p class="text-reef-800 tabular-nums">{{ row.amount }}</p>
          </div>
          <ram-weekday-chips class="mt-2" [days]="row.element.weekdays" />
          @if (row.versus; as versus) {
            <ram-suggestion-versus class="mt-2" [versus]="versus" />
          }
        </li>
      }
    </ul>
    @if (dropped().length > 0) {
      <div class="mt-2 rounded-xl border border-dashed border-amber-400 p-3" data-testid="dropped">
        <p class="text-sm font-medium text-reef-900">Suggested by RaM, taken out</p>
        <ul class="mt-1 space-y-1 text-sm text-reef-700">
          @for (element of dropped(); track element.elementId) {
            <li>{{ nameOf(element) }}: {{ doseText(element) }}</li>
          }
        </ul>
      </div>
    }
  `,
})
export class ProgramElements {
  readonly program = input.required<DosingProgram>();
  readonly lookup = input.required<ElementLookup>();

  protected readonly doseText = doseText;
  // The comparison matters while the draft can still change; afterwards the program stands alone.
  private readonly suggestion = computed(() => {
    const program = this.program();
    return program.status === 'draft' ? (program.source?.suggestion ?? null) : null;
  });
  protected readonly rows = computed(() => {
    const suggestion = this.suggestion();
    return this.program().elements.map((element) => ({
      element,
      name: this.nameOf(element),
      amount: amountText(element.amount, element.unit),
      versus: suggestion ? compareWithSuggestion(element, suggestion) : null,
    }));
  });
  protected readonly dropped = computed(() => {
    const suggestion = this.suggestion();
    if (!suggestion) return [];
    return droppedSuggestions(
      this.program().elements.map((element) => element.elementId),
      suggestion,
    );
  });

  protected nameOf(element: ProgramElement): string {
    return elementName(this.lookup(), element.elementId);
  }
}
