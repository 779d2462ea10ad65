import { Injectable, computed, inject, signal } from '@angular/core';
import { Tank } from '../../shared/tanks/tank';
import { ProfileService } from './profile.service';

export const SELECTED_TANK_KEY = 'ram.selectedTankId';

/** Which tank the keeper is looking at; remembered between visits, falling back to the first tank. */
@Injectable({ providedIn: 'root' })
export class TankSelection {
  private readonly chosenId = signal<string | null>(localStorage.getItem(SELECTED_TANK_KEY));

  readonly tanks = inject(ProfileService).tanks;
  readonly selectedTank = computed<Tank | null>(() => {
    const tanks = this.tanks();
    return tanks.find((tank) => tank.tankId === this.chosenId()) ?? tanks[0] ?? null;
  });
  readonly selectedTankId = computed(() => this.selectedTank()?.tankId ?? null);

  select(tankId: string): void {
    this.chosenId.set(tankId);
    localStorage.setItem(SELECTED_TANK_KEY, tankId);
  }
}
