import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { SuggestionCompare, doseText } from '../services/program';

/** One line under a RaM draft's element: as suggested, changed (with what RaM suggested), or added. */
@Component({
  selector: 'ram-suggestion-versus',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block text-sm', 'data-testid': 'versus-suggestion' },
  template: `
    @switch (versus().kind) {
      @case ('changed') {
        <span class="mr-1 rounded-full bg-amber-100 px-2 py-px text-xs font-medium text-amber-900"
          >Changed</span
        ><span class="sr-only">: </span>
        <span class="text-reef-700">RaM suggested {{ suggested() }}</span>
      }
      @case ('added') {
        <span class="text-reef-700">Added by you; RaM did not suggest it.</span>
      }
      @default {
        <span class="text-reef-600">As RaM suggested</span>
      }
    }
  `,
})
export class SuggestionVersus {
  readonly versus = input.required<SuggestionCompare>();

  protected suggested(): string {
    const versus = this.versus();
    return versus.kind === 'added' ? '' : doseText(versus.suggested);
  }
}
