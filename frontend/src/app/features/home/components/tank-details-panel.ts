import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DrawerService } from '../../shell/services/drawer.service';
import { TankFacts } from '../../../shared/tanks/tank-facts';
import { Tank } from '../../../shared/tanks/tank';

/** The drawer view of a tank: its settings, and the way to its target ranges. */
@Component({
  selector: 'ram-tank-details-panel',
  imports: [RouterLink, TankFacts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-tank-facts [tank]="tank()" />
    <div class="mt-6 rounded-lg bg-reef-50 p-3 text-sm text-reef-700">
      <p>Each test is compared with this tank's target range per element.</p>
      <a routerLink="/app/targets" class="btn-secondary mt-3 w-full" (click)="drawer.close()"
        >Target ranges</a
      >
    </div>
  `,
})
export class TankDetailsPanel {
  readonly tank = input.required<Tank>();
  protected readonly drawer = inject(DrawerService);
}
