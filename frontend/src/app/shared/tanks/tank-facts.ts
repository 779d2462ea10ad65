import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Tank } from './tank';
import { dosingMethodLabel, labLabel, volumeText } from './tank-options';

/** A tank's settings as a short description list. */
@Component({
  selector: 'ram-tank-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <dl class="grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-4">
      @for (fact of facts(); track fact.label) {
        <div class="min-w-0">
          <dt class="text-reef-600">{{ fact.label }}</dt>
          <dd class="font-medium break-words text-reef-900">{{ fact.value }}</dd>
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
      { label: 'Volume', value: volumeText(tank) },
      { label: 'Dosing method', value: dosingMethodLabel(tank.dosingMethod) },
      { label: 'Usual lab', value: labLabel(tank.defaultLab) },
      { label: 'Time zone', value: tank.timezone.replaceAll('_', ' ') },
    ];
  });
}
