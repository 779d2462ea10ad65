import { Signal, computed, inject } from '@angular/core';
import { IsoDate, tankToday } from '../../shared/tank-calendar';
import { CLOCK } from '../identity/clock';
import { TankSelection } from './tank-selection.service';

/**
 * The selected tank's today (its own time zone), '' while there is no tank. It is read when the
 * page renders; call in an injection context.
 */
export function injectTankToday(): Signal<IsoDate> {
  const selection = inject(TankSelection);
  const now = inject(CLOCK);
  return computed(() => {
    const tank = selection.selectedTank();
    return tank ? tankToday(now(), tank.timezone) : '';
  });
}
