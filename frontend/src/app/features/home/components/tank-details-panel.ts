import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TankFacts } from '../../../shared/tanks/tank-facts';
import { Tank } from '../../../shared/tanks/tank';

/** The drawer view of a tank: its settings now, its target ranges once tank settings land. */
@Component({
  selector: 'ram-tank-details-panel',
  imports: [TankFacts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-tank-facts [tank]="tank()" />
    <p class="mt-6 rounded-lg bg-reef-50 p-3 text-sm text-reef-700">
      Target ranges and tank settings will be editable here in a later release.
    </p>
  `,
})
export class TankDetailsPanel {
  readonly tank = input.required<Tank>();
}
