import { DestroyRef, Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { LoadState, readyValue } from './load-state';

/** What {@link latestLoad} gives a page. */
export interface LatestLoad<T> {
  readonly state: Signal<T>;
  /** Shows `value` until the next load, e.g. the answer to a change the page just made. */
  set(value: T): void;
  /** Loads again for the current key, e.g. after a failure. */
  reload(): void;
}

/**
 * The newest answer of `load` for the current `key`, as a signal. It loads again whenever the key
 * changes, ignores answers to requests it has replaced, and stops with its component. A null key
 * (no tank yet) loads nothing and drops a load still running. Call it where `inject` works, e.g. in
 * a field initialiser.
 *
 * @example
 * readonly ranges = latestLoad(
 *   () => this.selection.selectedTankId(),
 *   (tankId) => this.service.list(tankId),
 *   { status: 'loading' },
 * );
 */
export function latestLoad<K, T>(
  key: () => K | null,
  load: (key: K) => Observable<T>,
  initial: T,
): LatestLoad<T> {
  const state = signal(initial);
  let current: Subscription | undefined;
  let currentKey: K | null = null;
  const start = (next: K | null) => {
    current?.unsubscribe();
    currentKey = next;
    current = next === null ? undefined : load(next).subscribe((value) => state.set(value));
  };
  effect(() => {
    const next = key();
    untracked(() => start(next));
  });
  inject(DestroyRef).onDestroy(() => current?.unsubscribe());
  return {
    state: state.asReadonly(),
    set: (value) => state.set(value),
    reload: () => start(currentKey),
  };
}

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
 * {@link latestLoad} for a read that answers a {@link LoadState}: it starts `loading`, and the page
 * gets the value once it is ready and can change it in place after a save.
 *
 * @example
 * protected readonly program = reloadable(() => this.tankId(), (tankId) => this.programs.list(tankId));
 */
export function reloadable<K, T>(
  key: () => K | null,
  load: (key: K) => Observable<LoadState<T>>,
): Reloadable<T> {
  const latest = latestLoad<K, LoadState<T>>(key, load, { status: 'loading' });
  return {
    state: latest.state,
    value: computed(() => readyValue(latest.state())),
    reload: latest.reload,
    update: (change) => {
      const current = latest.state();
      if (current.status === 'ready') latest.set({ status: 'ready', value: change(current.value) });
    },
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
