/**
 * A copy of an object without its undefined fields, so an absent value is absent rather than
 * present-and-undefined (deep equality and JSON output then agree).
 *
 * @example withoutUndefined({ low: 1, high: undefined }) // { low: 1 }
 */
export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
