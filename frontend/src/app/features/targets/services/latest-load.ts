import { DestroyRef, Signal, effect, inject, signal, untracked } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { LoadState } from '../../../shared/load-state';

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
 * (no tank yet) loads nothing. Call it where `inject` works, e.g. in a field initialiser.
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
  const start = (next: K) => {
    current?.unsubscribe();
    currentKey = next;
    current = load(next).subscribe((value) => state.set(value));
  };
  effect(() => {
    const next = key();
    untracked(() => next !== null && start(next));
  });
  inject(DestroyRef).onDestroy(() => current?.unsubscribe());
  return {
    state: state.asReadonly(),
    set: (value) => state.set(value),
    reload: () => currentKey !== null && start(currentKey),
  };
}

/**
 * The value of a state once it is ready; null while it loads, failed or is anything else.
 *
 * @example readyValue({ status: 'ready', value: 3 }); // 3
 */
export function readyValue<T>(state: LoadState<T> | { readonly status: string }): T | null {
  return state.status === 'ready' && 'value' in state ? (state.value as T) : null;
}
