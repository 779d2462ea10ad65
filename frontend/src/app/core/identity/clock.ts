import { InjectionToken } from '@angular/core';

/** The current time in epoch milliseconds; tests swap it for a fixed clock. */
export const CLOCK = new InjectionToken<() => number>('Clock', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});
