import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Tank } from './tank';
import { humanizeCode } from '../format';

/** A tank's settings as a short description list. */
@Component({
  selector: 'ram-tank-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <dl class="grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-4">
      @for (fact of facts(); track fact.label) {
        <div>
          <dt class="text-reef-600">{{ fact.label }}</dt>
          <dd class="font-medium text-reef-900">{{ fact.value }}</dd>
        </div>
      }
    </dl>
  `,
})
export class TankFacts {
  readonly tank = input.required<Tank>();

  protected readonly facts = computed(() => {
    const tank = this.tank();
    return [
      { label: 'Volume', value: `${tank.volumeLitres.toLocaleString('en')} L` },
      { label: 'Dosing method', value: humanizeCode(tank.dosingMethod) },
      { label: 'Usual lab', value: humanizeCode(tank.defaultLab) },
      { label: 'Time zone', value: tank.timezone },
    ];
  });
}
