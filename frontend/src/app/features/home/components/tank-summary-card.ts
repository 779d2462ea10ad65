import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TankFacts } from '../../../shared/tanks/tank-facts';
import { Tank } from '../../../shared/tanks/tank';

/** The selected tank at a glance on the home page. */
@Component({
  selector: 'ram-tank-summary-card',
  imports: [TankFacts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section class="card" aria-labelledby="tank-summary-heading">
      <div class="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p class="text-xs font-semibold tracking-wide text-lagoon-700 uppercase">Your tank</p>
          <h2 id="tank-summary-heading" class="text-xl font-semibold text-reef-900">
            {{ tank().name }}
          </h2>
        </div>
        <button type="button" class="btn-secondary" (click)="detailsRequested.emit()">
          Tank details
        </button>
      </div>
      <ram-tank-facts class="mt-4" [tank]="tank()" />
    </section>
  `,
})
export class TankSummaryCard {
  readonly tank = input.required<Tank>();
  readonly detailsRequested = output();
}
