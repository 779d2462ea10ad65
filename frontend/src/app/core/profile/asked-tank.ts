import { EffectRef, effect, inject, untracked } from '@angular/core';
import { TankSelection } from './tank-selection.service';

/**
 * Selects the tank a link asks for (`?tank=`, e.g. from the profile's tank list) once the profile
 * lists it; an unknown id changes nothing. Call in an injection context, before reads that follow
 * the selected tank, so only the asked tank's data is read.
 */
export function selectAskedTank(asked: () => string | null | undefined): EffectRef {
  const selection = inject(TankSelection);
  return effect(() => {
    const tankId = asked();
    if (tankId && selection.tanks().some((tank) => tank.tankId === tankId)) {
      untracked(() => selection.select(tankId));
    }
  });
}
