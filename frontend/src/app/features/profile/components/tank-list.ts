import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EmptyState } from '../../../shared/ui/empty-state';
import { Tank } from '../../../shared/tanks/tank';
import { TankFacts } from '../../../shared/tanks/tank-facts';

/** The keeper's tanks, read-only until tank settings land. */
@Component({
  selector: 'ram-tank-list',
  imports: [EmptyState, TankFacts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @if (tanks().length === 0) {
      <ram-empty-state
        heading="No tanks yet"
        description="Tank setup arrives in a later release."
      />
    } @else {
      <ul class="divide-y divide-reef-100">
        @for (tank of tanks(); track tank.tankId) {
          <li class="py-4 first:pt-0 last:pb-0">
            <h3 class="font-medium text-reef-900">{{ tank.name }}</h3>
            <ram-tank-facts class="mt-2" [tank]="tank" />
          </li>
        }
      </ul>
    }
  `,
})
export class TankList {
  readonly tanks = input.required<readonly Tank[]>();
}
