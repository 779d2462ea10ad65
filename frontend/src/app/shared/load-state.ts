/** Something fetched from the API, as the screen shows it: still coming, here, or not coming. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };
