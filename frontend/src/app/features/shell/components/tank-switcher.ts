import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Tank } from '../../../shared/tanks/tank';

/** Picks the tank every section of the app shows. */
@Component({
  selector: 'ram-tank-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <label
      for="tank-switcher"
      class="block text-xs font-semibold tracking-wide text-reef-200 uppercase"
      >Tank</label
    >
    @if (tanks().length === 0) {
      <p class="mt-1 text-sm text-reef-200">No tanks yet</p>
    } @else {
      <select
        id="tank-switcher"
        class="mt-1 block min-h-11 w-full rounded-lg border border-reef-700 bg-reef-900 px-3 text-sm text-white"
        [value]="selectedTankId()"
        (change)="tankSelected.emit($any($event.target).value)"
      >
        @for (tank of tanks(); track tank.tankId) {
          <option [value]="tank.tankId" [selected]="tank.tankId === selectedTankId()">
            {{ tank.name }}
          </option>
        }
      </select>
    }
  `,
})
export class TankSwitcher {
  readonly tanks = input.required<readonly Tank[]>();
  readonly selectedTankId = input.required<string | null>();
  readonly tankSelected = output<string>();
}
