/** Something fetched from the API, as the screen shows it: still coming, here, or not coming. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

/**
 * The value of a state once it is ready; null while it loads, failed or is anything else.
 *
 * @example readyValue({ status: 'ready', value: 3 }); // 3
 */
export function readyValue<T>(state: LoadState<T> | { readonly status: string }): T | null {
  return state.status === 'ready' && 'value' in state ? (state.value as T) : null;
}
