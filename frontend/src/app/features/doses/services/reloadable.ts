import { Signal, computed, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { EMPTY, Observable, switchMap } from 'rxjs';
import { LoadState } from '../../../shared/load-state';

/** Something a page reads from the API and keeps up to date after its own saves. */
export interface Reloadable<T> {
  readonly state: Signal<LoadState<T>>;
  /** The value once read, else null. */
  readonly value: Signal<T | null>;
  /** Reads again (the retry of a failed read). */
  reload(): void;
  /** Changes the value in place, e.g. with what a save answered; ignored until it is read. */
  update(change: (value: T) => T): void;
}

/**
 * Reads `load(key)` whenever the key changes (a keyed read that is still running is dropped); a null
 * key reads nothing. Create in an injection context; the read stops with the page.
 *
 * @example
 * protected readonly program = reloadable(() => this.tankId(), (tankId) => this.programs.list(tankId));
 */
export function reloadable<K, T>(
  key: () => K | null,
  load: (key: K) => Observable<LoadState<T>>,
): Reloadable<T> {
  const attempts = signal(0);
  const state = signal<LoadState<T>>({ status: 'loading' });
  toObservable(computed(() => ({ key: key(), attempt: attempts() })))
    .pipe(
      switchMap(({ key }) => (key === null ? EMPTY : load(key))),
      takeUntilDestroyed(),
    )
    .subscribe((next) => state.set(next));
  return {
    state: state.asReadonly(),
    value: computed(() => {
      const current = state();
      return current.status === 'ready' ? current.value : null;
    }),
    reload: () => attempts.update((count) => count + 1),
    update: (change) =>
      state.update((current) =>
        current.status === 'ready' ? { status: 'ready', value: change(current.value) } : current,
      ),
  };
}

/**
 * The key of a read about one record of the tank: the tank and the record's id (or date), or null
 * while either is missing.
 */
export function tankAnd<T>(
  tankId: () => string | null,
  id: () => T | null | undefined,
): () => { readonly tankId: string; readonly id: T } | null {
  return () => {
    const tank = tankId();
    const value = id();
    return tank && value !== null && value !== undefined ? { tankId: tank, id: value } : null;
  };
}
